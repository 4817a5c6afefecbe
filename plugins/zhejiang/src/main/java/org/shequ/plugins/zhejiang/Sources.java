package org.shequ.plugins.zhejiang;

import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Provenance;

/** Short ways to cite the document; every quotation comes from {@link Quotes}. */
final class Sources {
  private Sources() {}

  /** A cell of the summary table, as printed. */
  static Provenance table(String quote) {
    return Provenance.stated(Sections.TABLE, quote);
  }

  /** A figure worked out from a cell of the summary table. */
  static Provenance tableDerived(String quote, String note) {
    return Provenance.derived(Sections.TABLE, quote, note);
  }

  static Provenance stated(String section, String quote) {
    return Provenance.stated(section, quote);
  }

  /** Printed in the document, with a note on how it is read. */
  static Provenance stated(String section, String quote, String note) {
    return new Provenance(section, quote, Derivation.STATED, note);
  }

  static Provenance derived(String section, String quote, String note) {
    return Provenance.derived(section, quote, note);
  }
}

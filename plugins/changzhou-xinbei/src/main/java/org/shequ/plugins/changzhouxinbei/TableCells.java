package org.shequ.plugins.changzhouxinbei;

import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Provenance;

/** Provenance of one printed cell of 专栏二: the row's goal and the cell, verbatim. */
final class TableCells {
  private TableCells() {}

  static Provenance cell(String row, String cell) {
    return Provenance.stated(XinbeiSections.TABLE_2, row + " " + cell);
  }

  /**
   * A printed cell of a row that lost some of its cells, so the year it belongs to is read from the
   * surviving order; {@code note} says how.
   */
  static Provenance cell(String row, String cell, String note) {
    return new Provenance(XinbeiSections.TABLE_2, row + " " + cell, Derivation.STATED, note);
  }

  /**
   * A figure the running text states where the table's cell was lost: STATED, since the document
   * states it, with {@code note} saying which cell was lost.
   */
  static Provenance fromText(String section, String sentence, String note) {
    return new Provenance(section, sentence, Derivation.STATED, note);
  }
}

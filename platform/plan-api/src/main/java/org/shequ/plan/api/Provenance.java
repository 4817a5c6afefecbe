package org.shequ.plan.api;

import java.util.Objects;

/**
 * Where an item sits in the source document.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; served by the host with
 * every figure of the plan and quoted in the generated per-plan documents. Immutable; never blocks.
 *
 * @param section section, table or box, e.g. {@code "附件 指标汇总表"} or {@code "三(二) 专栏二"}
 * @param originalText the document's own Chinese wording, verbatim
 * @param derivation stated in the document or derived from its text
 * @param note why and how a derived figure was derived; may be empty for stated ones
 */
public record Provenance(String section, String originalText, Derivation derivation, String note) {
  public Provenance {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(originalText, "originalText");
    Objects.requireNonNull(derivation, "derivation");
    note = note == null ? "" : note;
  }

  public static Provenance stated(String section, String originalText) {
    return new Provenance(section, originalText, Derivation.STATED, "");
  }

  public static Provenance derived(String section, String originalText, String note) {
    return new Provenance(section, originalText, Derivation.DERIVED, note);
  }
}

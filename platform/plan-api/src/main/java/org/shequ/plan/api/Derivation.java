package org.shequ.plan.api;

/**
 * Whether a figure is printed in the document or worked out from its running text.
 *
 * <p>Set by a plugin on every {@link Provenance}; read by the host when it serves the plan and by
 * the generated per-plan documents.
 */
public enum Derivation {
  /** The document states the figure in so many words (table cell or sentence). */
  STATED,
  /** The figure follows from the text (e.g. a lost table cell restored from section text). */
  DERIVED
}

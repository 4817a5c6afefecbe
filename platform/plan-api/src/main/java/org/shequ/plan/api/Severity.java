package org.shequ.plan.api;

/**
 * How much a broken {@link FormRule} matters. Read by the host on every save and submit of a
 * report, through {@link FormRule#severity()} and {@link Violation#severity()}.
 *
 * @since 1.1.0
 */
public enum Severity {
  /**
   * The values are inconsistent (e.g. certified workers above all workers): the host refuses to
   * save or submit the report. The default of every rule.
   */
  ERROR,
  /**
   * The values are consistent but miss something the plan aims at (e.g. office space above 20% of
   * the premises): the host saves and submits the report, stores the warning with the report
   * version and shows it to reviewers and on progress. Never blocks.
   */
  WARNING
}

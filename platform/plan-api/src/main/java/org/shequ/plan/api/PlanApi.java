package org.shequ.plan.api;

/**
 * Version of this contract. The host runs PF4J with this as its system version, so a plugin whose
 * manifest {@code Plugin-Requires} range excludes it is refused before any of its code runs.
 *
 * <p>Minor versions only add; a major version may remove or change types. 1.1 adds "about" targets:
 * {@link Comparator#APPROXIMATELY}, {@link Figure.About} and {@link Tolerance}; metadata marked as
 * inferred, {@link Plan#inferred()} with {@link MetadataField}; rules that warn ({@link Severity});
 * relative figures ({@link Figure.Relative}); per-unit targets whose actual is a share of units
 * ({@link Indicator#perUnit()}, {@link Indicator#actualUnit()}, {@link Actual#unknown()}); areas
 * that must each meet a target ({@link Indicator#eachArea()}); approximate national mappings
 * ({@link Indicator#nationalApproximation()}); checklists counted from their ticks ({@link
 * Computation.ChecklistComplete}, {@link Computation.ChecklistItems}); {@link Goal}s, {@link
 * ReviewFigure}s and {@link LostContent} on the {@link Plan}; and task milestones with a month or
 * an org-unit condition ({@link TaskMilestone}). 1.2 adds the document's own grouping of its
 * indicators ({@link IndicatorGroup}, {@link Plan#indicatorGroups()}), so dashboards show them
 * under the plan's headings; a plan without groups loads as before.
 *
 * <p>Read by the host when it starts PF4J and when it checks an uploaded plugin's {@code
 * Plugin-Requires} before installing it.
 */
public final class PlanApi {
  /** The plan-api version the running host implements. */
  public static final String VERSION = "1.2.0";

  private PlanApi() {}
}

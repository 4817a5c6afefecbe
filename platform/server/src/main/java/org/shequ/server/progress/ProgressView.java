package org.shequ.server.progress;

import java.time.Instant;
import java.util.List;
import org.shequ.plan.api.IndicatorGroup;

/**
 * The progress of a plan's indicators for one org unit's subtree and period.
 *
 * @param orgUnit the subtree root, or null for the whole tenant
 * @param include which report statuses counted: {@code approved} or {@code submitted}
 * @param minimumReportingRate the reporting rate (%) below which an indicator of a unit-level scope
 *     is {@code insufficient_data} ({@code shequ.progress.minimum-reporting-rate})
 * @param warnings per form with any, how many units' counted reports for the period carry the
 *     plan's warnings
 * @param planPeriod the years the plan covers: a trend's x axis and the end of its projection
 * @param groups the headings the plan gathers its indicators under (a 专栏 box, a table, a 工程), in
 *     the plan's order, each with its name, the document's clause and its indicators' codes; an
 *     indicator under none of them belongs to "other indicators". Empty when the plan declares none
 */
public record ProgressView(
    String tenant,
    String plan,
    int period,
    String orgUnit,
    String include,
    Instant computedAt,
    java.math.BigDecimal minimumReportingRate,
    List<IndicatorProgress> indicators,
    List<FormWarnings> warnings,
    PlanYears planPeriod,
    List<IndicatorGroup> groups) {
  public ProgressView {
    indicators = List.copyOf(indicators);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    groups = groups == null ? List.of() : List.copyOf(groups);
  }
}

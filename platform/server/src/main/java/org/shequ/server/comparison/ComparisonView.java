package org.shequ.server.comparison;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.shequ.plan.api.LocalizedText;
import org.shequ.server.progress.FigureView;
import org.shequ.server.progress.ProgressStatus;
import org.shequ.server.progress.ReportingRate;

/**
 * Every tenant's figures for one national indicator and period, beside the national benchmark and
 * target.
 *
 * @param benchmark the latest national figure published up to the period's end, else the earliest
 */
public record ComparisonView(
    String nationalIndicator,
    LocalizedText name,
    LocalizedText unit,
    int period,
    FigureView benchmark,
    String benchmarkAsOf,
    FigureView nationalTarget,
    Instant computedAt,
    List<TenantFigure> tenants) {
  public ComparisonView {
    tenants = List.copyOf(tenants);
  }

  /**
   * One local indicator of one tenant mapped to the national indicator, from the tenant's plan
   * covering the period.
   *
   * @param plan the id of that plan
   * @param actualUnit what {@code actual} is measured in: percent of units for a per-unit target
   *     (its clause in {@code perUnitClause}), else the indicator's own unit
   * @param perUnitClause the per-unit target as the plan states it, e.g. "≥ 1 人/社区", or null
   * @param unknown units that reported but could not be judged against their own target
   * @param expected what the plan expects of the tenant this period, or null
   * @param approximation whether the local indicator only approximates the national one
   * @param approximationNote why it does (another population or denominator), or null
   */
  public record TenantFigure(
      String tenant,
      LocalizedText tenantName,
      String plan,
      String indicator,
      LocalizedText indicatorName,
      BigDecimal actual,
      String actualStage,
      LocalizedText actualUnit,
      LocalizedText perUnitClause,
      int reports,
      int unknown,
      FigureView expected,
      FigureView target,
      BigDecimal achievement,
      ProgressStatus status,
      ReportingRate reporting,
      boolean approximation,
      String approximationNote) {}
}

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

  /** One local indicator of one tenant mapped to the national indicator. */
  public record TenantFigure(
      String tenant,
      LocalizedText tenantName,
      String plan,
      String indicator,
      LocalizedText indicatorName,
      BigDecimal actual,
      String actualStage,
      int reports,
      FigureView target,
      BigDecimal achievement,
      ProgressStatus status,
      ReportingRate reporting) {}
}

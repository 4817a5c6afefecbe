package org.shequ.server.progress;

import java.util.List;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.AreaType;

/**
 * What the reports say about one indicator for one group of units and period, before any judging.
 *
 * @param actual the value among the units that reported (as {@link
 *     org.shequ.plan.api.Indicator#evaluate})
 * @param reporting units of the indicator's scope in the registry as of the period, and how many of
 *     them have a counted report
 * @param areas for an indicator whose areas must each meet the target, the same per area, in the
 *     plan's order; empty otherwise
 */
public record IndicatorFigures(Actual actual, ReportingRate reporting, List<Area> areas) {
  public IndicatorFigures {
    areas = List.copyOf(areas);
  }

  /** No counted report and no unit in scope. */
  static IndicatorFigures none(org.shequ.plan.api.Indicator indicator) {
    return new IndicatorFigures(
        Actual.noData(),
        ReportingRate.of(0, 0),
        indicator.eachArea().stream()
            .map(a -> new Area(a, Actual.noData(), ReportingRate.of(0, 0)))
            .toList());
  }

  /** One area's value and reporting rate. */
  public record Area(AreaType area, Actual actual, ReportingRate reporting) {}
}

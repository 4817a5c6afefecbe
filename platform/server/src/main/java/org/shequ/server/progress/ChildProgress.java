package org.shequ.server.progress;

import java.math.BigDecimal;
import java.util.List;
import org.shequ.plan.api.LocalizedText;

/**
 * One indicator for each child of an org unit: which streets or communities are behind.
 *
 * @param unit the unit of the children's actuals (% for shares of units)
 * @param perUnitClause for a per-unit target, the clause each unit is held to, e.g. {@code ≥ 1
 *     人/社区}; null otherwise
 * @param minimumReportingRate below this reporting rate (%) a child's status is {@code
 *     insufficient_data}
 */
public record ChildProgress(
    String tenant,
    String plan,
    String indicator,
    LocalizedText indicatorName,
    LocalizedText unit,
    LocalizedText perUnitClause,
    int period,
    String orgUnit,
    String sort,
    BigDecimal minimumReportingRate,
    FigureView expected,
    FigureView target,
    List<Child> children) {
  public ChildProgress {
    children = List.copyOf(children);
  }

  /**
   * One child's subtree.
   *
   * @param unknown units that reported but could not be judged for want of their population
   * @param reporting units of the indicator's scope in the child's subtree, and how many reported
   * @param areas for an indicator whose areas must each meet the target, each area's figures
   */
  public record Child(
      String orgUnit,
      LocalizedText name,
      BigDecimal actual,
      String actualStage,
      int reports,
      int unknown,
      ProgressStatus status,
      ReportingRate reporting,
      List<AreaProgress> areas) {
    public Child {
      areas = List.copyOf(areas);
    }
  }
}

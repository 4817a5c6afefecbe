package org.shequ.server.progress;

import java.math.BigDecimal;
import java.util.List;
import org.shequ.plan.api.LocalizedText;

/** One indicator for each child of an org unit: which streets or communities are behind. */
public record ChildProgress(
    String tenant,
    String plan,
    String indicator,
    LocalizedText indicatorName,
    int period,
    String orgUnit,
    String sort,
    FigureView expected,
    FigureView target,
    List<Child> children) {
  public ChildProgress {
    children = List.copyOf(children);
  }

  /** One child's subtree. */
  public record Child(
      String orgUnit,
      LocalizedText name,
      BigDecimal actual,
      String actualStage,
      int reports,
      ProgressStatus status,
      ReportingRate reporting) {}
}

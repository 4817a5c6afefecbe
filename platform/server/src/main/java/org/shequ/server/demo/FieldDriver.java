package org.shequ.server.demo;

import java.math.BigDecimal;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.Indicator;

/**
 * What decides a form field's synthetic values: the indicator that reads it, and how that
 * indicator's yearly level translates into one unit's value.
 */
sealed interface FieldDriver {

  Indicator indicator();

  Trajectory trajectory();

  /**
   * The field is the one a ShareOfUnits or CountOfUnits condition tests: {@code share(year)}
   * percent of units meet {@code condition}.
   */
  record Share(Indicator indicator, Trajectory trajectory, FieldCondition condition, double scale)
      implements FieldDriver {
    /** The percentage of units meeting the condition in {@code year}. */
    double share(int year) {
      return Math.max(0, Math.min(100, trajectory.at(year) * scale));
    }
  }

  /** ShareMeetingTarget: {@code trajectory} percent of units meet their own target clause. */
  record MeetTarget(Indicator indicator, Trajectory trajectory) implements FieldDriver {}

  /**
   * A number per unit whose average is {@code trajectory × perUnit} (AveragePerUnit; Sum spread
   * over the units; RatioToPopulation, where perUnit is multiplied by the unit's population).
   */
  record Level(Indicator indicator, Trajectory trajectory, double perUnit, boolean perResident)
      implements FieldDriver {}

  /**
   * The numerator of a RatioOfSums or ShareMeetingRatio: {@code trajectory ÷ scale} times the
   * denominator's value.
   */
  record Ratio(Indicator indicator, Trajectory trajectory, String denominator, BigDecimal scale)
      implements FieldDriver {}

  /**
   * One item of a checklist counted from its ticks (ChecklistComplete, ChecklistItems): {@code
   * trajectory} percent of units tick every item ({@code wholeList}), or of all items are ticked.
   */
  record Checklist(
      Indicator indicator, Trajectory trajectory, java.util.List<String> items, boolean wholeList)
      implements FieldDriver {}

  /** A stage field of a qualitative indicator (LatestStage). */
  record Stage(Indicator indicator, Trajectory trajectory) implements FieldDriver {}
}

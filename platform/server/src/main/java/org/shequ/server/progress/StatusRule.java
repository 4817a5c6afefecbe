package org.shequ.server.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Direction;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Figures;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Milestone;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.Target;

/**
 * Decides an indicator's status for a period (docs/progress.md, "Status"). Pure: the same actual,
 * year and indicator always give the same status.
 */
public final class StatusRule {
  /** A shortfall of at most this share of the expected value is "at risk" rather than "behind". */
  static final BigDecimal TOLERANCE = new BigDecimal("0.10");

  private StatusRule() {}

  /**
   * The target that applies to the region (or subtree) as a whole: for per-unit targets computed as
   * the share of units meeting them, 100% of units; otherwise the target's unconditional clause.
   * Totals (sums and counts) have no target below the whole tenant.
   */
  public static Optional<Expectation> target(Indicator indicator, boolean wholeTenant) {
    Target target = indicator.target();
    if (target == null || (!wholeTenant && isTotal(indicator))) {
      return Optional.empty();
    }
    if (indicator.perUnit()) {
      return Optional.of(
          new Expectation(target.year(), Comparator.AT_LEAST, Figure.number(100), "target"));
    }
    return target
        .regionClause()
        .map(c -> new Expectation(target.year(), c.comparator(), c.value(), "target"));
  }

  /**
   * What the plan expects for {@code year}: its milestone, the target, or an interpolated step. A
   * per-unit indicator's milestones are shares of units in percent, like its actual, so they rule
   * their year too; its baseline is a per-unit figure, not a share, so nothing is interpolated.
   */
  public static Optional<Expectation> expected(Indicator indicator, int year, boolean wholeTenant) {
    if (!wholeTenant && isTotal(indicator)) {
      return Optional.empty();
    }
    Optional<Expectation> target = target(indicator, wholeTenant);
    Optional<Milestone> m = indicator.milestone(year);
    if (m.isPresent()) {
      return Optional.of(new Expectation(year, m.get().comparator(), m.get().value(), "milestone"));
    }
    if (target.isEmpty()) {
      return Optional.empty();
    }
    Expectation t = target.get();
    if (year >= t.year()) {
      return target;
    }
    if (indicator.perUnit()) {
      return Optional.empty();
    }
    // On the way to an "about" target the schedule is the line to the band's lower edge, held as
    // "at least": being ahead of it is no fault until the actual leaves the band above.
    boolean about = t.comparator() == Comparator.APPROXIMATELY;
    BigDecimal goal = about ? Figures.lower(t.figure()) : t.representative();
    if (indicator.baseline() != null
        && indicator.baseline().value() instanceof Figure.Number b
        && goal != null
        && indicator.baseline().year() < year) {
      int from = indicator.baseline().year();
      BigDecimal step =
          goal.subtract(b.value())
              .multiply(BigDecimal.valueOf(year - from))
              .divide(BigDecimal.valueOf(t.year() - from), 4, RoundingMode.HALF_UP);
      return Optional.of(
          new Expectation(
              year,
              about ? Comparator.AT_LEAST : t.comparator(),
              Figure.number(b.value().add(step).toPlainString()),
              "interpolated"));
    }
    return Optional.empty();
  }

  /** The status of {@code actual} for {@code year}. */
  public static ProgressStatus status(
      Indicator indicator, int year, Actual actual, boolean wholeTenant) {
    if (!actual.hasData()) {
      return ProgressStatus.NO_DATA;
    }
    Optional<Expectation> target = target(indicator, wholeTenant);
    Optional<Expectation> expected = expected(indicator, year, wholeTenant);
    if (target.isEmpty() && expected.isEmpty()) {
      return ProgressStatus.NO_TARGET;
    }
    if (target.isPresent() && meets(indicator, actual, target.get())) {
      return ProgressStatus.ACHIEVED;
    }
    // Above an "about" target's band is a miss too (左右 is not "at least"), judged by the distance
    // to the band's upper edge, unless this year's own milestone is an "about" band that rules.
    if (target.isPresent()
        && above(actual, target.get())
        && !(expected.isPresent() && expected.get().comparator() == Comparator.APPROXIMATELY)) {
      return nearlyMeets(indicator, actual, target.get())
          ? ProgressStatus.AT_RISK
          : ProgressStatus.BEHIND;
    }
    if (expected.isPresent()) {
      if (meets(indicator, actual, expected.get())) {
        return ProgressStatus.ON_TRACK;
      }
      return nearlyMeets(indicator, actual, expected.get())
          ? ProgressStatus.AT_RISK
          : ProgressStatus.BEHIND;
    }
    // Before the target year with no milestone and no baseline: the plan sets no schedule to be
    // behind, so only the distance to the target itself is judged.
    return nearlyMeets(indicator, actual, target.get())
        ? ProgressStatus.ON_TRACK
        : ProgressStatus.AT_RISK;
  }

  /**
   * The status of an indicator's figures for {@code year}: {@link #status} of the value among the
   * units that reported, {@link ProgressStatus#INSUFFICIENT_DATA} instead of a judgement when fewer
   * than {@code minimumRate} percent of the units in a unit-level scope reported, and for an
   * indicator whose areas must each meet the target, the worst of the areas' statuses.
   */
  public static Judgement judge(
      Indicator indicator,
      int year,
      IndicatorFigures figures,
      boolean wholeTenant,
      BigDecimal minimumRate) {
    Map<AreaType, ProgressStatus> areas = new LinkedHashMap<>();
    for (IndicatorFigures.Area area : figures.areas()) {
      areas.put(
          area.area(),
          status(indicator, year, area.actual(), area.reporting(), wholeTenant, minimumRate));
    }
    ProgressStatus status =
        indicator.judgedPerArea() && !areas.isEmpty()
            ? worst(areas.values())
            : status(
                indicator, year, figures.actual(), figures.reporting(), wholeTenant, minimumRate);
    return new Judgement(status, areas);
  }

  /**
   * An indicator's status and, when its areas are judged on their own, each area's.
   *
   * @param areas per area, in the plan's order; empty for a pooled indicator
   */
  public record Judgement(ProgressStatus status, Map<AreaType, ProgressStatus> areas) {}

  /** {@link #status} of one value, unless too few units reported to judge it. */
  public static ProgressStatus status(
      Indicator indicator,
      int year,
      Actual actual,
      ReportingRate reporting,
      boolean wholeTenant,
      BigDecimal minimumRate) {
    ProgressStatus status = status(indicator, year, actual, wholeTenant);
    if (status == ProgressStatus.NO_DATA || status == ProgressStatus.NO_TARGET) {
      return status;
    }
    return insufficient(indicator, reporting, minimumRate)
        ? ProgressStatus.INSUFFICIENT_DATA
        : status;
  }

  /**
   * Whether too few of the units that should report did: only for scopes of units below the region
   * (a region-level figure is reported or not), and only when the registry has units in scope.
   */
  static boolean insufficient(
      Indicator indicator, ReportingRate reporting, BigDecimal minimumRate) {
    return indicator.scope().level() != OrgUnitLevel.REGION
        && reporting.rate() != null
        && reporting.rate().compareTo(minimumRate) < 0;
  }

  /**
   * The worst of several statuses, in the drill-down's order: behind, at risk, insufficient data,
   * no data, on track, achieved, no target. So an indicator is achieved only when every area is.
   */
  public static ProgressStatus worst(Collection<ProgressStatus> statuses) {
    return statuses.stream()
        .min(java.util.Comparator.comparingInt(ProgressStatus::ordinal))
        .orElse(ProgressStatus.NO_DATA);
  }

  /** Whether the actual satisfies the expectation, read in the indicator's direction. */
  public static boolean meets(Indicator indicator, Actual actual, Expectation e) {
    Comparator comparator = effective(indicator, e.comparator());
    if (e.figure() instanceof Figure.StageReached s) {
      if (actual.stage() == null) {
        return false;
      }
      int got = indicator.stageOrder(actual.stage());
      int want = indicator.stageOrder(s.stage());
      return got >= 0
          && want >= 0
          && comparator.test(BigDecimal.valueOf(got), BigDecimal.valueOf(want));
    }
    return actual.number() != null && Figures.meets(actual.number(), comparator, e.figure());
  }

  /**
   * Within {@link #TOLERANCE} of the expectation (numbers), or one stage short of it (stages). For
   * an "about" band (like a closer-is-better figure) the gap is to the nearer edge, either side.
   */
  static boolean nearlyMeets(Indicator indicator, Actual actual, Expectation e) {
    if (e.figure() instanceof Figure.StageReached s) {
      if (actual.stage() == null) {
        return false;
      }
      int got = indicator.stageOrder(actual.stage());
      int want = indicator.stageOrder(s.stage());
      return got >= 0 && Math.abs(want - got) == 1;
    }
    BigDecimal a = actual.number();
    if (a == null) {
      return false;
    }
    Comparator comparator = effective(indicator, e.comparator());
    BigDecimal lo = Figures.lower(e.figure());
    BigDecimal hi = Figures.upper(e.figure());
    BigDecimal bound;
    BigDecimal gap;
    switch (comparator) {
      case AT_LEAST, GREATER_THAN -> {
        bound = lo;
        gap = lo.subtract(a);
      }
      case AT_MOST, LESS_THAN -> {
        bound = hi;
        gap = a.subtract(hi);
      }
      default -> {
        bound = a.compareTo(lo) < 0 ? lo : hi;
        gap = a.compareTo(lo) < 0 ? lo.subtract(a) : a.subtract(hi);
      }
    }
    return gap.compareTo(bound.abs().multiply(TOLERANCE)) <= 0;
  }

  /**
   * An EQUAL or BETWEEN in the plan is read with the indicator's direction: exceeding "= 100%" on a
   * higher-is-better indicator is no shortfall. Only closer-is-better indicators keep equality.
   * APPROXIMATELY is never re-read: its band holds both ways whatever the direction, or "about
   * 7000" would turn back into "at least 6300".
   */
  static Comparator effective(Indicator indicator, Comparator comparator) {
    if (comparator != Comparator.EQUAL && comparator != Comparator.BETWEEN) {
      return comparator;
    }
    if (indicator.direction() == Direction.HIGHER_IS_BETTER) {
      return Comparator.AT_LEAST;
    }
    if (indicator.direction() == Direction.LOWER_IS_BETTER) {
      return Comparator.AT_MOST;
    }
    return comparator;
  }

  /** Sums and counts of units: totals whose targets only make sense for the whole tenant. */
  static boolean isTotal(Indicator indicator) {
    return indicator.computation() instanceof Computation.Sum
        || indicator.computation() instanceof Computation.CountOfUnits;
  }

  /** Whether a number lies above the band of an "about" expectation. */
  static boolean above(Actual actual, Expectation e) {
    return e.comparator() == Comparator.APPROXIMATELY
        && e.figure() instanceof Figure.About a
        && actual.number() != null
        && actual.number().compareTo(a.max()) > 0;
  }
}

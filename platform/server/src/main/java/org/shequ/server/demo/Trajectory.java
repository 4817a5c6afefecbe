package org.shequ.server.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Figures;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.PlanPeriod;

/**
 * Where one indicator stands in each year of the plan in the synthetic data: from its baseline (or
 * a plausible start when the document gives none) through its milestones toward its target, with
 * the region's progress scaled by {@code pace} (below 1 behind plan, above 1 ahead of it).
 *
 * <p>Only the plan's years are reported; the baseline year (e.g. 2015 for a 2016–2020 plan) is the
 * starting point, so the first reported year lies just past the baseline.
 */
record Trajectory(List<double[]> points, double pace) {

  /** The path of an indicator's own figures, or empty when the document gives none at all. */
  static Optional<Trajectory> of(Indicator indicator, PlanPeriod period, double pace) {
    List<double[]> points = new ArrayList<>();
    if (indicator.baseline() != null) {
      number(indicator.baseline().value())
          .ifPresent(v -> points.add(new double[] {indicator.baseline().year(), v}));
    }
    indicator
        .milestones()
        .forEach(m -> number(m.value()).ifPresent(v -> points.add(new double[] {m.year(), v})));
    if (indicator.target() != null) {
      indicator
          .target()
          .regionClause()
          .or(() -> indicator.target().clauses().stream().findFirst())
          .flatMap(c -> number(c.value()))
          .ifPresent(v -> points.add(new double[] {indicator.target().year(), v}));
    }
    if (points.isEmpty()) {
      return Optional.empty();
    }
    points.sort(Comparator.comparingDouble(p -> p[0]));
    double[] first = points.get(0);
    double[] last = points.get(points.size() - 1);
    boolean lowerIsBetter = indicator.direction() == org.shequ.plan.api.Direction.LOWER_IS_BETTER;
    if (points.size() == 1 || first[1] == last[1] && indicator.baseline() == null) {
      // Only a target (or only a baseline): start from a plausible distance before the plan.
      double v = first[1];
      if (indicator.baseline() == null) {
        double start = lowerIsBetter ? v * 0.95 : v * 0.6;
        points.add(0, new double[] {period.startYear() - 1, start});
        if (lowerIsBetter) {
          points.set(points.size() - 1, new double[] {last[0], v * 0.8});
        }
      } else {
        points.add(new double[] {period.endYear(), lowerIsBetter ? v * 0.9 : v * 1.15});
      }
    }
    return Optional.of(new Trajectory(List.copyOf(points), pace));
  }

  /** A share in percent rising from {@code from} before the plan to 100 at its end. */
  static Trajectory share(PlanPeriod period, double from, double pace) {
    return new Trajectory(
        List.of(new double[] {period.startYear() - 1, from}, new double[] {period.endYear(), 100}),
        pace);
  }

  /**
   * The share of units meeting a per-unit target: through the indicator's milestones (shares of
   * units in percent) when the plan sets them, from half the units before the plan to all of them
   * by the target year.
   */
  static Trajectory shareOfUnits(Indicator indicator, PlanPeriod period, double pace) {
    List<double[]> points = new ArrayList<>();
    points.add(new double[] {period.startYear() - 1, 50});
    indicator
        .milestones()
        .forEach(
            m ->
                number(m.value())
                    .filter(v -> m.year() >= period.startYear())
                    .ifPresent(v -> points.add(new double[] {m.year(), Math.min(100, v)})));
    int end = indicator.target() == null ? period.endYear() : indicator.target().year();
    if (points.stream().noneMatch(p -> p[0] >= end)) {
      points.add(new double[] {end, 100});
    }
    points.sort(Comparator.comparingDouble(p -> p[0]));
    return new Trajectory(List.copyOf(points), pace);
  }

  /** The value the plan expects in {@code year}, bent by the region's pace. */
  double at(int year) {
    double start = points.get(0)[1];
    return start + (expected(year) - start) * pace;
  }

  /** How far through its path the indicator is expected to be in {@code year}, 0 to 1. */
  double progress(int year) {
    double from = points.get(0)[0];
    double to = points.get(points.size() - 1)[0];
    return to <= from ? 1 : Math.max(0, Math.min(1, (year - from) / (to - from)));
  }

  private double expected(int year) {
    double[] prev = points.get(0);
    if (year <= prev[0]) {
      return prev[1];
    }
    for (double[] p : points) {
      if (year <= p[0]) {
        return prev[1] + (p[1] - prev[1]) * (year - prev[0]) / (p[0] - prev[0]);
      }
      prev = p;
    }
    return prev[1];
  }

  private static Optional<Double> number(Figure figure) {
    BigDecimal v = Figures.representative(figure);
    return v == null ? Optional.empty() : Optional.of(v.doubleValue());
  }
}

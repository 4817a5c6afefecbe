package org.shequ.plan.api;

/**
 * The years a plan covers, both inclusive, e.g. 2016–2020.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; read by the host to know
 * which years a plan covers. Immutable; never blocks.
 */
public record PlanPeriod(int startYear, int endYear) {
  public PlanPeriod {
    if (endYear < startYear) {
      throw new IllegalArgumentException(
          "period ends before it starts: " + startYear + "–" + endYear);
    }
  }

  public boolean contains(int year) {
    return year >= startYear && year <= endYear;
  }
}

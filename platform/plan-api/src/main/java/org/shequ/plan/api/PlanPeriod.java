package org.shequ.plan.api;

/** The years a plan covers, both inclusive, e.g. 2016–2020. */
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

package org.shequ.server.progress;

import java.time.Year;
import org.shequ.plan.api.Plan;
import org.shequ.server.web.Problems;
import org.springframework.http.HttpStatus;

/** Parses and checks the {@code period} parameter: a year of the plan. */
public final class Periods {
  private Periods() {}

  /** The year asked for, or when absent the current year kept within the plan's period. */
  public static int year(String period, Plan plan) {
    if (period == null || period.isBlank()) {
      int now = Year.now().getValue();
      return Math.max(plan.period().startYear(), Math.min(now, plan.period().endYear()));
    }
    int year = parse(period);
    if (!plan.period().contains(year)) {
      throw Problems.badRequest(
          "period-outside-plan", year, plan.period().startYear(), plan.period().endYear());
    }
    return year;
  }

  /** A four-digit year, or a 400 problem. */
  public static int parse(String period) {
    if (period == null || period.isBlank()) {
      throw Problems.of(HttpStatus.BAD_REQUEST, "missing-parameter")
          .detail("period")
          .field("period", "required", "period")
          .build();
    }
    if (!period.matches("[0-9]{4}")) {
      throw Problems.badRequest("invalid-period", period);
    }
    return Integer.parseInt(period);
  }
}

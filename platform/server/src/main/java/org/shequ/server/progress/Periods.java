package org.shequ.server.progress;

import java.time.Year;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Plan;
import org.shequ.server.web.ApiProblem;

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
      throw ApiProblem.badRequest(
          "period-outside-plan",
          LocalizedText.of(
              "期间" + year + "不在规划期" + range(plan) + "内",
              "period " + year + " is outside the plan's years " + range(plan)));
    }
    return year;
  }

  /** A four-digit year, or a 400 problem. */
  public static int parse(String period) {
    if (period == null || !period.matches("[0-9]{4}")) {
      throw ApiProblem.badRequest(
          "invalid-period",
          LocalizedText.of("期间应为四位年份，例如 2019", "period must be a four-digit year, e.g. 2019"));
    }
    return Integer.parseInt(period);
  }

  private static String range(Plan plan) {
    return plan.period().startYear() + "–" + plan.period().endYear();
  }
}

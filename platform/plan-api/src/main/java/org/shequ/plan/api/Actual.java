package org.shequ.plan.api;

import java.math.BigDecimal;

/**
 * The actual value of an indicator computed from reports.
 *
 * @param number the value in the indicator's unit, or null for a stage indicator or no data
 * @param stage the stage reached, for stage indicators, or null
 * @param reports how many org units' reports went into it; 0 means no data
 */
public record Actual(BigDecimal number, String stage, int reports) {

  public static Actual noData() {
    return new Actual(null, null, 0);
  }

  public boolean hasData() {
    return reports > 0 && (number != null || stage != null);
  }
}

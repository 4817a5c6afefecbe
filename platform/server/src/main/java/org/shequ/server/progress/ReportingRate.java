package org.shequ.server.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many of the units that should report a form did (a counted report for the period).
 *
 * @param expected units of the form's level and area in the subtree, as of the period's end
 * @param rate reported ÷ expected as a percentage, 4 decimals; null when none is expected
 */
public record ReportingRate(long expected, long reported, BigDecimal rate) {
  public static ReportingRate of(long expected, long reported) {
    BigDecimal rate =
        expected == 0
            ? null
            : BigDecimal.valueOf(100L * reported)
                .divide(BigDecimal.valueOf(expected), 4, RoundingMode.HALF_UP);
    return new ReportingRate(expected, reported, rate);
  }
}

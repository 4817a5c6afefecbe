package org.shequ.plan.api;

import java.math.BigDecimal;

/**
 * The actual value of an indicator computed from reports.
 *
 * <p>Returned by {@link Computation#evaluate} and {@link Indicator#evaluate}: the plugin's tests
 * call them (through the test kit's {@code SampleReports}); the host computes the same values in
 * SQL on every progress request and is checked against them. Pure; never blocks.
 *
 * @param number the value in the indicator's {@linkplain Indicator#actualUnit() actual unit}, or
 *     null for a stage indicator or no data
 * @param stage the stage reached, for stage indicators, or null
 * @param reports how many org units' reports went into it; 0 means no data
 * @param unknown units that reported but could not be judged against their own target because the
 *     registry lacks what decides which clause applies (their population); they are left out of
 *     {@code number} and counted here so nobody mistakes them for compliant or not. Since 1.1.
 */
public record Actual(BigDecimal number, String stage, int reports, int unknown) {

  /** The 1.0 shape, with no unknown units. */
  public Actual(BigDecimal number, String stage, int reports) {
    this(number, stage, reports, 0);
  }

  public static Actual noData() {
    return new Actual(null, null, 0, 0);
  }

  public boolean hasData() {
    return reports > 0 && (number != null || stage != null);
  }
}

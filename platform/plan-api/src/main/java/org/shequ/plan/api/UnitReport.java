package org.shequ.plan.api;

import java.util.Objects;

/**
 * One org unit's validated values for one form and period: the input of a {@link Computation}.
 *
 * <p>Built by the host's tests and the test kit's {@code SampleReports} to call {@link
 * Computation#evaluate}; in production the host computes from stored reports in SQL. Immutable;
 * never blocks.
 */
public record UnitReport(OrgUnitProfile unit, FormValues values) {
  public UnitReport {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(values, "values");
  }
}

package org.shequ.plan.api;

import java.util.Objects;

/** One org unit's validated values for one form and period: the input of a {@link Computation}. */
public record UnitReport(OrgUnitProfile unit, FormValues values) {
  public UnitReport {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(values, "values");
  }
}

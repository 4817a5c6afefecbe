package org.shequ.plan.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A condition on one field of a report, e.g. {@code has_service_centre = true} (booleans count as 1
 * and 0) or {@code social_orgs ≥ 5}. Only numeric and boolean fields can be tested.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; the host reads it when it
 * computes progress (in SQL) and on every report save and submit (rules that depend on it).
 * Immutable; never blocks.
 */
public record FieldCondition(String field, Comparator comparator, BigDecimal value) {
  public FieldCondition {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(comparator, "comparator");
    Objects.requireNonNull(value, "value");
    if (comparator == Comparator.BETWEEN || comparator == Comparator.APPROXIMATELY) {
      throw new IllegalArgumentException("a field condition compares with one number");
    }
  }

  public static FieldCondition isTrue(String field) {
    return new FieldCondition(field, Comparator.EQUAL, BigDecimal.ONE);
  }

  public static FieldCondition atLeast(String field, long value) {
    return new FieldCondition(field, Comparator.AT_LEAST, BigDecimal.valueOf(value));
  }

  public static FieldCondition atLeast(String field, String value) {
    return new FieldCondition(field, Comparator.AT_LEAST, new BigDecimal(value));
  }

  /** Whether the report's value meets the condition; a missing value never does. */
  public boolean test(FormValues values) {
    return values.number(field).map(v -> comparator.test(v, value)).orElse(false);
  }
}

package org.shequ.plan.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical values of one report, as {@link Form#validate} produced them (see {@link FieldType}
 * for each type's Java class). Absent fields are simply missing.
 *
 * <p>Produced by {@link Form#validate} (on every report save and submit) and read by {@link
 * FormRule}s and {@link Computation#evaluate}. Immutable; never blocks.
 */
public record FormValues(Map<String, Object> values) {
  public FormValues {
    values = Map.copyOf(values);
  }

  public Optional<BigDecimal> number(String field) {
    Object v = values.get(field);
    if (v instanceof BigDecimal d) {
      return Optional.of(d);
    }
    if (v instanceof Boolean b) {
      return Optional.of(b ? BigDecimal.ONE : BigDecimal.ZERO);
    }
    return Optional.empty();
  }

  public Optional<String> text(String field) {
    Object v = values.get(field);
    return v instanceof String s ? Optional.of(s) : Optional.empty();
  }

  public boolean isTrue(String field) {
    return Boolean.TRUE.equals(values.get(field));
  }

  public boolean has(String field) {
    return values.containsKey(field);
  }
}

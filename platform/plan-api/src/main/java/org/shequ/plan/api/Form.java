package org.shequ.plan.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What reporters fill in: one form, for org units of one level (and area), once per period.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; the host calls {@link
 * #validate} on every report save and submit, on a worker thread, and serves the form to reporters.
 * Immutable; never blocks.
 *
 * @param appliesTo which communities report it (URBAN, RURAL or ALL); ALL for non-community levels
 */
public record Form(
    String code,
    LocalizedText title,
    OrgUnitLevel level,
    AreaType appliesTo,
    PeriodType periodType,
    List<Field> fields,
    List<FormRule> rules,
    Provenance provenance) {

  public Form {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(level, "level");
    appliesTo = appliesTo == null ? AreaType.ALL : appliesTo;
    periodType = periodType == null ? PeriodType.ANNUAL : periodType;
    fields = List.copyOf(fields);
    rules = rules == null ? List.of() : List.copyOf(rules);
    Objects.requireNonNull(provenance, "provenance");
  }

  public Optional<Field> field(String fieldCode) {
    // A loop, not a stream: validate asks once per value of every report.
    for (Field f : fields) {
      if (f.code().equals(fieldCode)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Checks raw values (as parsed from JSON: numbers, booleans, strings) against every field and
   * rule, and converts valid ones to canonical values. Pure and fast; safe to call from any thread.
   */
  public Validation validate(Map<String, ?> raw) {
    List<Violation> violations = new ArrayList<>();
    List<Violation> warnings = new ArrayList<>();
    Map<String, Object> canonical = new LinkedHashMap<>();
    for (String key : raw.keySet()) {
      if (field(key).isEmpty()) {
        violations.add(
            new Violation(
                key,
                "unknown-field",
                LocalizedText.of("表单中没有字段“" + key + "”", "the form has no field '" + key + "'")));
      }
    }
    for (Field f : fields) {
      Object value = raw.get(f.code());
      if (value == null) {
        if (f.required()) {
          violations.add(
              new Violation(
                  f.code(),
                  "required",
                  LocalizedText.of(
                      "“" + f.label().zh() + "”为必填项", "'" + f.label().en() + "' is required")));
        }
        continue;
      }
      FieldCheck.check(f, value).ifPresentOrElse(violations::add, () -> {});
      FieldCheck.canonical(f, value).ifPresent(v -> canonical.put(f.code(), v));
    }
    if (violations.isEmpty()) {
      FormValues values = new FormValues(canonical);
      for (FormRule rule : rules) {
        if (!rule.holds(values)) {
          var v = new Violation(rule.fields().get(0), rule.code(), rule.message(), rule.severity());
          (v.severity() == Severity.WARNING ? warnings : violations).add(v);
        }
      }
    }
    return new Validation(
        new FormValues(violations.isEmpty() ? canonical : Map.of()), violations, warnings);
  }

  /**
   * The outcome of {@link #validate}: canonical values when valid, otherwise every violation.
   *
   * @param violations what refuses the report ({@link Severity#ERROR} only); empty when valid
   * @param warnings broken {@link Severity#WARNING} rules: the host stores and shows them with the
   *     report, and they never make it invalid (since 1.1.0). Rules are checked only once every
   *     field is valid, so a report with a field error carries no warnings.
   */
  public record Validation(
      FormValues values, List<Violation> violations, List<Violation> warnings) {
    public Validation {
      violations = List.copyOf(violations);
      warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Without warnings: the 1.0 constructor. */
    public Validation(FormValues values, List<Violation> violations) {
      this(values, violations, List.of());
    }

    public boolean valid() {
      return violations.isEmpty();
    }
  }

  /** Per-field type and limit checks. */
  private static final class FieldCheck {
    private FieldCheck() {}

    static Optional<Violation> check(Field f, Object value) {
      Optional<Object> v = canonical(f, value);
      if (v.isEmpty()) {
        return Optional.of(
            new Violation(
                f.code(),
                "type",
                LocalizedText.of(
                    "“" + f.label().zh() + "”应为" + typeZh(f.type()),
                    "'" + f.label().en() + "' must be " + typeEn(f.type()))));
      }
      Object c = v.get();
      if (c instanceof BigDecimal d) {
        if (f.min() != null && d.compareTo(f.min()) < 0) {
          return Optional.of(
              new Violation(
                  f.code(),
                  "min",
                  LocalizedText.of(
                      "“" + f.label().zh() + "”不能小于" + f.min().toPlainString(),
                      "'" + f.label().en() + "' must be at least " + f.min().toPlainString())));
        }
        if (f.max() != null && d.compareTo(f.max()) > 0) {
          return Optional.of(
              new Violation(
                  f.code(),
                  "max",
                  LocalizedText.of(
                      "“" + f.label().zh() + "”不能大于" + f.max().toPlainString(),
                      "'" + f.label().en() + "' must be at most " + f.max().toPlainString())));
        }
      }
      if (f.type() == FieldType.ENUM && f.options().stream().noneMatch(o -> o.code().equals(c))) {
        return Optional.of(
            new Violation(
                f.code(),
                "option",
                LocalizedText.of(
                    "“" + f.label().zh() + "”的取值“" + c + "”不在可选项中",
                    "'" + c + "' is not an option of '" + f.label().en() + "'")));
      }
      if (f.type() == FieldType.TEXT) {
        int limit = f.maxLength() == null ? Field.DEFAULT_MAX_TEXT : f.maxLength();
        if (((String) c).length() > limit) {
          return Optional.of(
              new Violation(
                  f.code(),
                  "length",
                  LocalizedText.of(
                      "“" + f.label().zh() + "”不能超过" + limit + "个字符",
                      "'" + f.label().en() + "' must be at most " + limit + " characters")));
        }
      }
      return Optional.empty();
    }

    static Optional<Object> canonical(Field f, Object value) {
      return switch (f.type()) {
        case INTEGER ->
            number(value)
                .filter(FieldCheck::isWhole)
                .map(d -> (Object) d.setScale(0, java.math.RoundingMode.UNNECESSARY));
        case DECIMAL, PERCENT -> number(value).map(d -> (Object) d);
        case BOOLEAN -> value instanceof Boolean b ? Optional.of(b) : Optional.empty();
        case ENUM, TEXT -> value instanceof String s ? Optional.of(s) : Optional.empty();
        case DATE -> date(value);
      };
    }

    private static Optional<BigDecimal> number(Object value) {
      if (value instanceof BigDecimal d) {
        return Optional.of(d);
      }
      if (value instanceof Integer || value instanceof Long || value instanceof Short) {
        return Optional.of(BigDecimal.valueOf(((java.lang.Number) value).longValue()));
      }
      if (value instanceof Double || value instanceof Float) {
        double d = ((java.lang.Number) value).doubleValue();
        return Double.isFinite(d) ? Optional.of(BigDecimal.valueOf(d)) : Optional.empty();
      }
      if (value instanceof java.math.BigInteger i) {
        return Optional.of(new BigDecimal(i));
      }
      return Optional.empty();
    }

    private static boolean isWhole(BigDecimal d) {
      return d.signum() == 0 || d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0;
    }

    private static Optional<Object> date(Object value) {
      if (!(value instanceof String s)) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(s));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }

    private static String typeZh(FieldType t) {
      return switch (t) {
        case INTEGER -> "整数";
        case DECIMAL -> "数字";
        case PERCENT -> "百分比数字";
        case BOOLEAN -> "是或否";
        case ENUM -> "可选项之一";
        case TEXT -> "文本";
        case DATE -> "日期（YYYY-MM-DD）";
      };
    }

    private static String typeEn(FieldType t) {
      return switch (t) {
        case INTEGER -> "a whole number";
        case DECIMAL -> "a number";
        case PERCENT -> "a percentage";
        case BOOLEAN -> "true or false";
        case ENUM -> "one of the options";
        case TEXT -> "text";
        case DATE -> "a date (YYYY-MM-DD)";
      };
    }
  }
}

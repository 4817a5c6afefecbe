package org.shequ.plan.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A rule across a form's fields, checked after every field is valid on its own. A rule whose fields
 * are not all filled in is not checked (required-ness is the fields' business).
 *
 * <p>A rule is an {@link Severity#ERROR} unless the plugin wraps it with {@link #asWarning()}: a
 * rule that states what the plan aims at, rather than what consistent data must satisfy, is a
 * {@link Severity#WARNING} so that a unit that misses the aim can still report honestly.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; the host checks every rule
 * through {@link Form#validate} on every report save and submit. Rules must be pure and cheap: they
 * never block and never do I/O.
 */
public sealed interface FormRule {

  /** Stable code, reported as {@link Violation#code()}. */
  String code();

  /** The fields the rule reads; the first is where a violation is reported. */
  List<String> fields();

  LocalizedText message();

  /** Whether the values satisfy the rule. Pure and fast: called on every save of a report. */
  boolean holds(FormValues values);

  /**
   * What a broken rule does. The host reads it on every save and submit: an {@link Severity#ERROR}
   * refuses the report, a {@link Severity#WARNING} is stored with it and never blocks. {@link
   * Severity#ERROR} unless the rule is a {@link Warning}.
   *
   * @since 1.1.0
   */
  default Severity severity() {
    return Severity.ERROR;
  }

  /**
   * This rule as a {@link Severity#WARNING}, with the same code, fields, message and check. Called
   * by plugins when building a {@link Form}; the result never blocks saving or submitting.
   *
   * @since 1.1.0
   */
  default FormRule asWarning() {
    return new Warning(this);
  }

  /**
   * A rule that warns instead of refusing: {@code rule} is checked as usual, and when it does not
   * hold the host stores and shows its message but saves and submits the report anyway. Built with
   * {@link FormRule#asWarning()}.
   *
   * @since 1.1.0
   */
  record Warning(FormRule rule) implements FormRule {
    public Warning {
      Objects.requireNonNull(rule, "rule");
      if (rule instanceof Warning w) {
        rule = w.rule();
      }
    }

    @Override
    public String code() {
      return rule.code();
    }

    @Override
    public List<String> fields() {
      return rule.fields();
    }

    @Override
    public LocalizedText message() {
      return rule.message();
    }

    @Override
    public boolean holds(FormValues values) {
      return rule.holds(values);
    }

    @Override
    public Severity severity() {
      return Severity.WARNING;
    }

    @Override
    public FormRule asWarning() {
      return this;
    }
  }

  /**
   * {@code left comparator factor × right}, e.g. certified workers ≤ 1 × workers, or office area ≤
   * 0.2 × premises area.
   */
  record CompareFields(
      String code,
      String left,
      Comparator comparator,
      BigDecimal factor,
      String right,
      LocalizedText message)
      implements FormRule {
    public CompareFields {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(comparator, "comparator");
      factor = factor == null ? BigDecimal.ONE : factor;
      Objects.requireNonNull(right, "right");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public List<String> fields() {
      return List.of(left, right);
    }

    @Override
    public boolean holds(FormValues values) {
      var l = values.number(left);
      var r = values.number(right);
      if (l.isEmpty() || r.isEmpty()) {
        return true;
      }
      return comparator.test(l.get(), r.get().multiply(factor));
    }
  }

  /** {@code field} must be filled in when {@code when} holds (e.g. a date once a box is ticked). */
  record RequiredWhen(String code, String field, FieldCondition when, LocalizedText message)
      implements FormRule {
    public RequiredWhen {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(when, "when");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public List<String> fields() {
      return List.of(field, when.field());
    }

    @Override
    public boolean holds(FormValues values) {
      return !when.test(values) || values.has(field);
    }
  }

  /**
   * A rule that only code can express. The predicate must be pure, thread-safe and must not block:
   * the host calls it on a request thread for every save.
   */
  record Custom(
      String code, List<String> fields, LocalizedText message, Predicate<FormValues> check)
      implements FormRule {
    public Custom {
      Objects.requireNonNull(code, "code");
      fields = List.copyOf(fields);
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(check, "check");
    }

    @Override
    public boolean holds(FormValues values) {
      return check.test(values);
    }
  }
}

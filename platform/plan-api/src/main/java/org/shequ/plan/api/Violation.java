package org.shequ.plan.api;

import java.util.Objects;

/**
 * One reason a report is invalid.
 *
 * <p>Returned by {@link Form#validate} on every report save and submit; the host returns errors to
 * the reporter as problem details and stores warnings with the report. Immutable; never blocks.
 *
 * @param field the field at fault; for a cross-field rule, the rule's first field
 * @param code a stable machine-readable reason: {@code required}, {@code unknown-field}, {@code
 *     type}, {@code min}, {@code max}, {@code option}, {@code length}, or a rule's own code
 * @param message what a reporter reads, in Chinese and English
 * @param severity {@link Severity#ERROR} for every field check and for rules that refuse; {@link
 *     Severity#WARNING} for a broken {@link FormRule.Warning}, which the host stores with the
 *     report and never lets block (since 1.1.0)
 */
public record Violation(String field, String code, LocalizedText message, Severity severity) {
  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    severity = severity == null ? Severity.ERROR : severity;
  }

  /**
   * An {@link Severity#ERROR}: the 1.0 constructor, kept for plugins and hosts built against it.
   */
  public Violation(String field, String code, LocalizedText message) {
    this(field, code, message, Severity.ERROR);
  }
}

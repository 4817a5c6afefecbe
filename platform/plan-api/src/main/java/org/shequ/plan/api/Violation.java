package org.shequ.plan.api;

import java.util.Objects;

/**
 * One reason a report is invalid.
 *
 * @param field the field at fault; for a cross-field rule, the rule's first field
 * @param code a stable machine-readable reason: {@code required}, {@code unknown-field}, {@code
 *     type}, {@code min}, {@code max}, {@code option}, {@code length}, or a rule's own code
 * @param message what a reporter reads, in Chinese and English
 */
public record Violation(String field, String code, LocalizedText message) {
  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}

package org.shequ.plan.api;

import java.util.Objects;

/** One choice of an {@link FieldType#ENUM} field. */
public record Option(String code, LocalizedText label) {
  public Option {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }

  public static Option of(String code, String zh, String en) {
    return new Option(code, LocalizedText.of(zh, en));
  }
}

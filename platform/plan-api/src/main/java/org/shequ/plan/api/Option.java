package org.shequ.plan.api;

import java.util.Objects;

/**
 * One choice of an {@link FieldType#ENUM} field.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; the host checks an ENUM
 * value against the options on every report save and submit. For a stage field take them from the
 * indicator with {@link Field#stagesOf}. Immutable; never blocks.
 */
public record Option(String code, LocalizedText label) {
  public Option {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }

  public static Option of(String code, String zh, String en) {
    return new Option(code, LocalizedText.of(zh, en));
  }
}

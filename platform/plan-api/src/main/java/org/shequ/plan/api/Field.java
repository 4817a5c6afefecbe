package org.shequ.plan.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One input of a form. Built by a plugin inside {@link PlanModule#plan()}; the host validates each
 * report's values against it on every save and submit (see {@link Form#validate}).
 *
 * @param min smallest allowed number (numeric types), or null for none (PERCENT defaults to 0)
 * @param max largest allowed number (numeric types), or null for none (PERCENT defaults to 100)
 * @param maxLength longest allowed text (TEXT), or null for the platform's default of 2,000
 * @param options the choices of an ENUM field, in order; for a stage field, the stages in order
 *     (take them from the indicator with {@link #stagesOf} or {@link Builder#optionsFrom})
 */
public record Field(
    String code,
    LocalizedText label,
    FieldType type,
    Unit unit,
    BigDecimal min,
    BigDecimal max,
    boolean required,
    List<Option> options,
    Integer maxLength,
    LocalizedText help) {

  public static final int DEFAULT_MAX_TEXT = 2000;

  public Field {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    unit = unit == null ? Unit.NONE : unit;
    options = options == null ? List.of() : List.copyOf(options);
    if (type == FieldType.PERCENT) {
      min = min == null ? BigDecimal.ZERO : min;
      max = max == null ? BigDecimal.valueOf(100) : max;
    }
  }

  public static Builder builder(String code, FieldType type) {
    return new Builder(code, type);
  }

  /**
   * A field that reports the stage reached by {@code indicator}: an {@link FieldType#ENUM} in
   * {@link Unit#STAGE} whose options are the indicator's stages, in order, so the stages are
   * written once, on the indicator. Add the label (and {@link Builder#required()}) as for any
   * field; point the indicator's {@link Computation.LatestStage} at {@code code}.
   *
   * @since 1.1
   */
  public static Builder stagesOf(String code, Indicator indicator) {
    return builder(code, FieldType.ENUM).unit(Unit.STAGE).optionsFrom(indicator);
  }

  /** Builds a {@link Field}; only code, type and label are required. */
  public static final class Builder {
    private final String code;
    private final FieldType type;
    private LocalizedText label;
    private Unit unit = Unit.NONE;
    private BigDecimal min;
    private BigDecimal max;
    private boolean required;
    private List<Option> options = List.of();
    private Integer maxLength;
    private LocalizedText help;

    private Builder(String code, FieldType type) {
      this.code = code;
      this.type = type;
    }

    public Builder label(String zh, String en) {
      this.label = LocalizedText.of(zh, en);
      return this;
    }

    public Builder unit(Unit unit) {
      this.unit = unit;
      return this;
    }

    public Builder min(long min) {
      this.min = BigDecimal.valueOf(min);
      return this;
    }

    public Builder max(long max) {
      this.max = BigDecimal.valueOf(max);
      return this;
    }

    public Builder min(BigDecimal min) {
      this.min = min;
      return this;
    }

    public Builder max(BigDecimal max) {
      this.max = max;
      return this;
    }

    public Builder required() {
      this.required = true;
      return this;
    }

    public Builder options(Option... options) {
      this.options = List.of(options);
      return this;
    }

    public Builder options(List<Option> options) {
      this.options = List.copyOf(options);
      return this;
    }

    /**
     * Takes the options from the stages of {@code indicator}, in order: each option has the stage's
     * code and name. {@link PlanValidator} still checks that the options of the field a {@link
     * Computation.LatestStage} reads are exactly the indicator's stages.
     *
     * @since 1.1
     */
    public Builder optionsFrom(Indicator indicator) {
      this.options = indicator.stages().stream().map(s -> new Option(s.code(), s.name())).toList();
      return this;
    }

    public Builder maxLength(int maxLength) {
      this.maxLength = maxLength;
      return this;
    }

    public Builder help(String zh, String en) {
      this.help = LocalizedText.of(zh, en);
      return this;
    }

    public Field build() {
      return new Field(code, label, type, unit, min, max, required, options, maxLength, help);
    }
  }
}

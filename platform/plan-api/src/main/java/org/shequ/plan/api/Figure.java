package org.shequ.plan.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value a document gives: a number, a range of numbers, a number give or take a tolerance
 * ("about", 左右, since plan-api 1.1), a change relative to the indicator's baseline ("提高40%以上",
 * since plan-api 1.1), or a stage of a qualitative indicator.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; read by the host on every
 * progress and comparison request and when it serves the plan. Immutable; never blocks.
 */
public sealed interface Figure {

  static Number number(String value) {
    return new Number(new BigDecimal(value));
  }

  static Number number(long value) {
    return new Number(BigDecimal.valueOf(value));
  }

  static Range range(String min, String max) {
    return new Range(new BigDecimal(min), new BigDecimal(max));
  }

  /**
   * "About {@code value}", within {@code tolerance} either way; held with {@link
   * Comparator#APPROXIMATELY}. Called by plugins when they build their plan.
   *
   * @since 1.1
   */
  static About about(String value, Tolerance tolerance) {
    return new About(new BigDecimal(value), tolerance);
  }

  /**
   * "About {@code value}", within {@code tolerance} either way.
   *
   * @since 1.1
   */
  static About about(long value, Tolerance tolerance) {
    return new About(BigDecimal.valueOf(value), tolerance);
  }

  /**
   * "{@code percent}% more than the baseline" (提高40%): the rule kept as the document states it,
   * with the baseline it is measured from. The baseline must be a number and must be the
   * indicator's own {@link Baseline} (the validator checks). Called by plugins when they build
   * their plan.
   *
   * @param baseline the indicator's baseline, a {@link Number}
   * @param percent the change in percent of the baseline, e.g. {@code "40"}; negative for a cut
   * @since 1.1
   */
  static Relative relative(Baseline baseline, String percent) {
    if (!(baseline.value() instanceof Number n)) {
      throw new IllegalArgumentException("a relative figure needs a numeric baseline");
    }
    return new Relative(
        n.value(), baseline.year(), new BigDecimal(percent), Relative.Change.PERCENT);
  }

  /**
   * "{@code points} percentage points more than the baseline" (提高0.1个百分点), for an indicator that is
   * itself a percentage. Same rules as {@link #relative(Baseline, String)}.
   *
   * @since 1.1
   */
  static Relative relativePoints(Baseline baseline, String points) {
    if (!(baseline.value() instanceof Number n)) {
      throw new IllegalArgumentException("a relative figure needs a numeric baseline");
    }
    return new Relative(n.value(), baseline.year(), new BigDecimal(points), Relative.Change.POINTS);
  }

  static StageReached stage(String stageCode) {
    return new StageReached(stageCode);
  }

  /** A single number, in the indicator's unit. */
  record Number(BigDecimal value) implements Figure {
    public Number {
      Objects.requireNonNull(value, "value");
    }
  }

  /** Numbers from {@code min} to {@code max}, both included (e.g. "2–5 per community"). */
  record Range(BigDecimal min, BigDecimal max) implements Figure {
    public Range {
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      if (max.compareTo(min) < 0) {
        throw new IllegalArgumentException("range max below min: " + min + "–" + max);
      }
    }
  }

  /**
   * A number give or take a tolerance: the document's "7000人左右" (about 7,000). It is reached by any
   * actual inside the band {@link #min()}–{@link #max()}, both included, and is paired only with
   * {@link Comparator#APPROXIMATELY} (the validator refuses other pairings). Plugins build it; the
   * host reads the band on every status, projection, comparison and roll-up. Pure; never blocks.
   *
   * @param value the figure the document states, in the indicator's unit
   * @param tolerance how far either way still counts, chosen by the plugin (see {@link Tolerance})
   * @since 1.1
   */
  record About(BigDecimal value, Tolerance tolerance) implements Figure {
    public About {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(tolerance, "tolerance");
    }

    /** Lower edge of the band: {@code value − halfWidth}. */
    public BigDecimal min() {
      return value.subtract(tolerance.halfWidth(value));
    }

    /** Upper edge of the band: {@code value + halfWidth}. */
    public BigDecimal max() {
      return value.add(tolerance.halfWidth(value));
    }

    /** Whether {@code actual} lies inside the band, both edges included. */
    public boolean contains(BigDecimal actual) {
      return actual.compareTo(min()) >= 0 && actual.compareTo(max()) <= 0;
    }
  }

  /**
   * A figure stated relative to a baseline: "提高40%以上" over 2015's 10,550. The rule ({@link
   * #percent()} over {@link #baseline()} of {@link #baselineYear()}) is what the document says; the
   * resulting number {@link #value()} is computed from it and is what actuals are judged against,
   * so {@link Figures#meets} and {@link Figures#representative} treat it like the number it yields.
   * Plugins build it with {@link Figure#relative}; the host shows both the rule and the number.
   * Pure; never blocks.
   *
   * @param baseline the baseline figure the change is measured from, in the indicator's unit
   * @param baselineYear the year of that baseline; the indicator's {@link Baseline} has the same
   * @param percent the change (40 for +40%, −10 for a cut by a tenth; with {@link Change#POINTS} in
   *     percentage points)
   * @param change whether {@code percent} is a percent of the baseline or percentage points
   * @since 1.1
   */
  record Relative(BigDecimal baseline, int baselineYear, BigDecimal percent, Change change)
      implements Figure {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** How the change is stated. */
    public enum Change {
      /** A percent of the baseline: 提高40% is baseline × 1.4. */
      PERCENT,
      /** Percentage points added to a percentage: 提高0.1个百分点 is baseline + 0.1. */
      POINTS
    }

    public Relative {
      Objects.requireNonNull(baseline, "baseline");
      Objects.requireNonNull(percent, "percent");
      Objects.requireNonNull(change, "change");
    }

    /**
     * The resulting figure: {@code baseline × (100 + percent) / 100}, or {@code baseline + points},
     * exact, no trailing zeros.
     */
    public BigDecimal value() {
      BigDecimal v =
          (change == Change.POINTS
                  ? baseline.add(percent)
                  : baseline.multiply(HUNDRED.add(percent)).movePointLeft(2))
              .stripTrailingZeros();
      // Whole numbers stay whole (14770, not 1.477E+4) wherever they are printed.
      return v.scale() < 0 ? v.setScale(0) : v;
    }

    /**
     * The rule in one line, e.g. {@code +40% over 2015's 10,550} or {@code +0.1 points over 2015's
     * 24.1}.
     */
    public String rule() {
      String sign = percent.signum() < 0 ? "" : "+";
      return sign
          + percent.stripTrailingZeros().toPlainString()
          + (change == Change.POINTS ? " points over " : "% over ")
          + baselineYear
          + "'s "
          + String.format(java.util.Locale.ROOT, "%,f", baseline).replaceAll("\\.?0+$", "");
    }
  }

  /** A stage of a qualitative indicator, by the stage's code. */
  record StageReached(String stage) implements Figure {
    public StageReached {
      Objects.requireNonNull(stage, "stage");
    }
  }
}

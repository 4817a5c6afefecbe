package org.shequ.plan.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value a document gives: a number, a range of numbers, a number give or take a tolerance
 * ("about", 左右, since plan-api 1.1), or a stage of a qualitative indicator.
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

  /** A stage of a qualitative indicator, by the stage's code. */
  record StageReached(String stage) implements Figure {
    public StageReached {
      Objects.requireNonNull(stage, "stage");
    }
  }
}

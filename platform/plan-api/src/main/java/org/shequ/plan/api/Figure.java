package org.shequ.plan.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value a document gives: a number, a range of numbers, or a stage of a qualitative indicator.
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

  /** A stage of a qualitative indicator, by the stage's code. */
  record StageReached(String stage) implements Figure {
    public StageReached {
      Objects.requireNonNull(stage, "stage");
    }
  }
}

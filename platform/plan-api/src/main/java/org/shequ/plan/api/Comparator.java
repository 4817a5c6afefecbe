package org.shequ.plan.api;

import java.math.BigDecimal;

/** How an actual value is held against a target, milestone or field limit. */
public enum Comparator {
  AT_LEAST("≥"),
  AT_MOST("≤"),
  GREATER_THAN(">"),
  LESS_THAN("<"),
  EQUAL("="),
  /** Inside a {@link Figure.Range}, bounds included. */
  BETWEEN("∈");

  private final String symbol;

  Comparator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** Whether {@code actual} satisfies this comparator against a single number. */
  public boolean test(BigDecimal actual, BigDecimal bound) {
    int c = actual.compareTo(bound);
    return switch (this) {
      case AT_LEAST -> c >= 0;
      case AT_MOST -> c <= 0;
      case GREATER_THAN -> c > 0;
      case LESS_THAN -> c < 0;
      case EQUAL -> c == 0;
      case BETWEEN -> throw new IllegalStateException("BETWEEN needs a range");
    };
  }
}

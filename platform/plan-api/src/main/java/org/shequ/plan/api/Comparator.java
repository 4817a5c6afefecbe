package org.shequ.plan.api;

import java.math.BigDecimal;

/**
 * How an actual value is held against a target, milestone or field limit.
 *
 * <p>Chosen by a plugin for targets, milestones and field conditions inside {@link
 * PlanModule#plan()}; read by the host whenever it judges status (every progress and comparison
 * request). Immutable; never blocks.
 */
public enum Comparator {
  AT_LEAST("≥"),
  AT_MOST("≤"),
  GREATER_THAN(">"),
  LESS_THAN("<"),
  EQUAL("="),
  /** Inside a {@link Figure.Range}, bounds included. */
  BETWEEN("∈"),
  /**
   * "About" (the document's 左右): inside the tolerance band of a {@link Figure.About}, edges
   * included. Only for targets and milestones; it has no meaning without a band, so {@link #test}
   * refuses it, and field conditions and form rules may not use it. Read by the host through {@link
   * Figures#meets} whenever it judges an actual; pure, never blocks.
   *
   * @since 1.1
   */
  APPROXIMATELY("≈");

  private final String symbol;

  Comparator(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /**
   * Whether {@code actual} satisfies this comparator against a single number. {@code BETWEEN} and
   * {@code APPROXIMATELY} need a range or a band and throw {@link IllegalStateException}: use
   * {@link Figures#meets}.
   */
  public boolean test(BigDecimal actual, BigDecimal bound) {
    int c = actual.compareTo(bound);
    return switch (this) {
      case AT_LEAST -> c >= 0;
      case AT_MOST -> c <= 0;
      case GREATER_THAN -> c > 0;
      case LESS_THAN -> c < 0;
      case EQUAL -> c == 0;
      case BETWEEN -> throw new IllegalStateException("BETWEEN needs a range");
      case APPROXIMATELY -> throw new IllegalStateException("APPROXIMATELY needs a band");
    };
  }
}

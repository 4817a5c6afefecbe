package org.shequ.plan.api;

import java.math.BigDecimal;

/** Comparisons of actual numbers with the {@link Figure}s of targets and milestones. */
public final class Figures {
  private Figures() {}

  /**
   * Whether {@code actual} meets {@code comparator figure}. A range with {@code BETWEEN} or {@code
   * EQUAL} is inclusive; with {@code AT_LEAST} it means at least its minimum, with {@code AT_MOST}
   * at most its maximum. A stage figure is never met by a number.
   */
  public static boolean meets(BigDecimal actual, Comparator comparator, Figure figure) {
    if (figure instanceof Figure.Number n) {
      return comparator == Comparator.BETWEEN
          ? actual.compareTo(n.value()) == 0
          : comparator.test(actual, n.value());
    }
    if (figure instanceof Figure.Range r) {
      return switch (comparator) {
        case AT_LEAST, GREATER_THAN -> comparator.test(actual, r.min());
        case AT_MOST, LESS_THAN -> comparator.test(actual, r.max());
        case EQUAL, BETWEEN -> actual.compareTo(r.min()) >= 0 && actual.compareTo(r.max()) <= 0;
      };
    }
    return false;
  }

  /** The single number a figure stands for: a number itself, a range's lower bound, else null. */
  public static BigDecimal representative(Figure figure) {
    if (figure instanceof Figure.Number n) {
      return n.value();
    }
    if (figure instanceof Figure.Range r) {
      return r.min();
    }
    return null;
  }
}

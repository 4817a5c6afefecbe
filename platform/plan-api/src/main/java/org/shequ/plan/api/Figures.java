package org.shequ.plan.api;

import java.math.BigDecimal;

/**
 * Comparisons of actual numbers with the {@link Figure}s of targets and milestones.
 *
 * <p>Static helpers called by the host on every progress, comparison and demo request, and by the
 * test kit. Pure; never blocks.
 */
public final class Figures {
  private Figures() {}

  /**
   * Whether {@code actual} meets {@code comparator figure}. A range with {@code BETWEEN} or {@code
   * EQUAL} is inclusive; with {@code AT_LEAST} it means at least its minimum, with {@code AT_MOST}
   * at most its maximum. An {@link Figure.About} with {@code APPROXIMATELY} is met inside its band,
   * edges included; any other comparator holds it against its stated value. A {@link
   * Figure.Relative} is held against the number it yields ({@link Figure.Relative#value()}). {@code
   * APPROXIMATELY} with a plain number (no band) means equal, with a range inside the range. A
   * stage figure is never met by a number. Pure; called by the host for every judged actual.
   */
  public static boolean meets(BigDecimal actual, Comparator comparator, Figure figure) {
    if (figure instanceof Figure.Relative r) {
      return meets(actual, comparator, new Figure.Number(r.value()));
    }
    if (figure instanceof Figure.About a) {
      return comparator == Comparator.APPROXIMATELY
          ? a.contains(actual)
          : meets(actual, comparator, new Figure.Number(a.value()));
    }
    if (figure instanceof Figure.Number n) {
      return comparator == Comparator.BETWEEN || comparator == Comparator.APPROXIMATELY
          ? actual.compareTo(n.value()) == 0
          : comparator.test(actual, n.value());
    }
    if (figure instanceof Figure.Range r) {
      return switch (comparator) {
        case AT_LEAST, GREATER_THAN -> comparator.test(actual, r.min());
        case AT_MOST, LESS_THAN -> comparator.test(actual, r.max());
        case EQUAL, BETWEEN, APPROXIMATELY ->
            actual.compareTo(r.min()) >= 0 && actual.compareTo(r.max()) <= 0;
      };
    }
    return false;
  }

  /**
   * The single number a figure stands for: a number itself, an "about" figure's stated value, a
   * relative figure's resulting number, a range's lower bound, else null.
   */
  public static BigDecimal representative(Figure figure) {
    if (figure instanceof Figure.Relative r) {
      return r.value();
    }
    if (figure instanceof Figure.Number n) {
      return n.value();
    }
    if (figure instanceof Figure.About a) {
      return a.value();
    }
    if (figure instanceof Figure.Range r) {
      return r.min();
    }
    return null;
  }

  /**
   * Lowest number that can meet the figure: a number itself, a range's minimum, an "about" band's
   * lower edge; null for a stage. Pure; used by the host to measure shortfalls.
   *
   * @since 1.1
   */
  public static BigDecimal lower(Figure figure) {
    if (figure instanceof Figure.Range r) {
      return r.min();
    }
    if (figure instanceof Figure.About a) {
      return a.min();
    }
    return representative(figure);
  }

  /**
   * Highest number that can meet the figure: a number itself, a range's maximum, an "about" band's
   * upper edge; null for a stage.
   *
   * @since 1.1
   */
  public static BigDecimal upper(Figure figure) {
    if (figure instanceof Figure.Range r) {
      return r.max();
    }
    if (figure instanceof Figure.About a) {
      return a.max();
    }
    return representative(figure);
  }

  /**
   * The figure as plain text without unit: "1", "2–5", "7000 ± 700", a relative figure's resulting
   * number, a stage's code. Pure; used by the per-unit clause and the per-plan documents.
   *
   * @since 1.1
   */
  public static String describe(Figure figure) {
    if (figure instanceof Figure.Range r) {
      return r.min().stripTrailingZeros().toPlainString()
          + "–"
          + r.max().stripTrailingZeros().toPlainString();
    }
    if (figure instanceof Figure.About a) {
      return a.value().stripTrailingZeros().toPlainString()
          + " ± "
          + a.tolerance().halfWidth(a.value()).stripTrailingZeros().toPlainString();
    }
    if (figure instanceof Figure.StageReached s) {
      return s.stage();
    }
    BigDecimal n = representative(figure);
    return n == null ? "" : n.stripTrailingZeros().toPlainString();
  }
}

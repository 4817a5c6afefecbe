package org.shequ.server.progress;

import java.math.BigDecimal;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Figure;

/**
 * A baseline, milestone or target as the API shows it.
 *
 * @param value a single number (the stated figure of an "about" target), or null
 * @param min lower bound of a range or of an "about" target's band, or null
 * @param max upper bound of a range or of an "about" target's band, or null
 * @param stage a stage code, or null
 * @param text the figure in one line, e.g. {@code ≥ 90}, {@code ∈ 2–5}, {@code ≈ 7000 (6300–7700)}
 *     or, for a relative target, {@code ≥ 14770 (+40% over 2015's 10,550)}
 */
public record FigureView(
    Integer year,
    String comparator,
    BigDecimal value,
    BigDecimal min,
    BigDecimal max,
    String stage,
    String text) {

  public static FigureView of(Integer year, Comparator comparator, Figure figure) {
    String symbol = comparator == null ? "" : comparator.symbol() + " ";
    String cmp = comparator == null ? null : comparator.name();
    if (figure instanceof Figure.Number n) {
      return new FigureView(
          year, cmp, n.value(), null, null, null, symbol + n.value().toPlainString());
    }
    if (figure instanceof Figure.Relative r) {
      // The document states the rule; show it beside the number it yields.
      return new FigureView(
          year,
          cmp,
          r.value(),
          null,
          null,
          null,
          symbol + r.value().toPlainString() + " (" + r.rule() + ")");
    }
    if (figure instanceof Figure.About a) {
      // The band is the plan's reading of 左右; show it beside the stated figure.
      return new FigureView(
          year,
          cmp,
          a.value(),
          a.min(),
          a.max(),
          null,
          symbol
              + a.value().toPlainString()
              + " ("
              + a.min().stripTrailingZeros().toPlainString()
              + "–"
              + a.max().stripTrailingZeros().toPlainString()
              + ")");
    }
    if (figure instanceof Figure.Range r) {
      return new FigureView(
          year,
          cmp,
          null,
          r.min(),
          r.max(),
          null,
          symbol + r.min().toPlainString() + "–" + r.max().toPlainString());
    }
    String stage = ((Figure.StageReached) figure).stage();
    return new FigureView(year, cmp, null, null, null, stage, symbol + stage);
  }
}

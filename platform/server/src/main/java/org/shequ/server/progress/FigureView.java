package org.shequ.server.progress;

import java.math.BigDecimal;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Milestone;
import org.shequ.plan.api.Provenance;

/**
 * A baseline, milestone or target as the API shows it, with the clause of the document it comes
 * from.
 *
 * @param value a single number (the stated figure of an "about" target), or null
 * @param min lower bound of a range or of an "about" target's band, or null
 * @param max upper bound of a range or of an "about" target's band, or null
 * @param stage a stage code, or null
 * @param text the figure in one line, e.g. {@code ≥ 90}, {@code ∈ 2–5}, {@code ≈ 7000 (6300–7700)}
 *     or, for a relative target, {@code ≥ 14770 (+40% over 2015's 10,550)}
 * @param provenance the document's clause behind the figure (section, original wording, STATED or
 *     DERIVED, note); null when the plan states none, e.g. an expectation interpolated between
 *     baseline and target ({@code expectedSource} {@code interpolated})
 */
public record FigureView(
    Integer year,
    String comparator,
    BigDecimal value,
    BigDecimal min,
    BigDecimal max,
    String stage,
    String text,
    Provenance provenance) {

  /** The figure without a clause behind it. */
  public static FigureView of(Integer year, Comparator comparator, Figure figure) {
    return of(year, comparator, figure, null);
  }

  /** An indicator's baseline, with its clause. */
  public static FigureView baseline(Indicator indicator) {
    return of(
        indicator.baseline().year(),
        null,
        indicator.baseline().value(),
        indicator.baseline().provenance());
  }

  /** One of an indicator's milestones, with its clause. */
  public static FigureView milestone(Milestone milestone) {
    return of(milestone.year(), milestone.comparator(), milestone.value(), milestone.provenance());
  }

  /**
   * What {@code indicator} is held against, with the clause of the milestone or target it is; an
   * interpolated step has none.
   */
  public static FigureView of(Indicator indicator, Expectation expectation) {
    Provenance provenance =
        switch (expectation.source()) {
          case "milestone" ->
              indicator.milestone(expectation.year()).map(Milestone::provenance).orElse(null);
          case "target" -> indicator.target() == null ? null : indicator.target().provenance();
          default -> null;
        };
    return of(expectation.year(), expectation.comparator(), expectation.figure(), provenance);
  }

  /** The figure with the clause it comes from, or null for none. */
  public static FigureView of(
      Integer year, Comparator comparator, Figure figure, Provenance provenance) {
    String symbol = comparator == null ? "" : comparator.symbol() + " ";
    String cmp = comparator == null ? null : comparator.name();
    if (figure instanceof Figure.Number n) {
      return new FigureView(
          year, cmp, n.value(), null, null, null, symbol + n.value().toPlainString(), provenance);
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
          symbol + r.value().toPlainString() + " (" + r.rule() + ")",
          provenance);
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
              + ")",
          provenance);
    }
    if (figure instanceof Figure.Range r) {
      return new FigureView(
          year,
          cmp,
          null,
          r.min(),
          r.max(),
          null,
          symbol + r.min().toPlainString() + "–" + r.max().toPlainString(),
          provenance);
    }
    String stage = ((Figure.StageReached) figure).stage();
    return new FigureView(year, cmp, null, null, null, stage, symbol + stage, provenance);
  }
}

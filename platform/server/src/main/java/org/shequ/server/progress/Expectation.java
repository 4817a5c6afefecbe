package org.shequ.server.progress;

import java.math.BigDecimal;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Figures;

/**
 * A value an indicator is held against: a milestone, the target, or a step interpolated between
 * baseline and target.
 *
 * @param source {@code milestone}, {@code target} or {@code interpolated}
 */
public record Expectation(int year, Comparator comparator, Figure figure, String source) {

  /** The figure as the API shows it. */
  public FigureView view() {
    return FigureView.of(year, comparator, figure);
  }

  BigDecimal representative() {
    return Figures.representative(figure);
  }
}

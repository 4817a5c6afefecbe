package org.shequ.plan.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link Figures#describe}: a figure as plain text, as the per-unit clause and documents show it.
 */
class FiguresDescribeTest {

  @Test
  void numbersLoseTrailingZerosButNeverTurnScientific() {
    assertThat(Figures.describe(Figure.number("1.50"))).isEqualTo("1.5");
    assertThat(Figures.describe(Figure.number(100))).isEqualTo("100");
    assertThat(Figures.describe(Figure.number("7000.00"))).isEqualTo("7000");
    assertThat(Figures.describe(Figure.number("0.00"))).isEqualTo("0");
    assertThat(Figures.describe(Figure.number("-2.5"))).isEqualTo("-2.5");
  }

  @Test
  void aRangeShowsBothBounds() {
    assertThat(Figures.describe(Figure.range("2", "5"))).isEqualTo("2–5");
    assertThat(Figures.describe(Figure.range("90.0", "100"))).isEqualTo("90–100");
  }

  @Test
  void anAboutFigureShowsItsHalfBandInTheUnit() {
    assertThat(Figures.describe(Figure.about(7000, Tolerance.relative("0.10"))))
        .isEqualTo("7000 ± 700");
    assertThat(Figures.describe(Figure.about(3, Tolerance.absolute(1)))).isEqualTo("3 ± 1");
    assertThat(Figures.describe(Figure.about("200", Tolerance.relative("0.05"))))
        .isEqualTo("200 ± 10");
  }

  @Test
  void aRelativeFigureShowsTheNumberItYields() {
    Baseline base = new Baseline(Figure.number(10550), 2015, Provenance.stated("一", "10550人"));
    assertThat(Figures.describe(Figure.relative(base, "40"))).isEqualTo("14770");
    Baseline rate = new Baseline(Figure.number("24.1"), 2015, Provenance.stated("一", "24.1%"));
    assertThat(Figures.describe(Figure.relativePoints(rate, "0.1"))).isEqualTo("24.2");
  }

  @Test
  void aStageIsItsCode() {
    assertThat(Figures.describe(Figure.stage("ADJUSTED"))).isEqualTo("ADJUSTED");
  }
}

package org.shequ.server.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Tolerance;
import org.shequ.plan.api.Unit;
import org.shequ.server.progress.Expectation;

/** The comparison's achievement ratio of an "about" target: 1 inside the band, below 1 outside. */
class AboutAchievementTest {
  private static final Provenance SOURCE = Provenance.stated("doc", "text");

  private static final Indicator WORKERS =
      Indicator.builder("ABOUT")
          .name("持证社工", "Certified social workers")
          .unit(Unit.PERSONS)
          .scope(Scope.region())
          .computation(new Computation.Sum("F", "x"))
          .provenance(SOURCE)
          .build();

  private static final Expectation ABOUT_7000 =
      new Expectation(
          2020, Comparator.APPROXIMATELY, Figure.about(7000, Tolerance.relative("0.10")), "target");

  private static BigDecimal ratio(String actual) {
    return Achievement.ratio(WORKERS, new Actual(new BigDecimal(actual), null, 1), ABOUT_7000);
  }

  @Test
  void insideTheBandIsReached() {
    assertThat(ratio("6300")).isEqualByComparingTo("1");
    assertThat(ratio("7700")).isEqualByComparingTo("1");
  }

  @Test
  void outsideTheBandFallsShortEitherWay() {
    assertThat(ratio("3150")).isEqualByComparingTo("0.5");
    assertThat(ratio("15400")).isEqualByComparingTo("0.5");
  }
}

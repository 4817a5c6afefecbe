package org.shequ.server.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Direction;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Unit;

class StatusRuleTest {
  private static final Provenance SOURCE = Provenance.stated("doc", "text");

  private static Indicator coverage() {
    return Indicator.builder("COVERAGE")
        .name("覆盖率", "Coverage")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .target(2020, Comparator.AT_LEAST, Figure.number(100), SOURCE)
        .milestone(2019, Comparator.AT_LEAST, Figure.number(90), SOURCE)
        .computation(new Computation.ShareOfUnits("F", FieldCondition.isTrue("x")))
        .provenance(SOURCE)
        .build();
  }

  private static Indicator officeShare() {
    return Indicator.builder("OFFICE")
        .name("办公用房占比", "Office share")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .direction(Direction.LOWER_IS_BETTER)
        .baseline(Figure.number(40), 2015, SOURCE)
        .target(2020, Comparator.AT_MOST, Figure.number(20), SOURCE)
        .computation(new Computation.Sum("F", "x"))
        .provenance(SOURCE)
        .build();
  }

  private static ProgressStatus status(Indicator i, int year, String actual) {
    return StatusRule.status(i, year, new Actual(new BigDecimal(actual), null, 1), true);
  }

  @Test
  void milestoneBoundariesHigherIsBetter() {
    Indicator i = coverage();
    assertThat(status(i, 2019, "100")).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(status(i, 2019, "90")).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(status(i, 2019, "81")).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(status(i, 2019, "80.9999")).isEqualTo(ProgressStatus.BEHIND);
    assertThat(status(i, 2020, "95")).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(StatusRule.status(i, 2019, Actual.noData(), true)).isEqualTo(ProgressStatus.NO_DATA);
  }

  @Test
  void interpolatesBetweenBaselineAndTargetWhenLowerIsBetter() {
    Indicator i = officeShare();
    // 2018 lies 3/5 of the way from 40 (2015) to 20 (2020): expected at most 28.
    assertThat(StatusRule.expected(i, 2018, true).orElseThrow().view().value())
        .isEqualByComparingTo("28");
    assertThat(status(i, 2018, "28")).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(status(i, 2018, "30.8")).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(status(i, 2018, "30.9")).isEqualTo(ProgressStatus.BEHIND);
    assertThat(status(i, 2018, "19")).isEqualTo(ProgressStatus.ACHIEVED);
    // A total's region-wide target does not apply to a street.
    assertThat(StatusRule.status(i, 2018, new Actual(BigDecimal.ONE, null, 1), false))
        .isEqualTo(ProgressStatus.NO_TARGET);
  }
}

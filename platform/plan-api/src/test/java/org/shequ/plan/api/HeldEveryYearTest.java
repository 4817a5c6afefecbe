package org.shequ.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A level held every year of the period: one milestone a year and the target at the end. */
class HeldEveryYearTest {
  private static final Provenance HELD =
      Provenance.derived("三", "保持100%全覆盖", "保持 (keep) read as every year");

  private static Indicator.Builder coverage() {
    return Indicator.builder("COVERAGE")
        .name("覆盖率", "Coverage")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .computation(new Computation.RatioOfSums("F", "covered", "all", Computation.HUNDRED))
        .provenance(HELD);
  }

  @Test
  void everyYearHasItsOwnMilestoneAndTheLastIsTheTarget() {
    Indicator i =
        coverage().heldEveryYear(2017, 2020, Comparator.AT_LEAST, Figure.number(100), HELD).build();

    assertThat(i.milestones()).extracting(Milestone::year).containsExactly(2017, 2018, 2019, 2020);
    for (int year = 2017; year <= 2020; year++) {
      Milestone m = i.milestone(year).orElseThrow();
      assertThat(m.comparator()).isEqualTo(Comparator.AT_LEAST);
      assertThat(m.value()).isEqualTo(Figure.number(100));
      assertThat(m.provenance()).isEqualTo(HELD);
    }
    assertThat(i.milestone(2016)).isEmpty();
    assertThat(i.target().year()).isEqualTo(2020);
    assertThat(i.target().regionClause().orElseThrow().value()).isEqualTo(Figure.number(100));
    assertThat(i.target().provenance()).isEqualTo(HELD);
  }

  @Test
  void aSingleYearIsOneMilestone() {
    Indicator i =
        coverage().heldEveryYear(2020, 2020, Comparator.AT_LEAST, Figure.number(100), HELD).build();
    assertThat(i.milestones()).extracting(Milestone::year).containsExactly(2020);
  }

  @Test
  void yearsOutOfOrderAreRefused() {
    assertThatThrownBy(
            () -> coverage().heldEveryYear(2020, 2017, Comparator.AT_LEAST, Figure.number(1), HELD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2020");
  }
}

package org.shequ.server.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Baseline;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Direction;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Tolerance;
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

  // Changzhou's «党的工作动态保持100%全覆盖»: full coverage held in every year of the plan.
  private static Indicator heldCoverage() {
    return Indicator.builder("HELD")
        .name("党的工作覆盖率", "Party-work coverage")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .heldEveryYear(2017, 2020, Comparator.AT_LEAST, Figure.number(100), SOURCE)
        .computation(new Computation.RatioOfSums("F", "covered", "all", Computation.HUNDRED))
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
  void aLevelHeldEveryYearIsJudgedAgainstThatYearsOwnMilestone() {
    Indicator i = heldCoverage();
    // A middle year is judged by its own 100%, not waved through as "on the way" to 2020.
    assertThat(StatusRule.expected(i, 2018, true).orElseThrow().source()).isEqualTo("milestone");
    assertThat(status(i, 2018, "100")).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(status(i, 2018, "95")).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(status(i, 2019, "80")).isEqualTo(ProgressStatus.BEHIND);
    assertThat(status(i, 2017, "100")).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(status(i, 2020, "99")).isEqualTo(ProgressStatus.AT_RISK);
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

  // Xiamen's «全市持证社工规模达到7000人左右», read as 7,000 ± 10 %: 6,300–7,700.
  private static Indicator aboutSevenThousand() {
    return Indicator.builder("ABOUT")
        .name("持证社工", "Certified social workers")
        .unit(Unit.PERSONS)
        .scope(Scope.region())
        .baseline(Figure.number(3000), 2015, SOURCE)
        .target(
            2020,
            Comparator.APPROXIMATELY,
            Figure.about(7000, Tolerance.relative("0.10")),
            Provenance.derived("doc", "7000人左右", "左右 read as ±10 %"))
        .computation(new Computation.Sum("F", "x"))
        .provenance(SOURCE)
        .build();
  }

  @Test
  void anAboutTargetIsAchievedInsideItsBandAndMissedOnEitherSide() {
    Indicator i = aboutSevenThousand();
    assertThat(status(i, 2020, "6300")).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(status(i, 2020, "7000")).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(status(i, 2020, "7700")).isEqualTo(ProgressStatus.ACHIEVED);
    // Below the band: the shortfall to 6,300 decides, 10 % of it (630) is "at risk".
    assertThat(status(i, 2020, "5670")).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(status(i, 2020, "5669")).isEqualTo(ProgressStatus.BEHIND);
    // Above the band is not "at least": 7,701 misses; beyond 10 % of 7,700 (8,470) is behind.
    assertThat(status(i, 2020, "7701")).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(status(i, 2020, "8470")).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(status(i, 2020, "8471")).isEqualTo(ProgressStatus.BEHIND);
    // The same higher-is-better indicator with "at least 7000" would call 9,000 achieved.
    assertThat(status(i, 2020, "9000")).isEqualTo(ProgressStatus.BEHIND);
  }

  @Test
  void onTheWayToAnAboutTargetBeingAheadIsOnTrackUntilItLeavesTheBand() {
    Indicator i = aboutSevenThousand();
    // 2018 lies 3/5 of the way from 3,000 (2015) to the band's lower edge 6,300: at least 4,980.
    Expectation e = StatusRule.expected(i, 2018, true).orElseThrow();
    assertThat(e.comparator()).isEqualTo(Comparator.AT_LEAST);
    assertThat(e.view().value()).isEqualByComparingTo("4980");
    assertThat(status(i, 2018, "5500")).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(status(i, 2018, "4900")).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(status(i, 2018, "6500")).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(status(i, 2018, "9000")).isEqualTo(ProgressStatus.BEHIND);
  }

  private static Indicator fortyPercentOverBaseline() {
    Baseline base = new Baseline(Figure.number(10_550), 2015, SOURCE);
    return Indicator.builder("RELATIVE")
        .name("持证社工", "Certified social workers")
        .unit(Unit.PERSONS)
        .scope(Scope.region())
        .baseline(base.value(), base.year(), base.provenance())
        .target(2020, Comparator.AT_LEAST, Figure.relative(base, "40"), SOURCE)
        .computation(new Computation.Sum("F", "x"))
        .provenance(SOURCE)
        .build();
  }

  @Test
  void aRelativeTargetIsJudgedByTheFigureItYieldsAndShowsItsRule() {
    Indicator i = fortyPercentOverBaseline();
    assertThat(status(i, 2020, "14770")).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(status(i, 2020, "14769")).isNotEqualTo(ProgressStatus.ACHIEVED);
    FigureView v = StatusRule.target(i, true).orElseThrow().view();
    assertThat(v.comparator()).isEqualTo("AT_LEAST");
    assertThat(v.value()).isEqualByComparingTo("14770");
    assertThat(v.text()).isEqualTo("≥ 14770 (+40% over 2015's 10,550)");
  }

  @Test
  void anAboutTargetShowsItsBand() {
    FigureView v = StatusRule.target(aboutSevenThousand(), true).orElseThrow().view();
    assertThat(v.comparator()).isEqualTo("APPROXIMATELY");
    assertThat(v.value()).isEqualByComparingTo("7000");
    assertThat(v.min()).isEqualByComparingTo("6300");
    assertThat(v.max()).isEqualByComparingTo("7700");
    assertThat(v.text()).isEqualTo("≈ 7000 (6300–7700)");
  }

  @Test
  void yearlyAboutMilestonesRuleTheirYear() {
    Figure about = Figure.about(200, Tolerance.relative("0.10"));
    Provenance why = Provenance.derived("doc", "每年培养200人左右", "左右 read as ±10 %");
    Indicator i =
        Indicator.builder("YEARLY")
            .name("督导", "Supervisors")
            .unit(Unit.PERSONS)
            .scope(Scope.region())
            .milestone(2018, Comparator.APPROXIMATELY, about, why)
            .target(2020, Comparator.APPROXIMATELY, about, why)
            .computation(new Computation.Sum("F", "x"))
            .provenance(SOURCE)
            .build();
    assertThat(status(i, 2018, "185")).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(status(i, 2018, "240")).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(status(i, 2018, "260")).isEqualTo(ProgressStatus.BEHIND);
    assertThat(status(i, 2018, "170")).isEqualTo(ProgressStatus.AT_RISK);
  }
}

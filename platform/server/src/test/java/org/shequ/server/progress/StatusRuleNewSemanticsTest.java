package org.shequ.server.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Unit;

/** Status of per-unit shares, of indicators judged per area, and with too few units reporting. */
class StatusRuleNewSemanticsTest {
  private static final BigDecimal MINIMUM = BigDecimal.valueOf(80);
  private static final ReportingRate ALL_REPORTED = ReportingRate.of(10, 10);

  private static Actual actual(String number) {
    return new Actual(new BigDecimal(number), null, 10);
  }

  @Test
  void aPerUnitTargetIsAShareOfUnitsShownWithItsClause() {
    Indicator i = NewSemanticsPlans.workerPerCommunity();
    assertThat(i.actualUnit()).isEqualTo(Unit.PERCENT);
    assertThat(i.perUnitClause().orElseThrow().zh()).isEqualTo("≥ 1 人/社区");
    assertThat(StatusRule.target(i, true).orElseThrow().view().text()).isEqualTo("≥ 100");
  }

  @Test
  void aPerUnitIndicatorsMilestoneRulesItsYear() {
    Indicator i = NewSemanticsPlans.socialOrgsPerCommunity();
    // 2019's milestone: 60 % of communities meet their own clause.
    var expected = StatusRule.expected(i, 2019, true).orElseThrow();
    assertThat(expected.source()).isEqualTo("milestone");
    assertThat(expected.view().text()).isEqualTo("≥ 60");
    assertThat(StatusRule.status(i, 2019, actual("60"), true)).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(StatusRule.status(i, 2019, actual("54"), true)).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(StatusRule.status(i, 2019, actual("53.9"), true)).isEqualTo(ProgressStatus.BEHIND);
    assertThat(StatusRule.status(i, 2019, actual("100"), true)).isEqualTo(ProgressStatus.ACHIEVED);
  }

  @Test
  void aPerUnitBaselineIsNotAShareSoNothingIsInterpolatedFromIt() {
    Indicator i = NewSemanticsPlans.socialOrgsPerCommunity();
    // The baseline is "1 organisation per community", not a share: 2018 has no schedule.
    assertThat(StatusRule.expected(i, 2018, true)).isEmpty();
    assertThat(StatusRule.status(i, 2018, actual("95"), true)).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(Projection.of(i, java.util.Map.of(2018, new BigDecimal("50")), 2020)).isNull();
  }

  @Test
  void tooFewUnitsReportingWithholdsTheJudgement() {
    Indicator i = NewSemanticsPlans.checklistComplete();
    assertThat(StatusRule.status(i, 2020, actual("95"), ReportingRate.of(10, 8), true, MINIMUM))
        .isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(StatusRule.status(i, 2020, actual("95"), ReportingRate.of(10, 7), true, MINIMUM))
        .isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
    assertThat(StatusRule.status(i, 2020, Actual.noData(), ReportingRate.of(10, 0), true, MINIMUM))
        .isEqualTo(ProgressStatus.NO_DATA);
    assertThat(
            StatusRule.status(
                i, 2020, actual("95"), ReportingRate.of(10, 1), true, BigDecimal.ZERO))
        .as("a threshold of 0 never withholds")
        .isEqualTo(ProgressStatus.ACHIEVED);
  }

  @Test
  void eachAreaIsJudgedAndTheIndicatorIsItsWorstArea() {
    Indicator i = NewSemanticsPlans.eachAreaCoverage();
    IndicatorFigures pooledAchieved =
        new IndicatorFigures(
            actual("96"),
            ALL_REPORTED,
            List.of(
                new IndicatorFigures.Area(AreaType.URBAN, actual("99"), ALL_REPORTED),
                new IndicatorFigures.Area(AreaType.RURAL, actual("90"), ALL_REPORTED)));
    var judged = StatusRule.judge(i, 2020, pooledAchieved, true, MINIMUM);
    // The pooled 96 % would be achieved; rural's 90 % is not, so neither is the indicator.
    assertThat(judged.areas())
        .containsEntry(AreaType.URBAN, ProgressStatus.ACHIEVED)
        .containsEntry(AreaType.RURAL, ProgressStatus.AT_RISK);
    assertThat(judged.status()).isEqualTo(ProgressStatus.AT_RISK);

    IndicatorFigures both =
        new IndicatorFigures(
            actual("97"),
            ALL_REPORTED,
            List.of(
                new IndicatorFigures.Area(AreaType.URBAN, actual("99"), ALL_REPORTED),
                new IndicatorFigures.Area(AreaType.RURAL, actual("95"), ALL_REPORTED)));
    assertThat(StatusRule.judge(i, 2020, both, true, MINIMUM).status())
        .isEqualTo(ProgressStatus.ACHIEVED);

    IndicatorFigures ruralSilent =
        new IndicatorFigures(
            actual("99"),
            ALL_REPORTED,
            List.of(
                new IndicatorFigures.Area(AreaType.URBAN, actual("99"), ALL_REPORTED),
                new IndicatorFigures.Area(AreaType.RURAL, actual("100"), ReportingRate.of(10, 2))));
    var silent = StatusRule.judge(i, 2020, ruralSilent, true, MINIMUM);
    assertThat(silent.areas()).containsEntry(AreaType.RURAL, ProgressStatus.INSUFFICIENT_DATA);
    assertThat(silent.status()).isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
  }
}

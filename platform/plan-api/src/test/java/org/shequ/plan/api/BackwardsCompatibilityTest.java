package org.shequ.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plan.api.TestPlans.P;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plugins built against plan-api 1.0 construct its records with the 1.0 shapes; 1.1 keeps them and
 * gives the new parts their neutral values.
 */
class BackwardsCompatibilityTest {

  private static Indicator legacyIndicator() {
    return new Indicator(
        "T-1",
        LocalizedText.of("覆盖率", "Coverage"),
        Unit.PERCENT,
        Scope.communities(AreaType.ALL),
        Direction.HIGHER_IS_BETTER,
        null,
        Target.of(2020, Comparator.AT_LEAST, Figure.number(90), P),
        List.of(new Milestone(2018, Comparator.AT_LEAST, Figure.number(60), P)),
        List.of(),
        new Computation.ShareOfUnits("F", FieldCondition.isTrue("office")),
        "NAT-1",
        P);
  }

  @Test
  void aLegacyIndicatorMapsLikeForLikeAndIsJudgedPooled() {
    Indicator legacy = legacyIndicator();
    Indicator built =
        Indicator.builder("T-1")
            .name("覆盖率", "Coverage")
            .unit(Unit.PERCENT)
            .scope(Scope.communities(AreaType.ALL))
            .target(2020, Comparator.AT_LEAST, Figure.number(90), P)
            .milestone(2018, Comparator.AT_LEAST, Figure.number(60), P)
            .computation(new Computation.ShareOfUnits("F", FieldCondition.isTrue("office")))
            .nationalIndicator("NAT-1")
            .provenance(P)
            .build();

    assertThat(legacy.nationalApproximation()).isNull();
    assertThat(legacy.eachArea()).isEmpty();
    assertThat(legacy.judgedPerArea()).isFalse();
    assertThat(legacy.perUnit()).isFalse();
    assertThat(legacy).isEqualTo(built);
  }

  @Test
  void aLegacyPlanHasNoGoalsReviewFiguresLostContentOrInferences() {
    Plan legacy =
        new Plan(
            "test-2016-2020",
            LocalizedText.of("测试", "Test"),
            "test",
            List.of(Issuer.lead("民政局", "Civil affairs")),
            "测民〔2017〕1号",
            LocalDate.of(2017, 1, 1),
            null,
            new PlanPeriod(2016, 2020),
            List.of(legacyIndicator()),
            List.of(),
            List.of(TestPlans.form()));
    Plan withInferences =
        new Plan(
            legacy.id(),
            legacy.title(),
            legacy.region(),
            legacy.issuers(),
            legacy.documentNumber(),
            legacy.issueDate(),
            legacy.publishedDate(),
            legacy.period(),
            legacy.indicators(),
            legacy.tasks(),
            legacy.forms(),
            Map.of(MetadataField.ISSUE_DATE, "the page prints no date"));

    assertThat(legacy.goals()).isEmpty();
    assertThat(legacy.reviewFigures()).isEmpty();
    assertThat(legacy.lost()).isEmpty();
    assertThat(legacy.inferred()).isEmpty();
    assertThat(withInferences.goals()).isEmpty();
    assertThat(withInferences.inferredReason(MetadataField.ISSUE_DATE))
        .contains("the page prints no date");
    assertThat(TestPlans.problems(legacy)).isEmpty();
  }

  @Test
  void aLegacyActualHasNoUnknownUnits() {
    Actual a = new Actual(java.math.BigDecimal.TEN, null, 3);

    assertThat(a.unknown()).isZero();
    assertThat(a).isEqualTo(new Actual(java.math.BigDecimal.TEN, null, 3, 0));
    assertThat(a.hasData()).isTrue();
    assertThat(Actual.noData().unknown()).isZero();
  }

  @Test
  void aLegacyTaskMilestoneIsDueAtYearEndForEveryUnit() {
    TaskMilestone legacy = new TaskMilestone(2019, LocalizedText.of("完成", "Done"), P);

    assertThat(legacy)
        .isEqualTo(new TaskMilestone(2019, null, OrgUnitCondition.any(), legacy.description(), P));
    assertThat(
            Task.builder("K")
                .title("任务", "Task")
                .milestone(2019, "完成", "Done", P)
                .provenance(P)
                .build()
                .milestones())
        .containsExactly(legacy);
    assertThat(legacy.due()).isEqualTo(LocalDate.of(2019, 12, 31));
  }

  @Test
  void theContractSaysItIsOnePointTwo() {
    assertThat(PlanApi.VERSION).isEqualTo("1.2.0");
  }
}

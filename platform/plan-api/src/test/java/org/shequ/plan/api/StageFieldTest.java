package org.shequ.plan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stage field takes its options from its indicator, so the stages are written once. */
class StageFieldTest {
  private static final Provenance P = TestPlans.P;

  private static Indicator.Builder progress() {
    return Indicator.builder("STD")
        .name("标准体系", "Standards system")
        .unit(Unit.STAGE)
        .scope(Scope.region())
        .stage("DRAFTING", "起草", "Drafting", P)
        .stage("ISSUED", "印发", "Issued", P)
        .stage("APPLIED", "落实", "Applied", P)
        .target(2020, Comparator.AT_LEAST, Figure.stage("APPLIED"), P)
        .computation(new Computation.LatestStage("R", "std_stage"))
        .provenance(P);
  }

  private static Plan plan(Indicator indicator, Field field) {
    return Plan.builder("stage-2016-2020")
        .title("测试", "Test")
        .issuer(Issuer.lead("民政局", "Civil affairs"))
        .issueDate(LocalDate.of(2017, 1, 1))
        .period(2016, 2020)
        .form(
            new Form(
                "R",
                LocalizedText.of("区表", "Region form"),
                OrgUnitLevel.REGION,
                AreaType.ALL,
                PeriodType.ANNUAL,
                List.of(field),
                List.of(),
                P))
        .indicator(indicator)
        .build();
  }

  @Test
  void aStageFieldHasTheIndicatorsStagesAsItsOptionsInOrder() {
    Indicator indicator = progress().build();

    Field field = Field.stagesOf("std_stage", indicator).label("进展", "Progress").build();

    assertThat(field.type()).isEqualTo(FieldType.ENUM);
    assertThat(field.unit()).isEqualTo(Unit.STAGE);
    assertThat(field.options())
        .containsExactly(
            Option.of("DRAFTING", "起草", "Drafting"),
            Option.of("ISSUED", "印发", "Issued"),
            Option.of("APPLIED", "落实", "Applied"));
    assertThat(PlanValidator.problems(plan(indicator, field), java.util.Set.of())).isEmpty();
  }

  @Test
  void aStageAddedToTheIndicatorReachesTheFormWithoutTouchingIt() {
    Indicator indicator = progress().stage("REVIEWED", "评估", "Reviewed", P).build();

    Field field =
        Field.builder("std_stage", FieldType.ENUM)
            .label("进展", "Progress")
            .optionsFrom(indicator)
            .build();

    assertThat(field.options()).extracting(Option::code).endsWith("APPLIED", "REVIEWED");
    assertThat(field.unit()).as("optionsFrom sets the options only").isEqualTo(Unit.NONE);
    assertThat(PlanValidator.problems(plan(indicator, field), java.util.Set.of())).isEmpty();
  }

  @Test
  void optionsWrittenByHandThatDifferFromTheStagesAreStillRefused() {
    Indicator indicator = progress().build();
    Field field =
        Field.builder("std_stage", FieldType.ENUM)
            .label("进展", "Progress")
            .options(Option.of("ISSUED", "印发", "Issued"), Option.of("DRAFTING", "起草", "Drafting"))
            .build();

    assertThat(PlanValidator.problems(plan(indicator, field), java.util.Set.of()))
        .extracting(PlanProblem::message)
        .contains("field std_stage options must be the indicator's stages");
  }
}

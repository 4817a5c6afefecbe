package org.shequ.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plan.api.TestPlans.P;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** «城镇社区、农村社区…均达到95%»: each area meets the target on its own, and the validator says so. */
class EachAreaTest {

  private static Indicator.Builder coverage(AreaType scope) {
    return Indicator.builder("COVER")
        .name("综合服务设施覆盖率", "Service centre coverage")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(scope))
        .target(2020, Comparator.AT_LEAST, Figure.number(95), P)
        .computation(new Computation.ShareOfUnits("F", FieldCondition.isTrue("office")))
        .provenance(P);
  }

  private static List<String> problems(Indicator i) {
    return TestPlans.problems(TestPlans.plan(i).build());
  }

  @Test
  void urbanAndRuralEachOnTheirOwnIsValid() {
    Indicator i = coverage(AreaType.ALL).eachArea(AreaType.URBAN, AreaType.RURAL).build();

    assertThat(i.judgedPerArea()).isTrue();
    assertThat(i.eachArea()).containsExactly(AreaType.URBAN, AreaType.RURAL);
    assertThat(problems(i)).isEmpty();
  }

  @Test
  void aPooledScopeIsNotJudgedPerArea() {
    Indicator i = coverage(AreaType.ALL).build();

    assertThat(i.judgedPerArea()).isFalse();
    assertThat(i.eachArea()).isEmpty();
  }

  @Test
  void allIsNotOneOfSeveralAreas() {
    assertThat(problems(coverage(AreaType.ALL).eachArea(AreaType.ALL, AreaType.URBAN).build()))
        .containsExactly(
            "indicators[COVER].eachArea: each area must be a distinct part of the scope ALL: ALL",
            "indicators[COVER].eachArea: one area is a scope, not several");
  }

  @Test
  void anAreaOutsideTheScopeIsRefused() {
    assertThat(problems(coverage(AreaType.URBAN).eachArea(AreaType.URBAN, AreaType.RURAL).build()))
        .containsExactly(
            "indicators[COVER].eachArea: each area must be a distinct part of the scope URBAN:"
                + " RURAL",
            "indicators[COVER].eachArea: one area is a scope, not several");
  }

  @Test
  void aSingleAreaIsAScopeNotSeveral() {
    assertThat(problems(coverage(AreaType.ALL).eachArea(AreaType.RURAL).build()))
        .containsExactly("indicators[COVER].eachArea: one area is a scope, not several");
    assertThat(problems(coverage(AreaType.ALL).eachArea(AreaType.RURAL, AreaType.RURAL).build()))
        .containsExactly(
            "indicators[COVER].eachArea: each area must be a distinct part of the scope ALL:"
                + " RURAL",
            "indicators[COVER].eachArea: one area is a scope, not several");
  }

  @Test
  void areasJudgedOnTheirOwnNeedATargetOrMilestones() {
    Indicator noTarget =
        coverage(AreaType.ALL).target(null).eachArea(AreaType.URBAN, AreaType.RURAL).build();
    Indicator milestonesOnly =
        coverage(AreaType.ALL)
            .target(null)
            .milestone(2018, Comparator.AT_LEAST, Figure.number(80), P)
            .eachArea(AreaType.URBAN, AreaType.RURAL)
            .build();

    assertThat(problems(noTarget))
        .containsExactly("indicators[COVER].eachArea: areas judged on their own need a target");
    assertThat(problems(milestonesOnly)).isEmpty();
  }

  @Test
  void theIndicatorKeepsItsOwnCopyOfTheAreas() {
    List<AreaType> areas = new ArrayList<>(List.of(AreaType.URBAN, AreaType.RURAL));
    Indicator i =
        new Indicator(
            "COVER",
            LocalizedText.of("覆盖率", "Coverage"),
            Unit.PERCENT,
            Scope.communities(AreaType.ALL),
            null,
            null,
            null,
            null,
            null,
            new Computation.ShareOfUnits("F", FieldCondition.isTrue("office")),
            null,
            P,
            null,
            areas);
    areas.clear();

    assertThat(i.eachArea()).containsExactly(AreaType.URBAN, AreaType.RURAL);
    assertThat(i.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
  }
}

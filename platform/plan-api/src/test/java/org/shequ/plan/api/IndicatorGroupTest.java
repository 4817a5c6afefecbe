package org.shequ.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plan.api.TestPlans.P;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The document's own headings over its indicators (1.2): kept in order, checked, optional. */
class IndicatorGroupTest {
  private static final Provenance BOX = Provenance.stated("三(二) 专栏一", "专栏一 主要指标");

  private static Indicator indicator(String code) {
    return Indicator.builder(code)
        .name("覆盖率", "Coverage")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .target(2020, Comparator.AT_LEAST, Figure.number(90), P)
        .computation(new Computation.ShareOfUnits("F", FieldCondition.isTrue("office")))
        .provenance(P)
        .build();
  }

  @Test
  void groupsKeepThePlansOrderAndAnIndicatorMayBeInNone() {
    Plan plan =
        TestPlans.plan(indicator("A"), indicator("B"), indicator("C"))
            .indicatorGroup("G-2", "专栏二", "Box 2", BOX, "C", "A")
            .indicatorGroup(
                new IndicatorGroup("G-1", LocalizedText.of("专栏一", "Box 1"), BOX, List.of("B")))
            .build();

    assertThat(plan.indicatorGroups())
        .extracting(IndicatorGroup::code)
        .containsExactly("G-2", "G-1");
    assertThat(plan.indicatorGroups().get(0).indicators()).containsExactly("C", "A");
    assertThat(plan.groupOf("A")).map(IndicatorGroup::code).contains("G-2");
    assertThat(plan.groupOf("B")).map(IndicatorGroup::code).contains("G-1");
    assertThat(TestPlans.problems(plan)).isEmpty();
    assertThat(TestPlans.problems(TestPlans.plan(indicator("A")).build())).isEmpty();
  }

  @Test
  void anUnknownIndicatorOrOneInTwoGroupsIsAPlanProblem() {
    Plan plan =
        TestPlans.plan(indicator("A"), indicator("B"))
            .indicatorGroup("G-1", "专栏一", "Box 1", BOX, "A", "NOPE")
            .indicatorGroup("G-2", "专栏二", "Box 2", BOX, "B", "A")
            .build();

    assertThat(TestPlans.problems(plan))
        .containsExactly(
            "indicatorGroups[G-1].indicators: unknown indicator NOPE",
            "indicatorGroups[G-2].indicators: indicator A is already in group G-1; one group at most");
  }

  @Test
  void aGroupHasACodeOnceBothLanguagesItsWordingAndSomeIndicator() {
    Plan plan =
        TestPlans.plan(indicator("A"), indicator("B"))
            .indicatorGroup("G-1", "专栏一", "", BOX, "A")
            .indicatorGroup("G-1", "专栏二", "Box 2", Provenance.stated("", ""), "B")
            .indicatorGroup(
                "G-3", "专栏三", "Box 3", new Provenance("三", "专栏三", Derivation.DERIVED, ""))
            .build();

    assertThat(TestPlans.problems(plan))
        .containsExactly(
            "indicatorGroups: duplicate code G-1",
            "indicatorGroups[G-1].name: needs both a Chinese and an English text",
            "indicatorGroups[G-1].provenance: needs the section and the document's original wording",
            "indicatorGroups[G-3].provenance: a derived figure says how it was derived",
            "indicatorGroups[G-3]: a group lists at least one indicator");
  }

  @Test
  void aPlanBuiltAgainstOnePointOneHasNoGroups() {
    Plan legacy =
        new Plan(
            "test-2016-2020",
            LocalizedText.of("测试", "Test"),
            "test",
            List.of(Issuer.lead("民政局", "Civil affairs")),
            null,
            LocalDate.of(2017, 1, 1),
            null,
            new PlanPeriod(2016, 2020),
            List.of(indicator("A")),
            List.of(),
            List.of(TestPlans.form()),
            Map.of(),
            List.of(),
            List.of(),
            List.of());

    assertThat(legacy.indicatorGroups()).isEmpty();
    assertThat(legacy.groupOf("A")).isEmpty();
    assertThat(TestPlans.problems(legacy)).isEmpty();
  }
}

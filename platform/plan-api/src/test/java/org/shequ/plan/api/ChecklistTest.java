package org.shequ.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shequ.plan.api.TestPlans.P;
import static org.shequ.plan.api.TestPlans.report;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checklists («六有», «五室») are counted from the ticks themselves, never from a typed total. */
class ChecklistTest {
  private static final List<String> ROOMS = List.of("office", "hall", "clinic");

  private static Indicator indicator(Computation computation) {
    return Indicator.builder("ROOMS")
        .name("“三室”齐全的社区比例", "Communities with all three rooms")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .target(2020, Comparator.AT_LEAST, Figure.number(100), P)
        .computation(computation)
        .provenance(P)
        .build();
  }

  private static List<UnitReport> reports() {
    return List.of(
        report("all", AreaType.URBAN, 100, Map.of("office", true, "hall", true, "clinic", true)),
        report("two", AreaType.URBAN, 100, Map.of("office", true, "hall", true, "clinic", false)),
        // An unanswered item is not ticked, whatever a typed count of rooms says.
        report("one", AreaType.RURAL, 100, Map.of("office", true, "rooms", 3)),
        report("none", AreaType.RURAL, null, Map.of("remark", "新建中")));
  }

  @Test
  void completeCountsUnitsThatTickedEveryItem() {
    Indicator i = indicator(new Computation.ChecklistComplete("F", ROOMS));
    Actual actual = i.evaluate(reports());

    assertThat(actual.number()).as("1 of 4 units").isEqualByComparingTo("25");
    assertThat(actual.reports()).isEqualTo(4);
    assertThat(i.actualUnit()).isEqualTo(Unit.PERCENT);
    assertThat(i.perUnit()).isFalse();
    assertThat(i.computation().fields()).containsExactlyElementsOf(ROOMS);
  }

  @Test
  void itemsCountsTicksAmongAllItemsOfAllUnits() {
    Indicator i = indicator(new Computation.ChecklistItems("F", ROOMS));
    Actual actual = i.evaluate(reports());

    // 3 + 2 + 1 + 0 ticks of 4 × 3 items.
    assertThat(actual.number()).isEqualByComparingTo("50");
    assertThat(actual.reports()).isEqualTo(4);
    assertThat(i.actualUnit()).isEqualTo(Unit.PERCENT);
  }

  @Test
  void sharesAreRoundedHalfUpToFourDecimals() {
    List<UnitReport> three =
        List.of(
            report("a", AreaType.URBAN, 1, Map.of("office", true, "hall", true, "clinic", true)),
            report("b", AreaType.URBAN, 1, Map.of("office", true)),
            report("c", AreaType.URBAN, 1, Map.of("office", false)));

    assertThat(new Computation.ChecklistComplete("F", ROOMS).evaluate(three, null).number())
        .isEqualByComparingTo("33.3333");
    // 4 ticks of 9 items: 44.4444…
    assertThat(new Computation.ChecklistItems("F", ROOMS).evaluate(three, null).number())
        .isEqualByComparingTo("44.4444");
  }

  @Test
  void noReportsIsNoData() {
    assertThat(indicator(new Computation.ChecklistComplete("F", ROOMS)).evaluate(List.of()))
        .isEqualTo(Actual.noData());
    assertThat(indicator(new Computation.ChecklistItems("F", ROOMS)).evaluate(List.of()))
        .isEqualTo(Actual.noData());
  }

  @Test
  void aChecklistHasAtLeastOneItemAndKeepsItsOwnCopy() {
    assertThatThrownBy(() -> new Computation.ChecklistComplete("F", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Computation.ChecklistItems("F", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    var items = new java.util.ArrayList<>(ROOMS);
    var c = new Computation.ChecklistItems("F", items);
    items.add("rooms");
    assertThat(c.items()).containsExactlyElementsOf(ROOMS);
  }

  @Test
  void checklistItemsMustBeTicks() {
    Plan ticks = TestPlans.plan(indicator(new Computation.ChecklistComplete("F", ROOMS))).build();
    Plan integer =
        TestPlans.plan(
                indicator(new Computation.ChecklistComplete("F", List.of("office", "rooms"))))
            .build();
    Plan text =
        TestPlans.plan(indicator(new Computation.ChecklistItems("F", List.of("office", "remark"))))
            .build();
    Plan missing =
        TestPlans.plan(indicator(new Computation.ChecklistItems("F", List.of("office", "gym"))))
            .build();

    assertThat(TestPlans.problems(ticks)).isEmpty();
    assertThat(TestPlans.problems(integer))
        .containsExactly(
            "indicators[ROOMS].computation: checklist item rooms is not a tick (BOOLEAN)");
    assertThat(TestPlans.problems(text))
        .containsExactly(
            "indicators[ROOMS].computation: field remark is TEXT, not a number or boolean",
            "indicators[ROOMS].computation: checklist item remark is not a tick (BOOLEAN)");
    assertThat(TestPlans.problems(missing))
        .containsExactly("indicators[ROOMS].computation: unknown field F.gym");
  }
}

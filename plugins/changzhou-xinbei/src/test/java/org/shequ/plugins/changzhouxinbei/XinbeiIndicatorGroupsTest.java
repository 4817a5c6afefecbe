package org.shequ.plugins.changzhouxinbei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plugins.changzhouxinbei.Plans.indicator;
import static org.shequ.plugins.changzhouxinbei.Plans.plan;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.IndicatorGroup;
import org.shequ.plan.api.Plan;

/** The indicators sit under the document's two boxes, 专栏一 and 专栏二. */
class XinbeiIndicatorGroupsTest {
  private static final Plan PLAN = plan();

  @Test
  void theGroupsAreTheTwoBoxesInTheDocumentsOrderUnderTheirOwnTitles() {
    assertThat(PLAN.indicatorGroups())
        .extracting(IndicatorGroup::code)
        .containsExactly("XB-G-BOX-1", "XB-G-BOX-2");
    assertThat(PLAN.indicatorGroups())
        .allSatisfy(
            g -> {
              assertThat(g.provenance().derivation()).isEqualTo(Derivation.STATED);
              assertThat(g.provenance().originalText()).endsWith(g.name().zh());
            });
    assertThat(PLAN.indicatorGroups().get(0).provenance().originalText())
        .isEqualTo("专栏一:常州市新北区“十三五”城乡社区发展规划主要指标");
    assertThat(PLAN.indicatorGroups().get(1).provenance().originalText())
        .isEqualTo("专栏二:新北区城乡社区发展“十三五”期间主要目标进度表");
  }

  @Test
  void everyIndicatorOfBoxOneIsARowOfBoxOne() {
    IndicatorGroup box = PLAN.indicatorGroups().get(0);

    assertThat(box.indicators()).hasSize(11).startsWith("XB-COMMUNITY-SIZE");
    for (String code : box.indicators()) {
      // The row is the indicator's own source (its 2020 cell may be lost, the running text then
      // giving the target), or the source of its 2020 target (a per-community standard of 三(二)1).
      Indicator i = indicator(code);
      assertThat(List.of(i.provenance().section(), i.target().provenance().section()))
          .as(code)
          .contains(XinbeiSections.TABLE_1);
    }
  }

  @Test
  void everyIndicatorOfBoxTwoHasItsYearlyScheduleFromBoxTwo() {
    IndicatorGroup box = PLAN.indicatorGroups().get(1);

    assertThat(box.indicators())
        .containsExactly(
            "XB-INFORMATISATION-PROGRESS",
            "XB-URBAN-SOCIAL-ORGS",
            "XB-RURAL-SOCIAL-ORGS",
            "XB-GRID-MANAGEMENT",
            "XB-DEMOCRATIC-CONSULTATION");
    for (String code : box.indicators()) {
      assertThat(indicator(code).milestones())
          .as(code)
          .anySatisfy(m -> assertThat(m.provenance().section()).isEqualTo(XinbeiSections.TABLE_2));
    }
  }

  @Test
  void onlyThePartyWorkCoverageOfTheRunningTextIsInNoBox() {
    assertThat(PLAN.indicators())
        .extracting(Indicator::code)
        .filteredOn(c -> PLAN.groupOf(c).isEmpty())
        .containsExactly("XB-PARTY-WORK-COVERAGE");
  }
}

package org.shequ.plugins.jiexiu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.IndicatorGroup;
import org.shequ.plan.api.Plan;

/** The indicators sit under 总体目标 and the tasks of section 三, as the document states them. */
class JiexiuIndicatorGroupsTest {
  private static final Plan PLAN = new JiexiuPlanModule().plan();

  @Test
  void theGroupsAreTheOverallGoalsThenTheTasksUnderTheirPrintedHeadings() {
    assertThat(PLAN.indicatorGroups())
        .extracting(g -> g.provenance().section() + " " + g.provenance().originalText())
        .containsExactly("二(三) (三)总体目标", "三(一) (一)夯实城乡社区联动平台", "三(三) (三)强化社会工作专业人才支撑力量");
    assertThat(PLAN.indicatorGroups())
        .allSatisfy(
            g -> {
              assertThat(g.provenance().derivation()).isEqualTo(Derivation.STATED);
              assertThat(g.provenance().originalText()).endsWith(g.name().zh());
            });
  }

  @Test
  void theTargetsOfTheOverallGoalsAreOneGroup() {
    assertThat(PLAN.indicatorGroups().get(0).indicators())
        .containsExactly(
            "JX-URBAN-FACILITY-UPGRADE",
            "JX-URBAN-FACILITY-AREA",
            "JX-COMMUNITY-SOCIAL-ORGS",
            "JX-SOCIAL-ORGS-PER-COMMUNITY",
            "JX-SOCIAL-WORK-TALENT",
            "JX-COMMUNITY-SOCIAL-WORKERS");
  }

  @Test
  void everyIndicatorIsInTheGroupOfTheSectionItsClauseSitsIn() {
    for (Indicator i : PLAN.indicators()) {
      IndicatorGroup g = PLAN.groupOf(i.code()).orElseThrow(() -> new AssertionError(i.code()));
      assertThat(i.provenance().section()).as(i.code()).startsWith(g.provenance().section());
    }
  }
}

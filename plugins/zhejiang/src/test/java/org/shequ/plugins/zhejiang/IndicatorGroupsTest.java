package org.shequ.plugins.zhejiang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plugins.zhejiang.PlanFixture.PLAN;
import static org.shequ.plugins.zhejiang.PlanFixture.indicator;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.IndicatorGroup;

/** The indicators sit under the document's own headings: the summary table, the 工程, the 保障. */
class IndicatorGroupsTest {

  private static IndicatorGroup group(String code) {
    return PLAN.indicatorGroups().stream()
        .filter(g -> g.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no group " + code));
  }

  @Test
  void theGroupsAreTheTableThenTheProjectsThenTheSafeguardsInTheDocumentsOrder() {
    assertThat(PLAN.indicatorGroups())
        .extracting(g -> g.name().zh())
        .containsExactly(
            "浙江省城乡社区治理“十三五”规划指标汇总表",
            "居民自治强化工程",
            "社区协商制度化工程",
            "“三社联动”创新工程",
            "农村社区建设深化工程",
            "资金保障",
            "人才保障");
    assertThat(PLAN.indicatorGroups())
        .allSatisfy(
            g -> {
              assertThat(g.provenance().derivation()).isEqualTo(Derivation.STATED);
              assertThat(g.provenance().originalText()).endsWith(g.name().zh());
              assertThat(g.name().en()).isNotBlank();
            });
    assertThat(group("ZJ-G-THREE-SOCIETIES").provenance().section()).isEqualTo("四(四)");
    assertThat(group("ZJ-G-THREE-SOCIETIES").provenance().originalText())
        .isEqualTo("(四)“三社联动”创新工程");
    assertThat(group("ZJ-G-TALENT").provenance().section()).isEqualTo("五(三)");
  }

  @Test
  void theTableGroupHoldsEveryRowOfTheSummaryTableInItsOrder() {
    IndicatorGroup table = group("ZJ-G-TABLE");

    assertThat(table.provenance().section()).isEqualTo(Sections.TABLE);
    assertThat(table.provenance().originalText()).isEqualTo("附件:浙江省城乡社区治理“十三五”规划指标汇总表");
    assertThat(table.indicators())
        .containsExactly(
            "ZJ-01",
            "ZJ-02",
            "ZJ-03-MODEL",
            "ZJ-03-IMPROVED",
            "ZJ-04-URBAN",
            "ZJ-04-RURAL",
            "ZJ-05",
            "ZJ-05-URBAN",
            "ZJ-05-RURAL",
            "ZJ-05-HUB-STREETS",
            "ZJ-05-HUB-COMMUNITIES",
            "ZJ-06",
            "ZJ-06-URBAN",
            "ZJ-06-RURAL",
            "ZJ-06-AGENCIES",
            "ZJ-06-GUIDANCE",
            "ZJ-07",
            "ZJ-07-URBAN",
            "ZJ-07-RURAL",
            "ZJ-08");
  }

  @Test
  void everyOtherGroupedIndicatorIsStatedUnderItsGroupsHeading() {
    for (IndicatorGroup g : PLAN.indicatorGroups()) {
      if (g.code().equals("ZJ-G-TABLE")) {
        continue;
      }
      for (String code : g.indicators()) {
        assertThat(indicator(code).provenance().section())
            .as("%s in %s", code, g.code())
            .startsWith(g.provenance().section());
      }
    }
    assertThat(group("ZJ-G-TALENT").indicators())
        .containsExactly(
            "ZJ-SW-TRAINING", "ZJ-SW-SUPERVISORS", "ZJ-VOLUNTEERS", "ZJ-VOLUNTEER-RATE");
    assertThat(group("ZJ-G-RURAL").indicators()).containsExactly("ZJ-DEMO-COUNTIES");
  }

  @Test
  void onlyTheMeasuresReadFromTheReviewOfTheLastPeriodAreInNoGroup() {
    List<String> ungrouped =
        PLAN.indicators().stream()
            .map(Indicator::code)
            .filter(c -> PLAN.groupOf(c).isEmpty())
            .toList();

    assertThat(ungrouped)
        .containsExactly(
            "ZJ-STREET-SERVICE-CENTRES", "ZJ-STREET-SERVICE-CENTRE-COVERAGE", "ZJ-CERTIFIED-SHARE");
    assertThat(ungrouped)
        .allSatisfy(c -> assertThat(indicator(c).provenance().section()).startsWith("一(一)"));
  }
}

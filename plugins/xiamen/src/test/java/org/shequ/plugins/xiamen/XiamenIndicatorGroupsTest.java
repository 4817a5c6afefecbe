package org.shequ.plugins.xiamen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.IndicatorGroup;
import org.shequ.plan.api.Plan;

/** The indicators sit under the document's task headings of section 四 and 五(一). */
class XiamenIndicatorGroupsTest {
  private static final Plan PLAN = new XiamenPlanModule().plan();

  @Test
  void theGroupsAreTheThreeTasksAndStandardisationUnderTheirPrintedHeadings() {
    assertThat(PLAN.indicatorGroups())
        .extracting(g -> g.name().zh())
        .containsExactly("加强城乡社区服务设施建设", "扩大城乡社区服务有效供给", "建强城乡社区服务队伍", "推动标准化建设");
    assertThat(PLAN.indicatorGroups())
        .extracting(g -> g.provenance().originalText())
        .containsExactly("(一)加强城乡社区服务设施建设", "(二)扩大城乡社区服务有效供给", "(三)建强城乡社区服务队伍", "(一)推动标准化建设");
    assertThat(PLAN.indicatorGroups())
        .allSatisfy(g -> assertThat(g.provenance().derivation()).isEqualTo(Derivation.STATED));
  }

  @Test
  void eachTaskHoldsTheIndicatorsItsTextAndItsBoxesStateInTheDocumentsOrder() {
    assertThat(PLAN.indicatorGroups())
        .extracting(IndicatorGroup::indicators)
        .containsExactly(
            java.util.List.of(
                "XM-RURAL-CHECKLIST",
                "XM-RURAL-SIX-HAVES",
                "XM-RURAL-FIVE-ROOMS",
                "XM-RURAL-FOUR-CENTRES",
                "XM-URBAN-WORKSTATIONS",
                "XM-RURAL-WORKSTATIONS",
                "XM-GRID-PLATFORM"),
            java.util.List.of(
                "XM-BASIC-PUBLIC-SERVICES",
                "XM-URBAN-PURCHASED-SERVICES",
                "XM-RURAL-PURCHASED-SERVICES",
                "XM-RURAL-SERVICE-STANDARDS",
                "XM-DISTRICT-DEMO-BRANDS",
                "XM-MEDIATION-COMMITTEES"),
            java.util.List.of(
                "XM-COMMITTEE-NEW-MEMBERS",
                "XM-COMMITTEE-COLLEGE",
                "XM-COMMITTEE-UNDER-35",
                "XM-CERTIFIED-SOCIAL-WORKERS",
                "XM-SOCIAL-WORKERS-PER-10K",
                "XM-COMMUNITY-SOCIAL-WORKER",
                "XM-CERTIFIED-COMMUNITY-WORKERS",
                "XM-CITY-SECRETARY-TRAINING",
                "XM-DISTRICT-ROTATION-TRAINING",
                "XM-STREET-ROTATION-TRAINING",
                "XM-SYSTEM-ROTATION-TRAINING",
                "XM-STREET-SERVICE-CENTRES",
                "XM-SOCIAL-ORGS-PER-COMMUNITY",
                "XM-REGISTERED-VOLUNTEERS",
                "XM-VOLUNTEER-SHARE"),
            java.util.List.of("XM-STANDARDS-SYSTEM"));
  }

  @Test
  void everyIndicatorIsUnderTheHeadingOfItsOwnClause() {
    for (Indicator i : PLAN.indicators()) {
      IndicatorGroup g = PLAN.groupOf(i.code()).orElseThrow(() -> new AssertionError(i.code()));
      assertThat(i.provenance().section()).as(i.code()).startsWith(g.provenance().section());
    }
  }
}

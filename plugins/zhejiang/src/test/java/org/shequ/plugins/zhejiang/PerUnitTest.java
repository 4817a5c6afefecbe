package org.shequ.plugins.zhejiang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plugins.zhejiang.PlanFixture.PLAN;
import static org.shequ.plugins.zhejiang.PlanFixture.community;
import static org.shequ.plugins.zhejiang.PlanFixture.indicator;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.OrgUnitProfile;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Unit;
import org.shequ.plan.testkit.SampleReports;

/**
 * Targets the document sets for each unit («每个农村社区配备1名», «每个县(市、区)培育3名左右») are judged per unit: the
 * actual is the share of units meeting their own clause, shown beside the clause.
 */
class PerUnitTest {

  @Test
  void aSocialWorkerInEveryRuralCommunity() {
    Indicator i = indicator("ZJ-07-RURAL");
    assertThat(i.perUnit()).isTrue();
    assertThat(i.scope()).isEqualTo(Scope.eachCommunity(AreaType.RURAL));
    assertThat(i.unit()).isEqualTo(Unit.PERSONS);
    assertThat(i.actualUnit()).isEqualTo(Unit.PERCENT);
    assertThat(i.perUnitClause().orElseThrow().zh()).isEqualTo("≥ 1 人/社区");
    assertThat(i.perUnitClause().orElseThrow().en()).isEqualTo("≥ 1 persons per community");
    // No yearly schedule in the document: no milestones.
    assertThat(i.milestones()).isEmpty();
  }

  @Test
  void leadingTalentsPerCounty() {
    Indicator i = indicator("ZJ-08");
    assertThat(i.perUnit()).isTrue();
    assertThat(i.actualUnit()).isEqualTo(Unit.PERCENT);
    // The less-developed counties' range, then everyone else's band (the host may name the
    // condition before a conditional clause).
    assertThat(i.perUnitClause().orElseThrow().zh())
        .contains("less-developed")
        .contains("∈ 1–2 人/县(市、区); ")
        .endsWith("≈ 3 ± 1 人/县(市、区)");
  }

  @Test
  void aLessDevelopedCountyIsJudgedByItsOneOrTwo() {
    var counties =
        SampleReports.of(PLAN)
            .report(county("one", true), "ZJ-COUNTY", Map.of("leader_talents", 1))
            .report(county("two", true), "ZJ-COUNTY", Map.of("leader_talents", 2))
            .report(county("none", true), "ZJ-COUNTY", Map.of("leader_talents", 0))
            .report(county("three", true), "ZJ-COUNTY", Map.of("leader_talents", 3));
    // 1 and 2 meet «欠发达地区培育1-2名»; 0 and 3 do not.
    assertThat(counties.evaluate("ZJ-08").number()).isEqualByComparingTo("50");
  }

  @Test
  void averagesOnlyWhereTheDocumentSaysAverage() {
    // «平均每个城市社区有15个以上、农村社区有5个以上»: an average, not a floor for each community.
    for (String code : new String[] {"ZJ-05-URBAN", "ZJ-05-RURAL"}) {
      Indicator i = indicator(code);
      assertThat(i.computation()).isInstanceOf(Computation.AveragePerUnit.class);
      assertThat(i.target().provenance().originalText()).startsWith("平均每个");
      assertThat(i.perUnit()).isFalse();
    }
    // Every other per-community figure is judged per unit, never averaged.
    assertThat(PLAN.indicators())
        .filteredOn(i -> i.computation() instanceof Computation.AveragePerUnit)
        .extracting(Indicator::code)
        .containsExactlyInAnyOrder("ZJ-05-URBAN", "ZJ-05-RURAL", "ZJ-SW-PER-COMMUNITY");
    assertThat(indicator("ZJ-SW-PER-COMMUNITY").target()).isNull();
  }

  @Test
  void ruralCommunitiesWithoutACertifiedWorkerLowerTheShare() {
    var villages =
        SampleReports.of(PLAN)
            .community("a", AreaType.RURAL, 900, "ZJ-COMMUNITY", community())
            .community(
                "b", AreaType.RURAL, 900, "ZJ-COMMUNITY", community("certified_social_workers", 0))
            .community(
                "c", AreaType.URBAN, 900, "ZJ-COMMUNITY", community("certified_social_workers", 0));
    // a meets ≥ 1; b does not; c is urban and outside the scope.
    assertThat(villages.evaluate("ZJ-07-RURAL").number()).isEqualByComparingTo("50");
    assertThat(villages.evaluate("ZJ-07-RURAL").reports()).isEqualTo(2);
  }

  private static OrgUnitProfile county(String id, boolean lessDeveloped) {
    return new OrgUnitProfile(
        id,
        OrgUnitLevel.COUNTY,
        AreaType.ALL,
        null,
        null,
        lessDeveloped ? Set.of("less-developed") : Set.of());
  }
}

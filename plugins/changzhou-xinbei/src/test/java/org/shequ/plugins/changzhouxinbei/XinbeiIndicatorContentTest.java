package org.shequ.plugins.changzhouxinbei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.shequ.plugins.changzhouxinbei.Plans.indicator;
import static org.shequ.plugins.changzhouxinbei.Plans.milestones;
import static org.shequ.plugins.changzhouxinbei.Plans.plan;
import static org.shequ.plugins.changzhouxinbei.Plans.target;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Direction;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Milestone;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.Stage;
import org.shequ.plan.api.Unit;

/** The indicators against the document: 专栏一, 专栏二 and the sentences of section 三. */
class XinbeiIndicatorContentTest {

  private static Derivation derivation(String code, int year) {
    return indicator(code).milestone(year).map(Milestone::provenance).orElseThrow().derivation();
  }

  private static String note(String code, int year) {
    return indicator(code).milestone(year).map(Milestone::provenance).orElseThrow().note();
  }

  private static String section(String code, int year) {
    return indicator(code).milestone(year).map(Milestone::provenance).orElseThrow().section();
  }

  private static String wording(String code, int year) {
    return indicator(code).milestone(year).map(Milestone::provenance).orElseThrow().originalText();
  }

  @Test
  void planIdentity() {
    Plan plan = plan();
    assertThat(plan.id()).isEqualTo("changzhou-xinbei-2016-2020");
    assertThat(plan.region()).isEqualTo("changzhou-xinbei");
    assertThat(plan.title().zh()).isEqualTo("常州国家高新区 常州市新北区“十三五”城乡社区发展规划");
    assertThat(plan.issuers()).singleElement().satisfies(i -> assertThat(i.lead()).isTrue());
    assertThat(plan.issuers().get(0).name().zh()).isEqualTo("常州国家高新区党政办公室");
    assertThat(plan.issueDate()).isEqualTo(LocalDate.of(2017, 4, 11));
    assertThat(plan.documentNumber()).isNull();
    assertThat(plan.period().startYear()).isEqualTo(2016);
    assertThat(plan.period().endYear()).isEqualTo(2020);
  }

  @Test
  void seventeenIndicatorsCoverBothTables() {
    assertThat(plan().indicators())
        .extracting(Indicator::code)
        .containsExactly(
            "XB-COMMUNITY-SIZE",
            "XB-HIGH-STANDARD-HARMONIOUS",
            "XB-URBAN-PREMISES-STANDARD",
            "XB-URBAN-PREMISES-AVERAGE",
            "XB-RURAL-PREMISES-STANDARD",
            "XB-RURAL-PREMISES-AVERAGE",
            "XB-OFFICE-SHARE",
            "XB-STREET-SERVICE-CENTRE",
            "XB-INFORMATISATION-COVERAGE",
            "XB-INFORMATISATION-PROGRESS",
            "XB-CERTIFIED-WORKERS",
            "XB-WORKER-PAY",
            "XB-URBAN-SOCIAL-ORGS",
            "XB-RURAL-SOCIAL-ORGS",
            "XB-PARTY-WORK-COVERAGE",
            "XB-GRID-MANAGEMENT",
            "XB-DEMOCRATIC-CONSULTATION");
  }

  @Test
  void everyItemOfTableOneHasAnIndicator() {
    // The nine items of 专栏一, each by its number in the provenance of some indicator.
    List<String> wordings =
        plan().indicators().stream().map(i -> i.provenance().originalText()).toList();
    for (String item :
        List.of(
            "1.社区规模",
            "2.高标准和谐社区创建",
            "3.城镇社区服务用房",
            "4.农村社区服务用房",
            "5.社区干部办公用房",
            "6.镇(街道)级社区服务中心",
            "7.45周岁以下城乡社区社工持证率",
            "8.城乡社区社工人均年收入",
            "9.城乡社区信息化工作覆盖率")) {
      assertThat(wordings).as(item).anyMatch(w -> w.startsWith(item));
    }
  }

  @Test
  void targetsOf2020() {
    Map<String, String> expected =
        Map.ofEntries(
            entry("XB-COMMUNITY-SIZE", "≥DYNAMICALLY_COMPLIANT@2020"),
            entry("XB-HIGH-STANDARD-HARMONIOUS", "≥100@2020"),
            entry("XB-URBAN-PREMISES-STANDARD", "≥700@2020"),
            entry("XB-URBAN-PREMISES-AVERAGE", "≥1000@2020"),
            entry("XB-RURAL-PREMISES-STANDARD", "≥500@2020"),
            entry("XB-RURAL-PREMISES-AVERAGE", "≥700@2020"),
            entry("XB-OFFICE-SHARE", "≤20@2020"),
            entry("XB-STREET-SERVICE-CENTRE", "≥100@2020"),
            entry("XB-INFORMATISATION-COVERAGE", "≥100@2020"),
            entry("XB-INFORMATISATION-PROGRESS", "≥CONSOLIDATED@2020"),
            entry("XB-CERTIFIED-WORKERS", "≥95@2020"),
            entry("XB-WORKER-PAY", "≥100@2020"),
            entry("XB-URBAN-SOCIAL-ORGS", "≥10@2020"),
            entry("XB-RURAL-SOCIAL-ORGS", "≥5@2020"),
            entry("XB-PARTY-WORK-COVERAGE", "≥100@2020"),
            entry("XB-GRID-MANAGEMENT", "≥EVERYWHERE@2020"),
            entry("XB-DEMOCRATIC-CONSULTATION", "≥100@2020"));
    assertThat(plan().indicators()).hasSize(expected.size());
    for (Indicator i : plan().indicators()) {
      assertThat(target(i)).as(i.code()).isEqualTo(expected.get(i.code()));
    }
  }

  @Test
  void yearlyMilestonesOfTableTwo() {
    Map<String, Map<Integer, String>> expected =
        Map.ofEntries(
            entry(
                "XB-COMMUNITY-SIZE",
                Map.of(2017, "≥PLAN_DRAFTED", 2018, "≥ADJUSTED", 2019, "≥DYNAMICALLY_COMPLIANT")),
            entry(
                "XB-HIGH-STANDARD-HARMONIOUS",
                Map.of(2017, "≥25", 2018, "≥50", 2019, "≥75", 2020, "≥100")),
            entry(
                "XB-URBAN-PREMISES-STANDARD",
                Map.of(2017, "≥70", 2018, "≥80", 2019, "≥90", 2020, "≥100")),
            entry(
                "XB-RURAL-PREMISES-STANDARD",
                Map.of(2017, "≥70", 2018, "≥80", 2019, "≥90", 2020, "≥100")),
            entry(
                "XB-STREET-SERVICE-CENTRE",
                Map.of(2017, "≥50", 2018, "≥70", 2019, "≥90", 2020, "≥100")),
            entry(
                "XB-CERTIFIED-WORKERS", Map.of(2017, "≥40", 2018, "≥60", 2019, "≥80", 2020, "≥95")),
            entry("XB-WORKER-PAY", Map.of(2020, "≥100")),
            entry(
                "XB-INFORMATISATION-PROGRESS",
                Map.of(
                    2017, "≥CITY_STANDARD_MET",
                    2018, "≥PILOT_TWO_TOWNS",
                    2019, "≥NEW_FUNCTIONS_ROLLED_OUT",
                    2020, "≥CONSOLIDATED")),
            entry("XB-URBAN-SOCIAL-ORGS", Map.of(2017, "≥6", 2018, "≥8", 2019, "≥9", 2020, "≥10")),
            entry("XB-RURAL-SOCIAL-ORGS", Map.of(2017, "≥3", 2018, "≥3", 2019, "≥4", 2020, "≥5")),
            entry(
                "XB-PARTY-WORK-COVERAGE",
                Map.of(2017, "≥100", 2018, "≥100", 2019, "≥100", 2020, "≥100")),
            entry(
                "XB-GRID-MANAGEMENT",
                Map.of(
                    2017, "≥PILOT_ONE_STREET",
                    2018, "≥URBAN_COMMUNITIES",
                    2019, "≥HALF_OF_TOWNS",
                    2020, "≥EVERYWHERE")),
            entry(
                "XB-DEMOCRATIC-CONSULTATION",
                Map.of(2017, ">0", 2018, "≥30", 2019, "≥60", 2020, "≥100")));
    for (Indicator i : plan().indicators()) {
      assertThat(milestones(i))
          .as(i.code())
          .containsExactlyInAnyOrderEntriesOf(expected.getOrDefault(i.code(), Map.of()));
    }
  }

  @Test
  void fullPartyWorkCoverageIsHeldEveryYear() {
    // 保持100%全覆盖 names no year: "keep" is read as every year the plan is in force, 2017–2020.
    Indicator party = indicator("XB-PARTY-WORK-COVERAGE");
    assertThat(party.milestones())
        .extracting(Milestone::year)
        .containsExactly(2017, 2018, 2019, 2020);
    for (Milestone m : party.milestones()) {
      assertThat(m.provenance().derivation()).as("%d", m.year()).isEqualTo(Derivation.DERIVED);
      assertThat(m.provenance().section()).as("%d", m.year()).isEqualTo(XinbeiSections.S3_3_1);
      assertThat(m.provenance().originalText()).contains("党的工作动态保持100%全覆盖");
      assertThat(m.provenance().note()).contains("held every year").contains("names no year");
    }
    assertThat(party.target().year()).isEqualTo(2020);
    assertThat(party.target().provenance())
        .isEqualTo(party.milestone(2020).orElseThrow().provenance());
  }

  @Test
  void cellsLostFromTableTwoComeFromTheRunningText() {
    // Row 2: 2020 lost; 三(二)1 states 100%, so the milestone is stated there and says why.
    assertThat(derivation("XB-HIGH-STANDARD-HARMONIOUS", 2019)).isEqualTo(Derivation.STATED);
    assertThat(derivation("XB-HIGH-STANDARD-HARMONIOUS", 2020)).isEqualTo(Derivation.STATED);
    assertThat(wording("XB-HIGH-STANDARD-HARMONIOUS", 2020)).contains("创建率达100%");
    assertThat(note("XB-HIGH-STANDARD-HARMONIOUS", 2020)).contains("was lost");
    assertThat(section("XB-HIGH-STANDARD-HARMONIOUS", 2020)).isEqualTo(XinbeiSections.S3_2_1);
    // Row 4: every cell lost, all four stated by 三(二)3.
    for (int year = 2017; year <= 2020; year++) {
      assertThat(derivation("XB-STREET-SERVICE-CENTRE", year)).isEqualTo(Derivation.STATED);
      assertThat(section("XB-STREET-SERVICE-CENTRE", year)).isEqualTo(XinbeiSections.S3_2_3);
      assertThat(wording("XB-STREET-SERVICE-CENTRE", year)).contains("分别达50%、70%、90%和100%");
      assertThat(note("XB-STREET-SERVICE-CENTRE", year)).contains("lost all its cells");
    }
    // Row 5: 2017 and 2018 printed; 2019 chained from 2018, 2020 stated by 三(五)3.
    assertThat(derivation("XB-CERTIFIED-WORKERS", 2017)).isEqualTo(Derivation.STATED);
    assertThat(derivation("XB-CERTIFIED-WORKERS", 2018)).isEqualTo(Derivation.STATED);
    assertThat(derivation("XB-CERTIFIED-WORKERS", 2019)).isEqualTo(Derivation.DERIVED);
    assertThat(wording("XB-CERTIFIED-WORKERS", 2019)).contains("每年提高20%");
    assertThat(derivation("XB-CERTIFIED-WORKERS", 2020)).isEqualTo(Derivation.STATED);
    assertThat(wording("XB-CERTIFIED-WORKERS", 2020)).contains("至2020年均达到95%");
    assertThat(note("XB-CERTIFIED-WORKERS", 2020)).contains("was lost");
    // Row 6: only 2020, read from 三(五)3 as at least 100% of the wage.
    assertThat(derivation("XB-WORKER-PAY", 2020)).isEqualTo(Derivation.DERIVED);
    assertThat(wording("XB-WORKER-PAY", 2020)).contains("达到上年度城镇职工平均工资水平");
    // Row 3: 2020 lost; 专栏一 requires the standard of every community, hence 100% of them.
    assertThat(derivation("XB-URBAN-PREMISES-STANDARD", 2020)).isEqualTo(Derivation.DERIVED);
    assertThat(wording("XB-URBAN-PREMISES-STANDARD", 2020)).contains("面积达700㎡以上");
    assertThat(wording("XB-RURAL-PREMISES-STANDARD", 2020)).contains("面积达500㎡以上");
    // Row 1 has no 2020 milestone: its cell is lost and no sentence states it.
    assertThat(indicator("XB-COMMUNITY-SIZE").milestone(2020)).isEmpty();
  }

  @Test
  void certificationRisesTwentyPointsOverThePreviousYear() {
    Indicator certified = indicator("XB-CERTIFIED-WORKERS");
    // 40% → 60% as printed, then 60% + 20 points = 80%: each year from the one before.
    assertThat(milestones(certified))
        .containsExactly(
            entry(2017, "≥40"), entry(2018, "≥60"), entry(2019, "≥80"), entry(2020, "≥95"));
    String note = note("XB-CERTIFIED-WORKERS", 2019);
    assertThat(note).contains("previous year").contains("percentage points").contains("48%");
    // Urban and rural communities must each reach the rates (均达到95%), not their pooled rate.
    assertThat(certified.eachArea()).containsExactly(AreaType.URBAN, AreaType.RURAL);
    assertThat(certified.scope().area()).isEqualTo(AreaType.ALL);
  }

  @Test
  void premisesStandardsArePerCommunityShares() {
    for (String code : List.of("XB-URBAN-PREMISES-STANDARD", "XB-RURAL-PREMISES-STANDARD")) {
      Indicator i = indicator(code);
      assertThat(i.perUnit()).as(code).isTrue();
      assertThat(i.scope().perUnit()).as(code).isTrue();
      assertThat(i.unit()).as(code).isEqualTo(Unit.SQUARE_METRES);
      assertThat(i.actualUnit()).as(code).isEqualTo(Unit.PERCENT);
      // Milestones are shares of communities meeting their standard.
      assertThat(milestones(i))
          .as(code)
          .containsExactly(
              entry(2017, "≥70"), entry(2018, "≥80"), entry(2019, "≥90"), entry(2020, "≥100"));
    }
    assertThat(indicator("XB-URBAN-PREMISES-STANDARD").perUnitClause().orElseThrow().zh())
        .isEqualTo("≥ 700 平方米/社区");
    assertThat(indicator("XB-RURAL-PREMISES-STANDARD").perUnitClause().orElseThrow().en())
        .isEqualTo("≥ 500 m² per community");
    assertThat(indicator("XB-URBAN-PREMISES-STANDARD").scope().area()).isEqualTo(AreaType.URBAN);
    assertThat(indicator("XB-RURAL-PREMISES-STANDARD").scope().area()).isEqualTo(AreaType.RURAL);
    // «平均达1000㎡» is an average over communities and stays one.
    for (String code : List.of("XB-URBAN-PREMISES-AVERAGE", "XB-RURAL-PREMISES-AVERAGE")) {
      assertThat(indicator(code).perUnit()).as(code).isFalse();
      assertThat(indicator(code).actualUnit()).as(code).isEqualTo(Unit.SQUARE_METRES);
      assertThat(indicator(code).perUnitClause()).as(code).isEmpty();
    }
  }

  @Test
  void informatisationCoverageMeasuresTheExtendedFunctions() {
    Indicator coverage = indicator("XB-INFORMATISATION-COVERAGE");
    // The 2020 target is the extended functions covering everyone, not 2017's platform running.
    assertThat(coverage.target().provenance().originalText()).contains("2020年实现平台功能扩展全覆盖");
    assertThat(coverage.milestones()).isEmpty();
    assertThat(coverage.computation().fields()).containsExactly("info_platform_functions_extended");
    var field = plan().form("XB-COMMUNITY").orElseThrow().field("info_platform_functions_extended");
    assertThat(field.orElseThrow().label().zh()).contains("功能扩展");
    assertThat(plan().form("XB-COMMUNITY").orElseThrow().field("info_platform_running")).isEmpty();
  }

  @Test
  void printedCellsAreStated() {
    for (String code :
        List.of("XB-INFORMATISATION-PROGRESS", "XB-GRID-MANAGEMENT", "XB-URBAN-SOCIAL-ORGS")) {
      for (Milestone m : indicator(code).milestones()) {
        assertThat(m.provenance().derivation())
            .as(code + " " + m.year())
            .isEqualTo(Derivation.STATED);
        assertThat(m.provenance().section()).startsWith("专栏二");
      }
    }
    assertThat(wording("XB-URBAN-SOCIAL-ORGS", 2018)).contains("城乡社区分别达8个、3个");
    assertThat(wording("XB-RURAL-SOCIAL-ORGS", 2019)).contains("城乡社区分别达9个、4个");
    assertThat(wording("XB-GRID-MANAGEMENT", 2019)).contains("扩大至50%的镇推行");
    assertThat(wording("XB-DEMOCRATIC-CONSULTATION", 2018)).contains("30%的村(社区)推行");
    // The 2017 pilot cannot be a share: the milestone is derived and says why.
    assertThat(derivation("XB-DEMOCRATIC-CONSULTATION", 2017)).isEqualTo(Derivation.DERIVED);
    assertThat(wording("XB-DEMOCRATIC-CONSULTATION", 2017)).contains("选择1个村、1个社区进行试点");
  }

  @Test
  void targetsKeepTheirWording() {
    assertThat(indicator("XB-OFFICE-SHARE").target().provenance().originalText())
        .contains("面积控制在社区用房面积的20%以内");
    assertThat(indicator("XB-URBAN-PREMISES-AVERAGE").target().provenance().originalText())
        .contains("平均达1000㎡");
    assertThat(indicator("XB-RURAL-PREMISES-AVERAGE").target().provenance().originalText())
        .contains("平均达700㎡");
    assertThat(indicator("XB-CERTIFIED-WORKERS").target().provenance().derivation())
        .isEqualTo(Derivation.STATED);
    assertThat(indicator("XB-URBAN-SOCIAL-ORGS").target().provenance().originalText())
        .contains("城市社区平均拥有社区社会组织不少于10个");
    assertThat(indicator("XB-PARTY-WORK-COVERAGE").target().provenance().originalText())
        .contains("党的工作动态保持100%全覆盖");
    // Targets read from words or restored from lost cells are derived, with a note.
    for (String code :
        List.of(
            "XB-COMMUNITY-SIZE",
            "XB-INFORMATISATION-COVERAGE",
            "XB-WORKER-PAY",
            "XB-PARTY-WORK-COVERAGE")) {
      var p = indicator(code).target().provenance();
      assertThat(p.derivation()).as(code).isEqualTo(Derivation.DERIVED);
      assertThat(p.note()).as(code).isNotBlank();
    }
  }

  @Test
  void unitsScopesAndDirections() {
    assertThat(indicator("XB-URBAN-PREMISES-AVERAGE").unit()).isEqualTo(Unit.SQUARE_METRES);
    assertThat(indicator("XB-URBAN-PREMISES-AVERAGE").scope().area()).isEqualTo(AreaType.URBAN);
    assertThat(indicator("XB-RURAL-PREMISES-STANDARD").scope().area()).isEqualTo(AreaType.RURAL);
    assertThat(indicator("XB-URBAN-SOCIAL-ORGS").unit()).isEqualTo(Unit.COUNT);
    assertThat(indicator("XB-RURAL-SOCIAL-ORGS").scope().area()).isEqualTo(AreaType.RURAL);
    assertThat(indicator("XB-OFFICE-SHARE").direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(indicator("XB-OFFICE-SHARE").scope().perUnit()).isTrue();
    assertThat(indicator("XB-STREET-SERVICE-CENTRE").scope().level())
        .isEqualTo(OrgUnitLevel.STREET);
    for (String code :
        List.of(
            "XB-COMMUNITY-SIZE",
            "XB-INFORMATISATION-PROGRESS",
            "XB-GRID-MANAGEMENT",
            "XB-WORKER-PAY")) {
      assertThat(indicator(code).scope().level()).as(code).isEqualTo(OrgUnitLevel.REGION);
    }
  }

  @Test
  void stagesAreTheCellsOfTableTwo() {
    assertThat(indicator("XB-COMMUNITY-SIZE").stages())
        .extracting(s -> s.name().zh())
        .containsExactly("拟定方案", "调整到位", "动态达标");
    assertThat(indicator("XB-GRID-MANAGEMENT").stages())
        .extracting(s -> s.name().zh())
        .containsExactly("选择1个街道试点", "城区社区全面推行", "扩大至50%的镇推行", "全面推行");
    assertThat(indicator("XB-INFORMATISATION-PROGRESS").stages())
        .extracting(s -> s.name().zh())
        .containsExactly("100%达市要求,并在2个社区进行试点功能拓展", "试点扩大至2个镇(街道)", "全面进行新功能推广", "巩固和完善");
    for (String code :
        List.of("XB-COMMUNITY-SIZE", "XB-INFORMATISATION-PROGRESS", "XB-GRID-MANAGEMENT")) {
      Indicator i = indicator(code);
      assertThat(i.unit()).isEqualTo(Unit.STAGE);
      var field =
          plan()
              .form(i.computation().formCode())
              .orElseThrow()
              .field(i.computation().fields().get(0))
              .orElseThrow();
      assertThat(field.options())
          .extracting(o -> o.code())
          .containsExactlyElementsOf(i.stages().stream().map(Stage::code).toList());
    }
  }

  @Test
  void nationalMappings() {
    Map<String, String> expected =
        Map.of(
            "XB-STREET-SERVICE-CENTRE", "STREET_SERVICE_CENTRE_COVERAGE",
            "XB-CERTIFIED-WORKERS", "CERTIFIED_COMMUNITY_WORKER_SHARE",
            "XB-INFORMATISATION-COVERAGE", "INFORMATION_PLATFORM_COVERAGE",
            "XB-URBAN-SOCIAL-ORGS", "SOCIAL_ORGS_PER_COMMUNITY",
            "XB-RURAL-SOCIAL-ORGS", "SOCIAL_ORGS_PER_COMMUNITY",
            "XB-DEMOCRATIC-CONSULTATION", "COMMUNITY_CONSULTATION_COVERAGE");
    for (Indicator i : plan().indicators()) {
      assertThat(i.nationalIndicator()).as(i.code()).isEqualTo(expected.get(i.code()));
    }
  }

  @Test
  void nationalMappingsSayHowTheyDiffer() {
    // Only the town and street service centre rate measures what the national one does.
    assertThat(indicator("XB-STREET-SERVICE-CENTRE").nationalApproximation()).isNull();
    assertThat(indicator("XB-CERTIFIED-WORKERS").nationalApproximation())
        .contains("aged 45 or under")
        .contains("all community workers");
    assertThat(indicator("XB-INFORMATISATION-COVERAGE").nationalApproximation())
        .contains("extended functions");
    assertThat(indicator("XB-URBAN-SOCIAL-ORGS").nationalApproximation())
        .startsWith("urban communities only");
    assertThat(indicator("XB-RURAL-SOCIAL-ORGS").nationalApproximation())
        .startsWith("rural communities (villages) only");
    assertThat(indicator("XB-DEMOCRATIC-CONSULTATION").nationalApproximation())
        .contains("villages and communities")
        .contains("urban communities");
  }
}

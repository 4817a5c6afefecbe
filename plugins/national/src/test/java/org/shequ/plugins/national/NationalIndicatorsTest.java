package org.shequ.plugins.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.Unit;

/** The plan's indicators against the review: every figure, its year, wording and derivation. */
class NationalIndicatorsTest {
  private final Plan plan = new NationalPlanModule().plan();

  private Indicator indicator(String code) {
    return plan.indicator(code).orElseThrow(() -> new AssertionError("no indicator " + code));
  }

  @Test
  void planIsTheNationalReviewOfTheThirteenthFiveYearPeriod() {
    assertThat(plan.id()).isEqualTo("national-2016-2020");
    assertThat(plan.region()).isNull();
    assertThat(plan.period().startYear()).isEqualTo(2016);
    assertThat(plan.period().endYear()).isEqualTo(2020);
    assertThat(plan.title().zh()).startsWith("共建共治共享 谱写基层社会治理新篇章");
    assertThat(plan.issuers())
        .singleElement()
        .satisfies(i -> assertThat(i.name().zh()).isEqualTo("民政部"));
    assertThat(plan.issueDate()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(plan.documentNumber()).isNull();
  }

  @Test
  void planHasTwentyFiveIndicators() {
    assertThat(plan.indicators()).hasSize(25);
  }

  /** code, value, year, derivation, unit, national code (or empty), phrase of the wording. */
  @ParameterizedTest(name = "{0} = {1} ({2})")
  @CsvSource({
    "NAT-URBAN-FACILITY-COVERAGE, 96.4, 2020, STATED, PERCENT, URBAN_SERVICE_FACILITY_COVERAGE,"
        + " 城市社区综合服务设施覆盖率为96.4%",
    "NAT-RURAL-FACILITY-COVERAGE, 83.7, 2020, STATED, PERCENT, RURAL_SERVICE_FACILITY_COVERAGE,"
        + " 农村社区综合服务设施覆盖率为83.7%",
    "NAT-SERVICE-FACILITIES, 442000, 2020, STATED, COUNT, , 城乡社区服务机构和设施总数44.2万个",
    "NAT-SERVICE-GUIDANCE-CENTRES, 513, 2020, STATED, COUNT, , 社区服务指导中心513个",
    "NAT-COMMUNITY-SERVICE-CENTRES, 27000, 2020, STATED, COUNT, , 社区服务中心2.7万个",
    "NAT-COMMUNITY-SERVICE-STATIONS, 318000, 2020, STATED, COUNT, , 社区服务站31.8万个",
    "NAT-OTHER-SERVICE-FACILITIES, 96000, 2020, STATED, COUNT, , 其他社区服务机构和设施9.6万个",
    "NAT-REGISTERED-VOLUNTEERS, 37410000, 2020, DERIVED, PERSONS, REGISTERED_COMMUNITY_VOLUNTEERS,"
        + " 注册社区志愿者3741万人",
    "NAT-TOWNSHIP-ONE-STOP-CENTRE, 95.5, 2020, DERIVED, PERCENT, TOWN_ONE_STOP_SERVICE_COVERAGE,"
        + " 95.5%的乡镇建有一站式服务中心",
    "NAT-TOWNSHIP-POWER-LISTS, 91.5, 2020, DERIVED, PERCENT, , 91.5%制定了政府权力清单和责任清单",
    "NAT-TOWNSHIP-DECISION-RULES, 98.5, 2020, DERIVED, PERCENT, , 98.5%建立了议事规则和决策程序",
    "NAT-TOWNSHIP-POWER-OVERSIGHT, 97.5, 2020, DERIVED, PERCENT, , 97.5%建立了行政权力运行制约和监督体系",
    "NAT-VILLAGE-ASSEMBLY-SYSTEM, 85, 2020, DERIVED, PERCENT, VILLAGE_ASSEMBLY_SYSTEM_COVERAGE,"
        + " 85%的村建立村民会议或者村民代表会议制度",
    "NAT-COMMUNITY-CONSULTATION-COMMITTEE, 64, 2020, DERIVED, PERCENT,"
        + " COMMUNITY_CONSULTATION_COVERAGE, 64%的社区建立协商议事委员会",
    "NAT-VILLAGE-ANNUAL-ASSEMBLY, 35, 2020, DERIVED, PERCENT, , 35%的村每年召开村民会议",
    "NAT-VILLAGE-REPRESENTATIVE-MEETINGS, 57, 2020, DERIVED, PERCENT, , 57%的村每年召开一次以上村民代表会议",
    "NAT-PROVINCES-VILLAGE-COMMITTEE-MEASURES, 30, 2019, STATED, COUNT, ,"
        + " '截至2019年底,全国有30个省(自治区、直辖市)制定或者修订村民委员会组织法实施办法'",
    "NAT-PROVINCES-VILLAGE-ELECTION-MEASURES, 29, 2019, STATED, COUNT, , 29个省份制定或者修订村民委员会选举办法",
    "NAT-PROVINCES-TERM-REGULATIONS, 22, 2020, DERIVED, COUNT, , 22个省(区、市)完成了相应的配套法规修改工作",
    "NAT-PROVINCES-UNIFIED-ELECTION-TERM, 28, 2020, DERIVED, COUNT, ,"
        + " 全国28个省(自治区、直辖市)实现了村民委员会和居民委员会换届选举统一届期",
    "NAT-ELECTION-TURNOUT, 90, 2020, DERIVED, PERCENT, ELECTION_TURNOUT, 参选率达到90%以上",
    "NAT-VILLAGE-RULES, 98, 2020, DERIVED, PERCENT, VILLAGE_RULES_COVERAGE, 全国98%的村制订了村规民约或村民自治章程",
    "NAT-INFO-BENEFIT-PILOT-CITIES, 80, 2020, DERIVED, COUNT, , 在全国80个城市开展国家信息惠民试点",
    "NAT-INFO-PLATFORM-PILOTS, 96, 2020, DERIVED, COUNT, , 指导96个社区公共服务综合信息平台建设试点单位",
    "NAT-SMART-COMMUNITY-PILOTS, 44, 2020, DERIVED, COUNT, , 44个智慧社区建设试点单位完成试点工作"
  })
  void everyFigureOfTheReviewIsABaseline(
      String code,
      String value,
      int year,
      Derivation derivation,
      Unit unit,
      String national,
      String phrase) {
    Indicator i = indicator(code);
    assertThat(i.baseline()).as(code).isNotNull();
    assertThat(((Figure.Number) i.baseline().value()).value()).isEqualByComparingTo(value);
    assertThat(i.baseline().year()).isEqualTo(year);
    assertThat(i.baseline().provenance().derivation()).isEqualTo(derivation);
    assertThat(i.baseline().provenance().originalText()).contains(phrase);
    assertThat(i.provenance().derivation()).isEqualTo(Derivation.STATED);
    assertThat(i.unit()).isEqualTo(unit);
    assertThat(i.nationalIndicator()).isEqualTo(national);
    // National figures are reported once, at region level, on the national summary.
    assertThat(i.scope().level()).isEqualTo(OrgUnitLevel.REGION);
    assertThat(i.computation().formCode()).isEqualTo("NATIONAL-SUMMARY");
  }

  @Test
  void theOnlyTargetsAreTheTwoCoverageTargetsOfTheTwentySixteenPlan() {
    assertThat(plan.indicators().stream().filter(i -> i.target() != null).map(Indicator::code))
        .containsExactlyInAnyOrder("NAT-URBAN-FACILITY-COVERAGE", "NAT-RURAL-FACILITY-COVERAGE");
    assertThat(plan.indicators()).allSatisfy(i -> assertThat(i.milestones()).isEmpty());
    assertThat(plan.indicators()).allSatisfy(i -> assertThat(i.stages()).isEmpty());
  }

  @Test
  void urbanCoverageTargetIsFullCoverageReadAsOneHundredPercent() {
    var target = indicator("NAT-URBAN-FACILITY-COVERAGE").target();
    assertThat(target.year()).isEqualTo(2020);
    assertThat(target.clauses())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.comparator()).isEqualTo(Comparator.AT_LEAST);
              assertThat(((Figure.Number) c.value()).value()).isEqualByComparingTo("100");
            });
    assertThat(target.provenance().derivation()).isEqualTo(Derivation.DERIVED);
    assertThat(target.provenance().originalText()).contains("力争到2020年实现城市社区综合服务设施全覆盖");
    assertThat(target.provenance().note()).contains("全覆盖").contains("100");
  }

  @Test
  void ruralCoverageTargetIsFiftyPercentAsStated() {
    var target = indicator("NAT-RURAL-FACILITY-COVERAGE").target();
    assertThat(target.year()).isEqualTo(2020);
    assertThat(target.clauses())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.comparator()).isEqualTo(Comparator.AT_LEAST);
              assertThat(((Figure.Number) c.value()).value()).isEqualByComparingTo("50");
            });
    assertThat(target.provenance().derivation()).isEqualTo(Derivation.STATED);
    assertThat(target.provenance().originalText()).contains("农村社区综合服务设施覆盖率达到50%");
    assertThat(target.provenance().section()).isEqualTo("顶层设计空前加强 为社区治理体制机制改革提供遵循");
  }

  @Test
  void derivedFiguresSayHowTheyWereDerived() {
    assertThat(indicator("NAT-ELECTION-TURNOUT").baseline().provenance().note())
        .contains("90%以上")
        .contains("lower bound");
    assertThat(indicator("NAT-REGISTERED-VOLUNTEERS").baseline().provenance().note())
        .contains("3741万");
    assertThat(indicator("NAT-VILLAGE-RULES").baseline().provenance().note()).contains("no date");
    assertThat(indicator("NAT-COMMUNITY-SERVICE-STATIONS").baseline().provenance().note())
        .contains("31.8万")
        .contains("截至2020年9月");
  }

  @Test
  void sharesAreRecomputedFromCountsAndTotalsAreSummed() {
    assertThat(indicator("NAT-URBAN-FACILITY-COVERAGE").computation())
        .isEqualTo(
            new Computation.RatioOfSums(
                "NATIONAL-SUMMARY",
                "urban_communities_with_facility",
                "urban_communities",
                BigDecimal.valueOf(100)));
    assertThat(indicator("NAT-TOWNSHIP-POWER-LISTS").computation().fields())
        .containsExactly("townships_with_power_lists", "townships_surveyed");
    assertThat(indicator("NAT-REGISTERED-VOLUNTEERS").computation())
        .isEqualTo(new Computation.Sum("NATIONAL-SUMMARY", "registered_community_volunteers"));
    assertThat(
            plan.indicators().stream()
                .filter(i -> i.unit() == Unit.PERCENT)
                .map(Indicator::computation))
        .allSatisfy(c -> assertThat(c).isInstanceOf(Computation.RatioOfSums.class));
  }

  @Test
  void sectionsAreTheReviewsHeadings() {
    assertThat(indicator("NAT-VILLAGE-ANNUAL-ASSEMBLY").provenance().section())
        .isEqualTo("协商参与渐成常态 为城乡社区治理供给持久动能");
    assertThat(indicator("NAT-VILLAGE-RULES").provenance().section())
        .isEqualTo("法治建设全面加强 为城乡社区治理有序开展保驾护航");
    assertThat(indicator("NAT-SMART-COMMUNITY-PILOTS").provenance().section())
        .isEqualTo("数字技术广泛应用 为城乡社区治理提供科技支撑");
    assertThat(indicator("NAT-SERVICE-FACILITIES").provenance().section())
        .isEqualTo("政府依法担当作为 为城乡社区治理创设良好环境");
  }

  @Test
  void theAimsTheReviewQuotesAreGoalsWithoutAYearOfTheirOwn() {
    assertThat(plan.goals())
        .extracting(g -> g.code(), g -> g.text().zh())
        .containsExactly(
            tuple("GOAL-1", "推进城乡社区服务均等化、智能化、多元化,提升城乡社区服务体系建设水平,让社区居民对社区服务水平的提升有切身感受"),
            tuple("GOAL-2", "坚持和完善共建共治共享的社会治理制度,健全社区管理和服务机制,构建基层社会治理新格局"),
            tuple("GOAL-3", "建设人人有责、人人尽责、人人享有的社会治理共同体"),
            tuple("GOAL-4", "提高社会治理法治化水平"),
            tuple("GOAL-5", "提高社会治理智能化水平"));
    assertThat(plan.goals())
        .allSatisfy(
            g -> {
              assertThat(g.year()).as(g.code()).isNull();
              assertThat(g.provenance().derivation()).as(g.code()).isEqualTo(Derivation.STATED);
              assertThat(g.provenance().originalText()).as(g.code()).contains(g.text().zh());
              assertThat(g.provenance().note()).as(g.code()).contains("as the review quotes it");
            });
    assertThat(plan.goals().get(0).provenance().note()).contains("城乡社区服务体系建设规划");
    assertThat(plan.goals().get(3).provenance().section()).isEqualTo("法治建设全面加强 为城乡社区治理有序开展保驾护航");
  }

  @Test
  void theReviewsFiguresAreBaselinesAndBenchmarksNotGuesses() {
    // Every figure of the review dates from 2019–2020, inside the plan's period, so it is a
    // baseline of a plan indicator (and a catalogue benchmark where one maps), never a
    // review figure of an earlier period; nothing of the page was lost.
    assertThat(plan.reviewFigures()).isEmpty();
    assertThat(plan.lost()).isEmpty();
    assertThat(plan.indicators())
        .allSatisfy(
            i -> {
              assertThat(i.baseline()).as(i.code()).isNotNull();
              assertThat(i.baseline().year()).as(i.code()).isBetween(2019, 2020);
            });
  }

  @Test
  void fourthPlenumWordingKeepsTheReviewsNoBreakSpace() {
    assertThat(plan.task("NAT-T-PLENUM-4").orElseThrow().provenance().originalText())
        .startsWith("2019年10\u00a0月,党的十九届四中全会");
  }
}

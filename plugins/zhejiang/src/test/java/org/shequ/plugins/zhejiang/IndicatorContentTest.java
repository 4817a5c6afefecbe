package org.shequ.plugins.zhejiang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plugins.zhejiang.PlanFixture.PLAN;
import static org.shequ.plugins.zhejiang.PlanFixture.indicator;
import static org.shequ.plugins.zhejiang.PlanFixture.number;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Milestone;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Stage;
import org.shequ.plan.api.Target.TargetClause;
import org.shequ.plan.api.Tolerance;
import org.shequ.plan.api.Unit;

/** The plan's identity and indicators, checked against the document's own figures. */
class IndicatorContentTest {

  private static final String TABLE = "附件 浙江省城乡社区治理“十三五”规划指标汇总表";

  @Test
  void planIdentity() {
    assertThat(PLAN.id()).isEqualTo("zhejiang-2016-2020");
    assertThat(PLAN.region()).isEqualTo("zhejiang");
    assertThat(PLAN.title().zh()).isEqualTo("浙江省城乡社区治理“十三五”发展规划");
    assertThat(PLAN.issuers())
        .singleElement()
        .satisfies(i -> assertThat(i.name().zh()).isEqualTo("浙江省民政厅"));
    assertThat(PLAN.issueDate()).isEqualTo(LocalDate.of(2017, 1, 5));
    assertThat(PLAN.publishedDate()).isEqualTo(LocalDate.of(2020, 8, 4));
    assertThat(PLAN.documentNumber()).isNull();
    assertThat(PLAN.period().startYear()).isEqualTo(2016);
    assertThat(PLAN.period().endYear()).isEqualTo(2020);
  }

  @Test
  void indicatorCodes() {
    assertThat(PLAN.indicators())
        .extracting(Indicator::code)
        .containsExactly(
            // 附件 指标汇总表, rows 1-8
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
            "ZJ-08",
            // running text
            "ZJ-SW-TRAINING",
            "ZJ-SW-SUPERVISORS",
            "ZJ-DEMO-COUNTIES",
            "ZJ-SW-AGENCY-URBAN",
            "ZJ-SW-AGENCY-RURAL",
            // no figure to reach: tracked and compared nationally
            "ZJ-URBAN-SERVICE-CENTRE",
            "ZJ-STREET-SERVICE-CENTRES",
            "ZJ-STREET-SERVICE-CENTRE-COVERAGE",
            "ZJ-VOLUNTEERS",
            "ZJ-VOLUNTEER-RATE",
            "ZJ-CONSULTATION",
            "ZJ-VILLAGE-RULES",
            "ZJ-DIRECT-ELECTION",
            "ZJ-CERTIFIED-SHARE",
            "ZJ-SW-PER-COMMUNITY");
  }

  /** Every numeric target in the document, its baseline where there is one, and its mapping. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "ZJ-02               | 93     | STATED  | 95     | STATED  | RURAL_SERVICE_FACILITY_COVERAGE",
        "ZJ-03-MODEL         | 0      | DERIVED | 30     | STATED  | -",
        "ZJ-03-IMPROVED      | 0      | DERIVED | 50     | STATED  | -",
        "ZJ-04-URBAN         | -      | -       | 60     | STATED  | INFORMATION_PLATFORM_COVERAGE",
        "ZJ-04-RURAL         | -      | -       | 30     | STATED  | INFORMATION_PLATFORM_COVERAGE",
        "ZJ-05               | 100000 | DERIVED | 150000 | STATED  | -",
        "ZJ-05-URBAN         | -      | -       | 15     | STATED  | SOCIAL_ORGS_PER_COMMUNITY",
        "ZJ-05-RURAL         | -      | -       | 5      | STATED  | SOCIAL_ORGS_PER_COMMUNITY",
        "ZJ-06-RURAL         | -      | -       | 33.33  | DERIVED | -",
        "ZJ-07               | 10550  | STATED  | 14770  | DERIVED | -",
        "ZJ-07-RURAL         | -      | -       | 1      | STATED  | -",
        "ZJ-SW-AGENCY-RURAL  | -      | -       | 33.33  | DERIVED | -",
        "ZJ-SW-TRAINING      | -      | -       | 100    | DERIVED | -",
        "ZJ-SW-SUPERVISORS   | -      | -       | 200    | DERIVED | -",
        "ZJ-DEMO-COUNTIES    | -      | -       | 10     | DERIVED | -",
      })
  void numericTargets(
      String code,
      String baseline,
      Derivation baselineDerivation,
      String target,
      Derivation targetDerivation,
      String national) {
    Indicator i = indicator(code);
    if (baseline == null) {
      assertThat(i.baseline()).isNull();
    } else {
      assertThat(number(i.baseline().value())).isEqualByComparingTo(baseline);
      assertThat(i.baseline().year()).isEqualTo(2015);
      assertThat(i.baseline().provenance().derivation()).isEqualTo(baselineDerivation);
    }
    assertThat(i.target().year()).isEqualTo(2020);
    TargetClause clause = i.target().clauses().get(0);
    assertThat(i.target().clauses()).hasSize(1);
    assertThat(clause.appliesTo()).isEqualTo(OrgUnitCondition.any());
    assertThat(clause.comparator()).isEqualTo(comparatorOf(code));
    assertThat(number(clause.value())).isEqualByComparingTo(target);
    assertThat(i.target().provenance().derivation()).isEqualTo(targetDerivation);
    assertThat(i.nationalIndicator()).isEqualTo(national);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ZJ-06                    | 4245 | STATED",
        "ZJ-06-AGENCIES           | 420  | DERIVED",
        "ZJ-STREET-SERVICE-CENTRES| 1393 | DERIVED",
        "ZJ-CERTIFIED-SHARE       | 8.19 | DERIVED",
      })
  void baselinesWithoutTargets(String code, String baseline, Derivation derivation) {
    Indicator i = indicator(code);
    assertThat(number(i.baseline().value())).isEqualByComparingTo(baseline);
    assertThat(i.baseline().year()).isEqualTo(2015);
    assertThat(i.baseline().provenance().derivation()).isEqualTo(derivation);
    assertThat(i.target()).isNull();
  }

  // “基本覆盖”, “数量和质量提升”, “不断扩大”: the document gives no figure, so neither does the plan.
  @ParameterizedTest
  @ValueSource(
      strings = {
        "ZJ-05-HUB-STREETS",
        "ZJ-05-HUB-COMMUNITIES",
        "ZJ-06-URBAN",
        "ZJ-06-AGENCIES",
        "ZJ-07-URBAN",
        "ZJ-SW-AGENCY-URBAN",
        "ZJ-URBAN-SERVICE-CENTRE",
        "ZJ-STREET-SERVICE-CENTRES",
        "ZJ-STREET-SERVICE-CENTRE-COVERAGE",
        "ZJ-VOLUNTEERS",
        "ZJ-VOLUNTEER-RATE",
        "ZJ-CONSULTATION",
        "ZJ-VILLAGE-RULES",
        "ZJ-DIRECT-ELECTION",
        "ZJ-CERTIFIED-SHARE",
        "ZJ-SW-PER-COMMUNITY"
      })
  void noTargetWhereTheDocumentGivesNoFigure(String code) {
    assertThat(indicator(code).target()).isNull();
    assertThat(indicator(code).milestones()).isEmpty();
  }

  @Test
  void onlyYearlyFiguresAndTheCatalogueHaveMilestones() {
    assertThat(PLAN.indicators())
        .filteredOn(i -> !i.milestones().isEmpty())
        .extracting(Indicator::code)
        .containsExactlyInAnyOrder(
            "ZJ-01", "ZJ-SW-TRAINING", "ZJ-SW-SUPERVISORS", "ZJ-DEMO-COUNTIES");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ZJ-SW-TRAINING, 100", "ZJ-SW-SUPERVISORS, 200", "ZJ-DEMO-COUNTIES, 10"})
  void yearlyFiguresAreMilestonesEveryYearFrom2017To2020(String code, String value) {
    List<Milestone> milestones = indicator(code).milestones();
    // 每年: every year from the plan's issue, the last year included.
    assertThat(milestones).extracting(Milestone::year).containsExactly(2017, 2018, 2019, 2020);
    assertThat(indicator(code).target().year()).isEqualTo(2020);
    for (Milestone m : milestones) {
      assertThat(m.comparator()).isEqualTo(comparatorOf(code));
      assertThat(m.value()).isEqualTo(indicator(code).target().clauses().get(0).value());
      assertThat(number(m.value())).isEqualByComparingTo(value);
      assertThat(m.provenance().derivation()).isEqualTo(Derivation.DERIVED);
      assertThat(m.provenance().originalText()).contains("每年");
    }
  }

  @Test
  void standardsCatalogueIsAStageIndicatorDueIn2017() {
    Indicator i = indicator("ZJ-01");
    assertThat(i.unit()).isEqualTo(Unit.STAGE);
    assertThat(i.scope()).isEqualTo(Scope.region());
    assertThat(i.stages()).extracting(s -> s.name().zh()).containsExactly("未制订", "制订参考目录");
    assertThat(i.baseline().value()).isEqualTo(Figure.stage("NOT_DRAWN_UP"));
    assertThat(i.baseline().provenance().originalText()).isEqualTo("未制订");
    Milestone m = i.milestone(2017).orElseThrow();
    assertThat(m.value()).isEqualTo(Figure.stage("REFERENCE_CATALOGUE_DRAWN_UP"));
    assertThat(m.provenance().section()).isEqualTo("四(一)1");
    assertThat(m.provenance().originalText()).startsWith("2017年初出台社区公共服务相关标准目录");
    assertThat(i.target().clauses().get(0).value())
        .isEqualTo(Figure.stage("REFERENCE_CATALOGUE_DRAWN_UP"));
    assertThat(i.target().provenance().originalText()).isEqualTo("制订参考目录");
    assertThat(i.computation()).isInstanceOf(Computation.LatestStage.class);
  }

  @Test
  void studioGuidanceIsAStageIndicator() {
    Indicator i = indicator("ZJ-06-GUIDANCE");
    assertThat(i.stages()).extracting(Stage::code).containsExactly("NOT_ISSUED", "ISSUED");
    assertThat(i.baseline()).isNull();
    assertThat(i.target().year()).isEqualTo(2020);
    assertThat(i.target().clauses().get(0).value()).isEqualTo(Figure.stage("ISSUED"));
    assertThat(i.target().provenance().originalText()).isEqualTo("建立社区社会工作室规范运行指导意见");
  }

  @Test
  void ruralServiceCentreBaselineIs93PercentAsTheTableAndTextSay() {
    Indicator i = indicator("ZJ-02");
    assertThat(i.baseline().provenance().section()).isEqualTo(TABLE);
    assertThat(i.baseline().provenance().originalText()).isEqualTo("覆盖率93%");
    assertThat(i.target().provenance().originalText()).isEqualTo("覆盖率95%以上");
    assertThat(i.scope()).isEqualTo(Scope.communities(AreaType.RURAL));
    assertThat(i.unit()).isEqualTo(Unit.PERCENT);
  }

  @Test
  void leaderTalentsDependOnWhetherACountyIsLessDeveloped() {
    Indicator i = indicator("ZJ-08");
    assertThat(i.scope()).isEqualTo(new Scope(AreaType.ALL, OrgUnitLevel.COUNTY, true));
    assertThat(number(i.baseline().value())).isZero();
    assertThat(i.baseline().provenance().derivation()).isEqualTo(Derivation.DERIVED);
    assertThat(i.baseline().provenance().originalText()).isEqualTo("未开展");
    assertThat(i.target().clauses())
        .containsExactly(
            new TargetClause(
                new OrgUnitCondition.HasTag("less-developed"),
                Comparator.BETWEEN,
                Figure.range("1", "2")),
            new TargetClause(
                OrgUnitCondition.any(),
                Comparator.APPROXIMATELY,
                Figure.about(3, Tolerance.absolute(1))));
    assertThat(i.target().provenance().originalText()).isEqualTo("每个县(市、区)培育3名左右,欠发达地区培育1-2名");
    // The band is the plan's reading of 左右, not the document's: derived, and it says why.
    assertThat(i.target().provenance().derivation()).isEqualTo(Derivation.DERIVED);
    assertThat(i.target().provenance().note()).contains("3名左右", "3 ± 1", "2–4");
    assertThat(i.computation()).isInstanceOf(Computation.ShareMeetingTarget.class);
  }

  @Test
  void theVillageFundStandardIsReviewContextNotATarget() {
    // 一(一)1 reports a standard raised from 2015; no clause of the plan sets it as a goal.
    assertThat(PLAN.indicator("ZJ-VILLAGE-FUNDS")).isEmpty();
    assertThat(PLAN.indicators())
        .noneSatisfy(
            i -> assertThat(i.provenance().originalText()).contains("人口在1500人以上的村不少于10万元"));
  }

  @Test
  void certifiedWorkersTargetIs40PercentAboveABaselineOfTheSameScope() {
    Indicator i = indicator("ZJ-07");
    assertThat(number(i.target().clauses().get(0).value()))
        .isEqualByComparingTo(number(i.baseline().value()).multiply(new BigDecimal("1.4")));
    assertThat(i.target().provenance().originalText()).contains("提高40%以上");
    assertThat(i.target().provenance().note()).contains("10,550 × 1.4", "urban and rural");
    // 10,550 counts the certified community workers of urban and rural communities together
    // (一(一)1), so the target it yields is judged over the same scope.
    assertThat(i.scope()).isEqualTo(Scope.communities(AreaType.ALL));
    assertThat(i.baseline().provenance().note()).contains("urban and rural");
    Indicator urban = indicator("ZJ-07-URBAN");
    assertThat(urban.scope()).isEqualTo(Scope.communities(AreaType.URBAN));
    assertThat(urban.baseline()).isNull();
    assertThat(urban.target()).isNull();
  }

  @Test
  void theCertifiedShareMeasuresTheScopeOfBothItsCounts() {
    Indicator i = indicator("ZJ-CERTIFIED-SHARE");
    assertThat(i.scope()).isEqualTo(Scope.communities(AreaType.ALL));
    assertThat(number(i.baseline().value())).isEqualByComparingTo("8.19");
    assertThat(i.baseline().provenance().note()).contains("10,550", "128,833", "urban and rural");
  }

  @Test
  void runningTextTargetsQuoteTheirSentences() {
    assertThat(indicator("ZJ-SW-TRAINING").target().provenance().originalText())
        .contains("每年不少于40小时");
    assertThat(indicator("ZJ-SW-TRAINING").target().provenance().section()).isEqualTo("五(三)");
    assertThat(indicator("ZJ-SW-SUPERVISORS").target().provenance().originalText())
        .contains("每年培养200人左右的社区社会工作督导");
    assertThat(indicator("ZJ-DEMO-COUNTIES").target().provenance().originalText())
        .contains("每年建设10个左右的示范县(市、区)");
    assertThat(indicator("ZJ-DEMO-COUNTIES").target().provenance().section()).isEqualTo("四(五)3");
    assertThat(indicator("ZJ-SW-AGENCY-RURAL").target().provenance().originalText())
        .contains("民办社会工作机构基本覆盖城市社区和三分之一以上的农村社区");
    assertThat(indicator("ZJ-05").target().provenance().originalText()).contains("15万个以上");
    assertThat(indicator("ZJ-05").baseline().provenance().originalText()).isEqualTo("10万余个");
    assertThat(indicator("ZJ-CERTIFIED-SHARE").baseline().provenance().originalText())
        .contains("全省城乡社区工作者总人数128833人")
        .contains("社区工作者10550人");
  }

  @Test
  void tableIndicatorsCiteTheTable() {
    for (String code :
        List.of(
            "ZJ-01",
            "ZJ-02",
            "ZJ-03-MODEL",
            "ZJ-04-URBAN",
            "ZJ-05",
            "ZJ-06",
            "ZJ-07-RURAL",
            "ZJ-08")) {
      assertThat(indicator(code).provenance().section()).as(code).isEqualTo(TABLE);
    }
    assertThat(indicator("ZJ-04-RURAL").provenance().originalText()).isEqualTo("社区公共服务综合信息平台覆盖率");
    assertThat(indicator("ZJ-08").provenance().originalText()).isEqualTo("社区工作领军人才");
  }

  @Test
  void nationalMappings() {
    assertThat(indicator("ZJ-URBAN-SERVICE-CENTRE").nationalIndicator())
        .isEqualTo("URBAN_SERVICE_FACILITY_COVERAGE");
    assertThat(indicator("ZJ-STREET-SERVICE-CENTRE-COVERAGE").nationalIndicator())
        .isEqualTo("STREET_SERVICE_CENTRE_COVERAGE");
    assertThat(indicator("ZJ-VOLUNTEERS").nationalIndicator())
        .isEqualTo("REGISTERED_COMMUNITY_VOLUNTEERS");
    assertThat(indicator("ZJ-VOLUNTEER-RATE").nationalIndicator())
        .isEqualTo("VOLUNTEER_REGISTRATION_RATE");
    assertThat(indicator("ZJ-CONSULTATION").nationalIndicator())
        .isEqualTo("COMMUNITY_CONSULTATION_COVERAGE");
    assertThat(indicator("ZJ-VILLAGE-RULES").nationalIndicator())
        .isEqualTo("VILLAGE_RULES_COVERAGE");
    assertThat(indicator("ZJ-CERTIFIED-SHARE").nationalIndicator())
        .isEqualTo("CERTIFIED_COMMUNITY_WORKER_SHARE");
    assertThat(indicator("ZJ-SW-PER-COMMUNITY").nationalIndicator())
        .isEqualTo("SOCIAL_WORKERS_PER_COMMUNITY");
    // Counts and per-unit shares measure something else than the national codes.
    assertThat(indicator("ZJ-05").nationalIndicator()).isNull();
    assertThat(indicator("ZJ-07-RURAL").nationalIndicator()).isNull();
  }

  /** The "左右" (about) figures are held as APPROXIMATELY, never as "at least". */
  private static Comparator comparatorOf(String code) {
    return Set.of("ZJ-SW-SUPERVISORS", "ZJ-DEMO-COUNTIES").contains(code)
        ? Comparator.APPROXIMATELY
        : Comparator.AT_LEAST;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ZJ-SW-SUPERVISORS, 200, 180, 220, 200人左右",
    "ZJ-DEMO-COUNTIES,  10,  9,   11,  10个左右"
  })
  void aboutFiguresCarryTheirBandAndSayWhy(
      String code, String value, String min, String max, String wording) {
    Indicator i = indicator(code);
    Figure.About about = (Figure.About) i.target().clauses().get(0).value();
    assertThat(about.value()).isEqualByComparingTo(value);
    assertThat(about.tolerance()).isEqualTo(Tolerance.relative("0.10"));
    assertThat(about.min()).isEqualByComparingTo(min);
    assertThat(about.max()).isEqualByComparingTo(max);
    assertThat(i.target().provenance().originalText()).contains(wording);
    assertThat(i.target().provenance().note())
        .contains(wording, "± 10 %", min + "–" + max)
        .doesNotContain("at least");
  }

  @Test
  void noTargetOrMilestoneWordedAsAboutIsHeldAsAtLeast() {
    for (Indicator i : PLAN.indicators()) {
      List<Comparator> held = new java.util.ArrayList<>();
      if (i.target() != null && i.target().provenance().originalText().contains("左右")) {
        i.target().clauses().stream()
            .filter(c -> c.appliesTo().equals(OrgUnitCondition.any()))
            .forEach(c -> held.add(c.comparator()));
      }
      i.milestones().stream()
          .filter(m -> m.provenance().originalText().contains("左右"))
          .forEach(m -> held.add(m.comparator()));
      assertThat(held).as(i.code()).doesNotContain(Comparator.AT_LEAST);
    }
  }
}

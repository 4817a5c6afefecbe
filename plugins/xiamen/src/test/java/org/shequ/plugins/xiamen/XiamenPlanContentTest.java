package org.shequ.plugins.xiamen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Goal;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Issuer;
import org.shequ.plan.api.LostContent;
import org.shequ.plan.api.Milestone;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.Stage;
import org.shequ.plan.api.Target;
import org.shequ.plan.api.Tolerance;
import org.shequ.plan.api.Unit;

/** The plan's identity, indicators and figures against 厦民〔2017〕235号. */
class XiamenPlanContentTest {
  private final Plan plan = new XiamenPlanModule().plan();

  @Test
  void identifiesTheDocument() {
    assertThat(plan.id()).isEqualTo("xiamen-2016-2020");
    assertThat(plan.region()).isEqualTo("xiamen");
    assertThat(plan.title().zh()).isEqualTo("厦门市城乡社区服务体系建设规划(2016-2020年)");
    assertThat(plan.documentNumber()).isEqualTo("厦民〔2017〕235号");
    assertThat(plan.issueDate()).isEqualTo(LocalDate.of(2017, 9, 14));
    assertThat(plan.period().startYear()).isEqualTo(2016);
    assertThat(plan.period().endYear()).isEqualTo(2020);
  }

  @Test
  void civilAffairsBureauLeadsSeventeenCoIssuers() {
    assertThat(plan.issuers()).hasSize(18);
    assertThat(plan.issuers().stream().filter(Issuer::lead).map(i -> i.name().zh()))
        .containsExactly("厦门市民政局");
    assertThat(plan.issuers().stream().filter(i -> !i.lead()).map(i -> i.name().zh()))
        .containsExactly(
            "中共厦门市委组织部",
            "厦门市综治办",
            "厦门市发改委",
            "厦门市教育局",
            "厦门市经信局",
            "厦门市公安局",
            "厦门市司法局",
            "厦门市财政局",
            "厦门市人社局",
            "厦门市规划委",
            "厦门市建设局",
            "厦门市国土房产局",
            "厦门市农业局",
            "厦门市文广新局",
            "厦门市卫计委",
            "厦门市体育局",
            "厦门市残联");
  }

  @Test
  void listsEveryIndicator() {
    assertThat(plan.indicators().stream().map(Indicator::code))
        .containsExactly(
            "XM-RURAL-CHECKLIST",
            "XM-RURAL-SIX-HAVES",
            "XM-RURAL-FIVE-ROOMS",
            "XM-RURAL-FOUR-CENTRES",
            "XM-URBAN-WORKSTATIONS",
            "XM-RURAL-WORKSTATIONS",
            "XM-GRID-PLATFORM",
            "XM-STREET-SERVICE-CENTRES",
            "XM-BASIC-PUBLIC-SERVICES",
            "XM-URBAN-PURCHASED-SERVICES",
            "XM-RURAL-PURCHASED-SERVICES",
            "XM-RURAL-SERVICE-STANDARDS",
            "XM-DISTRICT-DEMO-BRANDS",
            "XM-MEDIATION-COMMITTEES",
            "XM-STANDARDS-SYSTEM",
            "XM-COMMITTEE-NEW-MEMBERS",
            "XM-COMMITTEE-COLLEGE",
            "XM-COMMITTEE-UNDER-35",
            "XM-CERTIFIED-SOCIAL-WORKERS",
            "XM-SOCIAL-WORKERS-PER-10K",
            "XM-COMMUNITY-SOCIAL-WORKER",
            "XM-CERTIFIED-COMMUNITY-WORKERS",
            "XM-SOCIAL-ORGS-PER-COMMUNITY",
            "XM-REGISTERED-VOLUNTEERS",
            "XM-VOLUNTEER-SHARE",
            "XM-CITY-SECRETARY-TRAINING",
            "XM-DISTRICT-ROTATION-TRAINING",
            "XM-STREET-ROTATION-TRAINING",
            "XM-SYSTEM-ROTATION-TRAINING");
  }

  @Test
  void committeeTargetsFor2018WithThePreviousTermAsBaseline() {
    assertTarget("XM-COMMITTEE-NEW-MEMBERS", 2018, Comparator.AT_LEAST, "24.2");
    assertTarget("XM-COMMITTEE-COLLEGE", 2018, Comparator.AT_LEAST, "59.6");
    assertTarget("XM-COMMITTEE-UNDER-35", 2018, Comparator.AT_LEAST, "32.3");
    assertBaseline("XM-COMMITTEE-NEW-MEMBERS", "24.1");
    assertBaseline("XM-COMMITTEE-COLLEGE", "54.6");
    assertBaseline("XM-COMMITTEE-UNDER-35", "30.1");
    assertThat(indicator("XM-COMMITTEE-NEW-MEMBERS").target().provenance().originalText())
        .contains("新进班子成员比例提高0.1个百分点,达到24.2%");
    assertThat(indicator("XM-COMMITTEE-COLLEGE").target().provenance().originalText())
        .contains("大专以上文化程度比上届提高5个百分点,达到59.6%");
    assertThat(indicator("XM-COMMITTEE-UNDER-35").target().provenance().originalText())
        .contains("35岁以下占比比上届提高2.2个百分点,达到32.3%");
    for (String code :
        List.of("XM-COMMITTEE-NEW-MEMBERS", "XM-COMMITTEE-COLLEGE", "XM-COMMITTEE-UNDER-35")) {
      Indicator i = indicator(code);
      assertThat(i.target().provenance().derivation()).isEqualTo(Derivation.STATED);
      assertThat(i.baseline().provenance().derivation()).isEqualTo(Derivation.DERIVED);
      assertThat(i.baseline().provenance().note()).contains("percentage points");
      assertThat(i.unit()).isEqualTo(Unit.PERCENT);
      assertThat(i.scope().area()).isEqualTo(AreaType.ALL);
      assertThat(i.milestones()).isEmpty();
    }
  }

  @Test
  void committeeRisesStayRulesInPercentagePointsOverThePreviousCommittees() {
    assertRise("XM-COMMITTEE-NEW-MEMBERS", "+0.1 points over 2015's 24.1", "24.2");
    assertRise("XM-COMMITTEE-COLLEGE", "+5 points over 2015's 54.6", "59.6");
    assertRise("XM-COMMITTEE-UNDER-35", "+2.2 points over 2015's 30.1", "32.3");
  }

  private void assertRise(String code, String rule, String figure) {
    Indicator i = indicator(code);
    Figure value = i.target().clauses().get(0).value();
    assertThat(value).as(code).isInstanceOf(Figure.Relative.class);
    Figure.Relative rise = (Figure.Relative) value;
    assertThat(rise.change()).as(code).isEqualTo(Figure.Relative.Change.POINTS);
    assertThat(rise.baselineYear()).as(code).isEqualTo(i.baseline().year());
    assertThat(rise.baseline())
        .as(code)
        .isEqualByComparingTo(((Figure.Number) i.baseline().value()).value());
    assertThat(rise.rule()).as(code).isEqualTo(rule);
    assertThat(rise.value()).as(code).isEqualByComparingTo(figure);
  }

  @Test
  void socialWorkerTargetsFor2020() {
    // «7000人左右» is about 7,000, not at least 7,000: ±10 %, a band the plan chose and explains.
    Target certified = indicator("XM-CERTIFIED-SOCIAL-WORKERS").target();
    assertThat(certified.year()).isEqualTo(2020);
    assertThat(certified.clauses()).hasSize(1);
    assertThat(certified.clauses().get(0).comparator()).isEqualTo(Comparator.APPROXIMATELY);
    Figure.About about = (Figure.About) certified.clauses().get(0).value();
    assertThat(about.value()).isEqualByComparingTo("7000");
    assertThat(about.tolerance()).isEqualTo(Tolerance.relative("0.10"));
    assertThat(about.min()).isEqualByComparingTo("6300");
    assertThat(about.max()).isEqualByComparingTo("7700");
    assertThat(certified.provenance().originalText()).contains("7000人左右");
    assertThat(certified.provenance().derivation()).isEqualTo(Derivation.DERIVED);
    assertThat(certified.provenance().note())
        .contains("左右", "± 10 %", "6,300–7,700")
        .doesNotContain("at least");
    assertTarget("XM-SOCIAL-WORKERS-PER-10K", 2020, Comparator.AT_LEAST, "2");
    assertThat(indicator("XM-SOCIAL-WORKERS-PER-10K").unit()).isEqualTo(Unit.PER_10K_RESIDENTS);
    assertThat(indicator("XM-SOCIAL-WORKERS-PER-10K").target().provenance().originalText())
        .contains("每万人拥有专业社工人数达到2人");

    Indicator each = indicator("XM-COMMUNITY-SOCIAL-WORKER");
    assertTarget("XM-COMMUNITY-SOCIAL-WORKER", 2020, Comparator.AT_LEAST, "1");
    assertThat(each.scope().perUnit()).isTrue();
    assertThat(each.scope().level()).isEqualTo(OrgUnitLevel.COMMUNITY);
    assertThat(each.unit()).isEqualTo(Unit.PERSONS);
    assertThat(each.computation()).isInstanceOf(Computation.ShareMeetingTarget.class);
    // The actual is the share of communities with at least one, shown beside the clause.
    assertThat(each.perUnit()).isTrue();
    assertThat(each.actualUnit()).isEqualTo(Unit.PERCENT);
    assertThat(each.perUnitClause().orElseThrow().zh()).isEqualTo("≥ 1 人/社区");
    assertThat(each.perUnitClause().orElseThrow().en()).isEqualTo("≥ 1 persons per community");
    assertThat(each.scope().area()).isEqualTo(AreaType.ALL);
    assertThat(each.milestones()).isEmpty();
    assertThat(each.target().provenance().originalText()).isEqualTo("每个城乡社区至少配备1名社区社会工作者");
    // The sentence has no year of its own.
    assertThat(each.target().provenance().derivation()).isEqualTo(Derivation.DERIVED);
  }

  @Test
  void volunteerTargetsFor2020() {
    assertTarget("XM-REGISTERED-VOLUNTEERS", 2020, Comparator.AT_LEAST, "548200");
    assertTarget("XM-VOLUNTEER-SHARE", 2020, Comparator.AT_LEAST, "13");
    assertThat(indicator("XM-REGISTERED-VOLUNTEERS").target().provenance().originalText())
        .contains("注册志愿者达到54.82万人");
    assertThat(indicator("XM-VOLUNTEER-SHARE").target().provenance().originalText())
        .contains("占本地区居民比例达到13%");
    assertThat(indicator("XM-REGISTERED-VOLUNTEERS").unit()).isEqualTo(Unit.PERSONS);
    assertThat(indicator("XM-VOLUNTEER-SHARE").unit()).isEqualTo(Unit.PERCENT);
  }

  @Test
  void ruralChecklistMustBeCompleteIn2020() {
    for (String code :
        List.of(
            "XM-RURAL-CHECKLIST",
            "XM-RURAL-SIX-HAVES",
            "XM-RURAL-FIVE-ROOMS",
            "XM-RURAL-FOUR-CENTRES")) {
      Indicator i = indicator(code);
      assertTarget(code, 2020, Comparator.AT_LEAST, "100");
      assertThat(i.scope().area()).isEqualTo(AreaType.RURAL);
      assertThat(i.target().provenance().derivation()).isEqualTo(Derivation.DERIVED);
      assertThat(i.target().provenance().originalText())
          .contains("全面完成农村社区“六有”")
          .contains("有便民超市")
          .contains("警务室")
          .contains("便民服务中心");
      assertThat(i.computation().formCode()).isEqualTo("XM-RURAL-COMMUNITY");
      assertThat(i.computation()).as(code).isInstanceOf(Computation.ChecklistComplete.class);
      assertThat(i.actualUnit()).as(code).isEqualTo(Unit.PERCENT);
    }
    // Counted from the ticks themselves: the 15 items, then each group's.
    assertThat(checklistItems("XM-RURAL-CHECKLIST"))
        .hasSize(15)
        .containsAll(Reports.SIX_HAVES)
        .containsAll(Reports.FIVE_ROOMS)
        .containsAll(Reports.FOUR_CENTRES);
    assertThat(checklistItems("XM-RURAL-SIX-HAVES")).isEqualTo(Reports.SIX_HAVES);
    assertThat(checklistItems("XM-RURAL-FIVE-ROOMS")).isEqualTo(Reports.FIVE_ROOMS);
    assertThat(checklistItems("XM-RURAL-FOUR-CENTRES")).isEqualTo(Reports.FOUR_CENTRES);
    assertThat(checklistItems("XM-RURAL-SERVICE-STANDARDS")).isEqualTo(Reports.STANDARDS);
  }

  private List<String> checklistItems(String code) {
    assertThat(indicator(code).computation())
        .as(code)
        .isInstanceOf(Computation.ChecklistComplete.class);
    return ((Computation.ChecklistComplete) indicator(code).computation()).items();
  }

  @Test
  void serviceTargetsFor2020() {
    assertTarget("XM-BASIC-PUBLIC-SERVICES", 2020, Comparator.AT_LEAST, "100");
    assertThat(indicator("XM-BASIC-PUBLIC-SERVICES").target().provenance().originalText())
        .isEqualTo("到2020年,实现城乡社区基本公共服务的项目全覆盖");
    // «城乡社区…全覆盖»: urban and rural communities each fully covered, judged on their own.
    assertThat(indicator("XM-BASIC-PUBLIC-SERVICES").eachArea())
        .containsExactly(AreaType.URBAN, AreaType.RURAL);
    assertThat(indicator("XM-BASIC-PUBLIC-SERVICES").scope().area()).isEqualTo(AreaType.ALL);
    for (Indicator other : plan.indicators()) {
      if (!other.code().equals("XM-BASIC-PUBLIC-SERVICES")) {
        assertThat(other.eachArea()).as(other.code()).isEmpty();
      }
    }
    assertTarget("XM-URBAN-PURCHASED-SERVICES", 2020, Comparator.AT_LEAST, "100");
    assertThat(indicator("XM-URBAN-PURCHASED-SERVICES").scope().area()).isEqualTo(AreaType.URBAN);
    assertThat(indicator("XM-URBAN-PURCHASED-SERVICES").target().provenance().originalText())
        .contains("全部实现政府购买服务");
    assertTarget("XM-RURAL-SERVICE-STANDARDS", 2020, Comparator.AT_LEAST, "100");
    assertThat(indicator("XM-RURAL-SERVICE-STANDARDS").target().provenance().originalText())
        .contains("民主法制示范村建设达到上级部门规范标准");
    assertTarget("XM-MEDIATION-COMMITTEES", 2020, Comparator.AT_LEAST, "100");
    assertThat(indicator("XM-MEDIATION-COMMITTEES").target().provenance().derivation())
        .isEqualTo(Derivation.DERIVED);
    for (String code :
        List.of(
            "XM-BASIC-PUBLIC-SERVICES",
            "XM-URBAN-PURCHASED-SERVICES",
            "XM-RURAL-SERVICE-STANDARDS")) {
      assertThat(indicator(code).target().provenance().derivation()).isEqualTo(Derivation.DERIVED);
    }
  }

  @Test
  void eachDistrictStrivesForOneToTwoDemonstrationBrands() {
    Indicator i = indicator("XM-DISTRICT-DEMO-BRANDS");
    assertThat(i.target().year()).isEqualTo(2020);
    Target.TargetClause clause = i.target().clauses().get(0);
    assertThat(clause.comparator()).isEqualTo(Comparator.AT_LEAST);
    assertThat(clause.value()).isEqualTo(Figure.range("1", "2"));
    assertThat(i.scope().level()).isEqualTo(OrgUnitLevel.COUNTY);
    assertThat(i.scope().perUnit()).isTrue();
    assertThat(i.target().provenance().derivation()).isEqualTo(Derivation.STATED);
    assertThat(i.target().provenance().originalText()).contains("各区力争创出1—2个");
    assertThat(i.perUnit()).isTrue();
    assertThat(i.actualUnit()).isEqualTo(Unit.PERCENT);
    assertThat(i.perUnitClause().orElseThrow().zh()).isEqualTo("≥ 1–2 个/县(市、区)");
    assertThat(i.milestones()).isEmpty();
  }

  @Test
  void standardsSystemIsAStageIndicator() {
    Indicator i = indicator("XM-STANDARDS-SYSTEM");
    assertThat(i.unit()).isEqualTo(Unit.STAGE);
    assertThat(i.stages().stream().map(Stage::code))
        .containsExactly("IMPROVING", "FORMED", "IMPLEMENTED");
    assertThat(i.target().year()).isEqualTo(2020);
    assertThat(i.target().clauses().get(0).value()).isEqualTo(Figure.stage("IMPLEMENTED"));
    assertThat(i.target().provenance().originalText()).isEqualTo("力争到2020年,形成并落实城乡社区服务法律法规和标准体系");
    assertThat(i.scope().level()).isEqualTo(OrgUnitLevel.REGION);
  }

  @Test
  void trainingsAreDueEveryYearFromTheIssueTo2020() {
    // City-wide figures: the yearly milestone is the figure itself, 2020 included.
    // Per district and per street: the target is the clause each unit meets (≥ 1 training),
    // and every year's milestone is the share of units meeting it, all of them (100 %).
    Map<String, String[]> expected =
        Map.of(
            "XM-CITY-SECRETARY-TRAINING", new String[] {"1", "1"},
            "XM-DISTRICT-ROTATION-TRAINING", new String[] {"1", "100"},
            "XM-STREET-ROTATION-TRAINING", new String[] {"1", "100"},
            "XM-SYSTEM-ROTATION-TRAINING", new String[] {"100", "100"});
    expected.forEach(
        (code, values) -> {
          Indicator i = indicator(code);
          assertTarget(code, 2020, Comparator.AT_LEAST, values[0]);
          assertThat(i.milestones().stream().map(Milestone::year))
              .as(code)
              .containsExactly(2017, 2018, 2019, 2020);
          for (Milestone m : i.milestones()) {
            assertThat(m.comparator()).isEqualTo(Comparator.AT_LEAST);
            assertThat(((Figure.Number) m.value()).value())
                .as(code + " " + m.year())
                .isEqualByComparingTo(values[1]);
            assertThat(m.provenance().derivation()).isEqualTo(Derivation.DERIVED);
          }
        });
    for (String code : List.of("XM-DISTRICT-ROTATION-TRAINING", "XM-STREET-ROTATION-TRAINING")) {
      Indicator i = indicator(code);
      assertThat(i.perUnit()).as(code).isTrue();
      assertThat(i.actualUnit()).as(code).isEqualTo(Unit.PERCENT);
      assertThat(i.milestone(2020).orElseThrow().provenance().note()).contains("share of units");
    }
    assertThat(indicator("XM-DISTRICT-ROTATION-TRAINING").perUnitClause().orElseThrow().zh())
        .isEqualTo("≥ 1 次/县(市、区)");
    assertThat(indicator("XM-STREET-ROTATION-TRAINING").perUnitClause().orElseThrow().zh())
        .isEqualTo("≥ 1 次/街道(镇)");
    assertThat(indicator("XM-CITY-SECRETARY-TRAINING").perUnit()).isFalse();
    assertThat(indicator("XM-CITY-SECRETARY-TRAINING").provenance().originalText())
        .isEqualTo("市委组织部每年至少举办基层党组织书记示范培训1次");
    assertThat(indicator("XM-DISTRICT-ROTATION-TRAINING").scope().level())
        .isEqualTo(OrgUnitLevel.COUNTY);
    assertThat(indicator("XM-STREET-ROTATION-TRAINING").scope().level())
        .isEqualTo(OrgUnitLevel.STREET);
    assertThat(indicator("XM-STREET-ROTATION-TRAINING").scope().perUnit()).isTrue();
  }

  @Test
  void indicatorsWithoutAFigureInTheDocumentHaveNoTarget() {
    for (String code :
        List.of(
            "XM-URBAN-WORKSTATIONS",
            "XM-RURAL-WORKSTATIONS",
            "XM-GRID-PLATFORM",
            "XM-STREET-SERVICE-CENTRES",
            "XM-RURAL-PURCHASED-SERVICES",
            "XM-CERTIFIED-COMMUNITY-WORKERS",
            "XM-SOCIAL-ORGS-PER-COMMUNITY")) {
      Indicator i = indicator(code);
      assertThat(i.target()).as(code).isNull();
      assertThat(i.baseline()).as(code).isNull();
      assertThat(i.milestones()).as(code).isEmpty();
    }
    long withTarget = plan.indicators().stream().filter(i -> i.target() != null).count();
    assertThat(withTarget).isEqualTo(22);
    long withBaseline = plan.indicators().stream().filter(i -> i.baseline() != null).count();
    assertThat(withBaseline).isEqualTo(3);
  }

  @Test
  void mapsToTheNationalCatalogue() {
    Map<String, String> mappings =
        Map.of(
            "XM-URBAN-WORKSTATIONS", "URBAN_SERVICE_FACILITY_COVERAGE",
            "XM-RURAL-WORKSTATIONS", "RURAL_SERVICE_FACILITY_COVERAGE",
            "XM-GRID-PLATFORM", "INFORMATION_PLATFORM_COVERAGE",
            "XM-STREET-SERVICE-CENTRES", "STREET_SERVICE_CENTRE_COVERAGE",
            "XM-CERTIFIED-COMMUNITY-WORKERS", "CERTIFIED_COMMUNITY_WORKER_SHARE",
            "XM-SOCIAL-ORGS-PER-COMMUNITY", "SOCIAL_ORGS_PER_COMMUNITY",
            "XM-REGISTERED-VOLUNTEERS", "REGISTERED_COMMUNITY_VOLUNTEERS",
            "XM-VOLUNTEER-SHARE", "VOLUNTEER_REGISTRATION_RATE");
    mappings.forEach(
        (code, national) -> assertThat(indicator(code).nationalIndicator()).isEqualTo(national));
    assertThat(plan.indicators().stream().filter(i -> i.nationalIndicator() != null).count())
        .isEqualTo(mappings.size());
  }

  @Test
  void mappingsThatOnlyApproximateTheNationalIndicatorSaySo() {
    // The city counts all registered volunteers, the nation registered community volunteers.
    assertThat(indicator("XM-REGISTERED-VOLUNTEERS").nationalApproximation())
        .contains("all registered volunteers", "community volunteers only");
    // A workstation is one kind of comprehensive service facility.
    assertThat(indicator("XM-URBAN-WORKSTATIONS").nationalApproximation())
        .contains("workstation", "any comprehensive community service facility");
    assertThat(indicator("XM-RURAL-WORKSTATIONS").nationalApproximation())
        .contains("workstation", "any comprehensive community service facility");
    assertThat(indicator("XM-GRID-PLATFORM").nationalApproximation())
        .contains("grid information platform", "integrated public-service information platform");
    // Like with like: same population, same denominator.
    for (String code :
        List.of(
            "XM-VOLUNTEER-SHARE",
            "XM-CERTIFIED-COMMUNITY-WORKERS",
            "XM-SOCIAL-ORGS-PER-COMMUNITY",
            "XM-STREET-SERVICE-CENTRES")) {
      assertThat(indicator(code).nationalApproximation()).as(code).isNull();
    }
    // A share of communities with ≥ 1 social worker is no count per community: not mapped.
    assertThat(indicator("XM-COMMUNITY-SOCIAL-WORKER").nationalIndicator()).isNull();
  }

  @Test
  void goalsAreTheSentencesOfTheDevelopmentGoals() {
    assertThat(plan.goals())
        .extracting(Goal::code)
        .containsExactly("GOAL-1", "GOAL-2", "GOAL-3", "GOAL-4", "GOAL-5");
    assertThat(plan.goals())
        .allSatisfy(
            g -> {
              assertThat(g.year()).isEqualTo(2020);
              assertThat(g.provenance().section()).isEqualTo("三、发展目标");
              assertThat(g.provenance().derivation()).isEqualTo(Derivation.STATED);
              assertThat(g.provenance().originalText()).contains(g.text().zh());
            });
    assertThat(plan.goals().get(0).provenance().originalText())
        .isEqualTo("到2020年,形成基本公共服务、商业便民服务和居民志愿服务三者有机衔接的城乡社区服务机制");
    assertThat(plan.goals().get(0).provenance().note()).isEmpty();
    // Only the first sentence carries «到2020年»; the others say they take it from there.
    assertThat(plan.goals().subList(1, 5))
        .allSatisfy(g -> assertThat(g.provenance().note()).contains("«到2020年»"));
    assertThat(plan.goals().get(4).text().zh()).startsWith("推动实施“三社联动”机制").endsWith("全方位的服务需求");
  }

  @Test
  void theDocumentHasNoReviewOfThePreviousPeriod() {
    assertThat(plan.reviewFigures()).isEmpty();
  }

  @Test
  void boxesWhoseContentsWereLostAreRecordedByTitle() {
    assertThat(plan.lost())
        .extracting(LostContent::section, LostContent::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("四(一)1 专栏1", "专栏1:城乡社区服务设施建设"),
            org.assertj.core.groups.Tuple.tuple("四(一)2 专栏2", "专栏2:城乡社区综合服务设施功能"),
            org.assertj.core.groups.Tuple.tuple("四(二)1 专栏3", "专栏3:“十三五”期间城乡社区公共服务发展任务"),
            org.assertj.core.groups.Tuple.tuple("四(二)2 专栏4", "专栏4:“十三五”期间我市社区商业网点布局内容"));
    assertThat(plan.lost())
        .allSatisfy(l -> assertThat(l.note()).contains("only the title line survives"));
  }

  @Test
  void hasFiveAnnualForms() {
    assertThat(plan.forms())
        .extracting(f -> f.code() + "@" + f.level() + "/" + f.appliesTo())
        .containsExactly(
            "XM-COMMUNITY@COMMUNITY/ALL",
            "XM-RURAL-COMMUNITY@COMMUNITY/RURAL",
            "XM-STREET@STREET/ALL",
            "XM-DISTRICT@COUNTY/ALL",
            "XM-REGION@REGION/ALL");
  }

  @Test
  void ruralFormHasOneBooleanPerChecklistItem() {
    var form = plan.form("XM-RURAL-COMMUNITY").orElseThrow();
    List<String> labels =
        form.fields().stream()
            .filter(f -> f.type() == org.shequ.plan.api.FieldType.BOOLEAN)
            .map(f -> f.label().zh())
            .toList();
    assertThat(labels)
        .hasSize(21)
        .startsWith(
            "有牌子",
            "有国旗和党旗",
            "有村务(党务)公开栏",
            "有科普(政策)宣传栏",
            "有文化娱乐设施",
            "有便民超市",
            "村级各组织办公室",
            "党员活动室(现代远程教育播放室)",
            "村卫生室(所)",
            "文化室",
            "警务室",
            "议事决策中心",
            "教育培训中心",
            "文体娱乐中心",
            "便民服务中心");
    // Ticks only: no typed totals beside them.
    assertThat(form.fields()).hasSize(21);
    assertThat(form.field("checklist_items_done")).isEmpty();
  }

  private Indicator indicator(String code) {
    return plan.indicator(code).orElseThrow(() -> new AssertionError("no indicator " + code));
  }

  private void assertTarget(String code, int year, Comparator comparator, String value) {
    Target t = indicator(code).target();
    assertThat(t).as(code).isNotNull();
    assertThat(t.year()).as(code).isEqualTo(year);
    assertThat(t.clauses()).as(code).hasSize(1);
    assertThat(t.clauses().get(0).comparator()).as(code).isEqualTo(comparator);
    assertThat(org.shequ.plan.api.Figures.representative(t.clauses().get(0).value()))
        .as(code)
        .isEqualByComparingTo(value);
  }

  private void assertBaseline(String code, String value) {
    var b = indicator(code).baseline();
    assertThat(b).as(code).isNotNull();
    assertThat(b.year()).as(code).isEqualTo(2015);
    assertThat(((Figure.Number) b.value()).value()).as(code).isEqualByComparingTo(value);
  }
}

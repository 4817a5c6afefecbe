package org.shequ.plugins.jiexiu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.OrgUnitProfile;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Target;
import org.shequ.plan.api.Target.TargetClause;
import org.shequ.plan.api.Task;
import org.shequ.plan.api.TaskMilestone;
import org.shequ.plan.api.Unit;

/** The plan against the document: every figure, year, wording and department it carries. */
class JiexiuPlanContentTest {
  private final Plan plan = new JiexiuPlanModule().plan();

  private Indicator indicator(String code) {
    return plan.indicator(code).orElseThrow(() -> new AssertionError("no indicator " + code));
  }

  private Task task(String code) {
    return plan.task(code).orElseThrow(() -> new AssertionError("no task " + code));
  }

  private static void assertSingleTarget(
      Indicator indicator, Comparator comparator, Figure value, Derivation derivation) {
    Target target = indicator.target();
    assertThat(target).as(indicator.code()).isNotNull();
    assertThat(target.year()).as(indicator.code()).isEqualTo(2020);
    assertThat(target.clauses())
        .as(indicator.code())
        .containsExactly(new TargetClause(OrgUnitCondition.any(), comparator, value));
    assertThat(target.provenance().derivation()).as(indicator.code()).isEqualTo(derivation);
  }

  @Test
  void identifiesTheDocument() {
    assertThat(plan.id()).isEqualTo("jiexiu-2018-2020");
    assertThat(plan.region()).isEqualTo("jiexiu");
    assertThat(plan.title().zh()).isEqualTo("介休市推进“三社联动”加强社区治理和服务创新的实施方案");
    assertThat(plan.issuers()).hasSize(1);
    assertThat(plan.issuers().get(0).name().zh()).isEqualTo("介休市人民政府办公室");
    assertThat(plan.issuers().get(0).lead()).isTrue();
    assertThat(plan.issueDate()).isEqualTo(LocalDate.of(2018, 3, 2));
    assertThat(plan.documentNumber()).isNull();
    assertThat(plan.period().startYear()).isEqualTo(2018);
    assertThat(plan.period().endYear()).isEqualTo(2020);
  }

  @Test
  void hasFifteenIndicators() {
    assertThat(plan.indicators())
        .extracting(Indicator::code)
        .containsExactly(
            "JX-URBAN-FACILITY-UPGRADE",
            "JX-URBAN-FACILITY-AREA",
            "JX-URBAN-FACILITY-COVERAGE",
            "JX-RURAL-FACILITY-COVERAGE",
            "JX-INFO-PLATFORM-COVERAGE",
            "JX-STREET-ONE-STOP",
            "JX-COMMUNITY-SOCIAL-ORGS",
            "JX-SOCIAL-ORGS-PER-COMMUNITY",
            "JX-SOCIAL-WORK-TALENT",
            "JX-COMMUNITY-SOCIAL-WORKERS",
            "JX-CERTIFIED-SOCIAL-WORKERS-PER-COMMUNITY",
            "JX-SOCIAL-WORKER-SHARE",
            "JX-STREET-SOCIAL-WORK-POSTS",
            "JX-PRIVATE-SOCIAL-WORK-AGENCIES",
            "JX-SOCIAL-WORK-PURCHASE");
  }

  @Test
  void theDocumentGivesNoBaselineAndNoYearlyStep() {
    for (Indicator i : plan.indicators()) {
      assertThat(i.baseline()).as(i.code()).isNull();
      assertThat(i.milestones()).as(i.code()).isEmpty();
      assertThat(i.stages()).as(i.code()).isEmpty();
    }
  }

  @Test
  void socialOrganisationTargetDependsOnAreaAndPopulation() {
    Indicator i = indicator("JX-COMMUNITY-SOCIAL-ORGS");
    OrgUnitCondition rural = new OrgUnitCondition.AreaIs(AreaType.RURAL);
    assertThat(i.target().year()).isEqualTo(2020);
    assertThat(i.target().clauses())
        .containsExactly(
            new TargetClause(
                new OrgUnitCondition.AreaIs(AreaType.URBAN),
                Comparator.AT_LEAST,
                Figure.number(10)),
            new TargetClause(
                new OrgUnitCondition.AllOf(
                    List.of(rural, new OrgUnitCondition.PopulationBelow(3000))),
                Comparator.AT_LEAST,
                Figure.number(2)),
            new TargetClause(
                new OrgUnitCondition.AllOf(
                    List.of(rural, new OrgUnitCondition.PopulationAtLeast(3000))),
                Comparator.AT_LEAST,
                Figure.number(5)));
    assertThat(i.target().provenance().section()).isEqualTo("二(三) 总体目标");
    assertThat(i.target().provenance().derivation()).isEqualTo(Derivation.STATED);
    assertThat(i.target().provenance().originalText())
        .contains("城市社区至少有10个以上")
        .contains("3000人以下的农村社区至少2个以上")
        .contains("3000人以上的农村社区至少5个以上社区社会组织");
    assertThat(i.target().provenance().note()).contains("力争到2020年").contains("3,000");
    assertThat(i.scope()).isEqualTo(Scope.eachCommunity(AreaType.ALL));
    assertThat(i.unit()).isEqualTo(Unit.COUNT);
    assertThat(i.computation())
        .isEqualTo(new Computation.ShareMeetingTarget("JX-COMMUNITY", "social_orgs"));
  }

  @Test
  void socialWorkerStaffingTargetDependsOnArea() {
    Indicator i = indicator("JX-COMMUNITY-SOCIAL-WORKERS");
    assertThat(i.target().year()).isEqualTo(2020);
    assertThat(i.target().clauses())
        .containsExactly(
            new TargetClause(
                new OrgUnitCondition.AreaIs(AreaType.URBAN),
                Comparator.AT_LEAST,
                Figure.range("2", "5")),
            new TargetClause(
                new OrgUnitCondition.AreaIs(AreaType.RURAL),
                Comparator.AT_LEAST,
                Figure.number(1)));
    assertThat(i.target().provenance().originalText())
        .isEqualTo("每个城市社区配备2-5名,每个农村社区至少配备1名社会工作专业人才");
    assertThat(i.target().provenance().derivation()).isEqualTo(Derivation.STATED);
    assertThat(i.unit()).isEqualTo(Unit.PERSONS);
    assertThat(i.scope()).isEqualTo(Scope.eachCommunity(AreaType.ALL));
    assertThat(i.computation())
        .isEqualTo(new Computation.ShareMeetingTarget("JX-COMMUNITY", "social_workers"));
  }

  @Test
  void cityWideSocialWorkTalentReaches2000() {
    Indicator i = indicator("JX-SOCIAL-WORK-TALENT");
    assertSingleTarget(i, Comparator.AT_LEAST, Figure.number(2000), Derivation.STATED);
    assertThat(i.target().provenance().originalText()).isEqualTo("我市社会工作专业人才和从业人员总数达到2000人");
    assertThat(i.unit()).isEqualTo(Unit.PERSONS);
    assertThat(i.scope()).isEqualTo(Scope.region());
    assertThat(i.computation())
        .isEqualTo(new Computation.Sum("JX-REGION", "social_work_talent_total"));
  }

  @Test
  void urbanFacilitiesReach500SquareMetresAndAreAllUpgraded() {
    Indicator area = indicator("JX-URBAN-FACILITY-AREA");
    assertSingleTarget(area, Comparator.AT_LEAST, Figure.number(500), Derivation.STATED);
    assertThat(area.target().provenance().originalText()).contains("社区综合服务设施达到500平方米以上");
    assertThat(area.unit()).isEqualTo(Unit.SQUARE_METRES);
    assertThat(area.scope()).isEqualTo(Scope.eachCommunity(AreaType.URBAN));
    assertThat(area.provenance().derivation()).isEqualTo(Derivation.DERIVED);
    assertThat(area.computation())
        .isEqualTo(new Computation.ShareMeetingTarget("JX-COMMUNITY", "facility_area"));

    Indicator upgrade = indicator("JX-URBAN-FACILITY-UPGRADE");
    assertSingleTarget(upgrade, Comparator.AT_LEAST, Figure.number(100), Derivation.DERIVED);
    assertThat(upgrade.target().provenance().originalText()).startsWith("全面实施城市社区活动场所和公益性服务设施提档升级");
    assertThat(upgrade.target().provenance().note()).contains("100%");
    assertThat(upgrade.scope()).isEqualTo(Scope.communities(AreaType.URBAN));
  }

  @Test
  void fullCoverageGoalsOfSectionThreeAreDerivedFor2020() {
    for (String code :
        List.of(
            "JX-URBAN-FACILITY-COVERAGE",
            "JX-RURAL-FACILITY-COVERAGE",
            "JX-INFO-PLATFORM-COVERAGE")) {
      Indicator i = indicator(code);
      assertSingleTarget(i, Comparator.AT_LEAST, Figure.number(100), Derivation.DERIVED);
      assertThat(i.target().provenance().note()).as(code).contains("2020");
      assertThat(i.unit()).as(code).isEqualTo(Unit.PERCENT);
    }
    assertThat(indicator("JX-URBAN-FACILITY-COVERAGE").target().provenance().originalText())
        .isEqualTo("努力实现社区综合服务设施全覆盖");
    assertThat(indicator("JX-RURAL-FACILITY-COVERAGE").scope())
        .isEqualTo(Scope.communities(AreaType.RURAL));
    assertThat(indicator("JX-INFO-PLATFORM-COVERAGE").target().provenance().originalText())
        .contains("全区域通办");
    assertThat(indicator("JX-INFO-PLATFORM-COVERAGE").target().provenance().section())
        .isEqualTo("三(一)3 打造信息平台");
    // The document states full facility coverage but no platform coverage rate.
    assertThat(indicator("JX-URBAN-FACILITY-COVERAGE").provenance().derivation())
        .isEqualTo(Derivation.STATED);
    assertThat(indicator("JX-INFO-PLATFORM-COVERAGE").provenance().derivation())
        .isEqualTo(Derivation.DERIVED);
    assertThat(indicator("JX-INFO-PLATFORM-COVERAGE").provenance().note()).contains("全区域通办");
  }

  @Test
  void privateSocialWorkAgenciesReachThreeToFiveBy2020() {
    Indicator i = indicator("JX-PRIVATE-SOCIAL-WORK-AGENCIES");
    assertSingleTarget(i, Comparator.AT_LEAST, Figure.range("3", "5"), Derivation.DERIVED);
    assertThat(i.target().provenance().note()).contains("每个城区").contains("one urban area");
    assertThat(i.target().provenance().section()).isEqualTo("三(三)3 培育发展民办社会工作服务机构");
    assertThat(i.target().provenance().originalText())
        .startsWith("力争到2020年")
        .contains("每个城区培育发展3-5家民办社会工作服务机构");
    assertThat(i.scope()).isEqualTo(Scope.region());
    assertThat(i.computation())
        .isEqualTo(new Computation.Sum("JX-REGION", "private_social_work_agencies"));
  }

  @Test
  void indicatorsTheDocumentSetsNoFigureForHaveNoTarget() {
    List<String> withoutTarget =
        plan.indicators().stream().filter(i -> i.target() == null).map(Indicator::code).toList();
    assertThat(withoutTarget)
        .containsExactly(
            "JX-STREET-ONE-STOP",
            "JX-SOCIAL-ORGS-PER-COMMUNITY",
            "JX-CERTIFIED-SOCIAL-WORKERS-PER-COMMUNITY",
            "JX-SOCIAL-WORKER-SHARE",
            "JX-STREET-SOCIAL-WORK-POSTS",
            "JX-SOCIAL-WORK-PURCHASE");
    assertThat(indicator("JX-SOCIAL-WORKER-SHARE").provenance().originalText())
        .isEqualTo("逐步扩大社会工作专业人才在社区治理和服务人员中的比例");
    assertThat(indicator("JX-SOCIAL-WORKER-SHARE").computation())
        .isEqualTo(
            new Computation.RatioOfSums(
                "JX-COMMUNITY", "social_workers", "community_staff", BigDecimal.valueOf(100)));
    assertThat(indicator("JX-SOCIAL-WORK-PURCHASE").unit()).isEqualTo(Unit.TEN_THOUSAND_CNY);
    assertThat(indicator("JX-SOCIAL-WORK-PURCHASE").provenance().derivation())
        .isEqualTo(Derivation.DERIVED);
    assertThat(indicator("JX-SOCIAL-WORK-PURCHASE").provenance().note()).contains("加大…力度");
    assertThat(indicator("JX-STREET-SOCIAL-WORK-POSTS").computation())
        .isEqualTo(
            new Computation.ShareOfUnits(
                "JX-STREET", FieldCondition.atLeast("social_work_posts", 1)));
  }

  @Test
  void mapsToTheNationalIndicators() {
    Map<String, String> mappings =
        plan.indicators().stream()
            .filter(i -> i.nationalIndicator() != null)
            .collect(Collectors.toMap(Indicator::code, Indicator::nationalIndicator));
    assertThat(mappings)
        .containsOnly(
            Map.entry("JX-URBAN-FACILITY-COVERAGE", "URBAN_SERVICE_FACILITY_COVERAGE"),
            Map.entry("JX-RURAL-FACILITY-COVERAGE", "RURAL_SERVICE_FACILITY_COVERAGE"),
            Map.entry("JX-INFO-PLATFORM-COVERAGE", "INFORMATION_PLATFORM_COVERAGE"),
            Map.entry("JX-STREET-ONE-STOP", "TOWN_ONE_STOP_SERVICE_COVERAGE"),
            Map.entry("JX-SOCIAL-ORGS-PER-COMMUNITY", "SOCIAL_ORGS_PER_COMMUNITY"),
            Map.entry("JX-CERTIFIED-SOCIAL-WORKERS-PER-COMMUNITY", "SOCIAL_WORKERS_PER_COMMUNITY"));
  }

  @Test
  void mappingsThatOnlyApproximateTheNationalDefinitionSayWhy() {
    Map<String, String> approximations =
        plan.indicators().stream()
            .filter(i -> i.nationalApproximation() != null)
            .collect(Collectors.toMap(Indicator::code, Indicator::nationalApproximation));
    assertThat(approximations).containsOnlyKeys("JX-STREET-ONE-STOP", "JX-INFO-PLATFORM-COVERAGE");
    assertThat(approximations.get("JX-INFO-PLATFORM-COVERAGE"))
        .contains("handled through the platform")
        .contains("connected");
    assertThat(approximations.get("JX-STREET-ONE-STOP"))
        .contains("streets and towns")
        .contains("townships (乡镇)")
        .contains("sample-survey");
  }

  @Test
  void perUnitTargetsReportSharesOfCommunitiesBesideTheirClauses() {
    assertThat(plan.indicators().stream().filter(Indicator::perUnit).map(Indicator::code).toList())
        .containsExactly(
            "JX-URBAN-FACILITY-AREA", "JX-COMMUNITY-SOCIAL-ORGS", "JX-COMMUNITY-SOCIAL-WORKERS");
    for (String code :
        List.of(
            "JX-URBAN-FACILITY-AREA", "JX-COMMUNITY-SOCIAL-ORGS", "JX-COMMUNITY-SOCIAL-WORKERS")) {
      Indicator i = indicator(code);
      assertThat(i.actualUnit()).as(code).isEqualTo(Unit.PERCENT);
      assertThat(i.scope().perUnit()).as(code).isTrue();
      assertThat(i.computation()).as(code).isInstanceOf(Computation.ShareMeetingTarget.class);
      // no yearly schedule in the document, so no share-of-units milestones
      assertThat(i.milestones()).as(code).isEmpty();
    }
    assertThat(indicator("JX-URBAN-FACILITY-AREA").perUnitClause().orElseThrow().zh())
        .isEqualTo("≥ 500 平方米/社区");
    assertThat(indicator("JX-URBAN-FACILITY-AREA").perUnitClause().orElseThrow().en())
        .isEqualTo("≥ 500 m² per community");
    assertThat(indicator("JX-COMMUNITY-SOCIAL-ORGS").perUnitClause().orElseThrow().zh())
        .isEqualTo("城市社区: ≥ 10 个/社区; 农村社区、人口3000人以下: ≥ 2 个/社区; 农村社区、人口3000人及以上: ≥ 5 个/社区");
    assertThat(indicator("JX-COMMUNITY-SOCIAL-WORKERS").perUnitClause().orElseThrow().zh())
        .isEqualTo("城市社区: ≥ 2–5 人/社区; 农村社区: ≥ 1 人/社区");
    assertThat(indicator("JX-COMMUNITY-SOCIAL-WORKERS").perUnitClause().orElseThrow().en())
        .isEqualTo(
            "urban communities: ≥ 2–5 persons per community; rural communities: ≥ 1 persons per community");
    // averages and city totals are no per-unit targets
    for (String code :
        List.of(
            "JX-SOCIAL-ORGS-PER-COMMUNITY",
            "JX-CERTIFIED-SOCIAL-WORKERS-PER-COMMUNITY",
            "JX-SOCIAL-WORK-TALENT")) {
      assertThat(indicator(code).perUnitClause()).as(code).isEmpty();
      assertThat(indicator(code).target() == null || !indicator(code).scope().perUnit())
          .as(code)
          .isTrue();
    }
  }

  @Test
  void theQualitativeAimsOfTheOverallGoalsAreGoalsFor2020() {
    assertThat(plan.goals())
        .extracting(g -> g.text().zh())
        .containsExactly(
            "社区党组织领导核心作用、社区自治组织的组织推动作用发挥明显,社会协同作用有效发挥",
            "社区居民参与民主协商意识明显增强",
            "政府购买服务政策更加完善",
            "推进社会工作专业化、职业化",
            "实现社区、社会组织、社会工作者互惠融合、优势互补、协调发展的新格局,努力把城乡社区建设成为和谐有序、绿色文明、创新包容、共建共享的幸福家园");
    assertThat(plan.goals())
        .allSatisfy(
            g -> {
              assertThat(g.year()).isEqualTo(2020);
              assertThat(g.provenance().section()).isEqualTo("二(三) 总体目标");
              assertThat(g.provenance().derivation()).isEqualTo(Derivation.STATED);
              assertThat(g.provenance().originalText()).isEqualTo(g.text().zh());
              assertThat(g.provenance().note()).contains("力争到2020年");
              assertThat(g.text().en()).isNotBlank();
            });
    assertThat(plan.goals()).extracting(g -> g.code()).doesNotHaveDuplicates();
  }

  @Test
  void theDocumentReviewsNoFiguresAndLostNothing() {
    // Section 一 recounts the past in words only; the captured text is whole.
    assertThat(plan.reviewFigures()).isEmpty();
    assertThat(plan.lost()).isEmpty();
  }

  @Test
  void hasThreeFormsOneForEachLevel() {
    assertThat(plan.forms())
        .extracting(Form::code, Form::level, Form::appliesTo)
        .containsExactly(
            tuple("JX-COMMUNITY", OrgUnitLevel.COMMUNITY, AreaType.ALL),
            tuple("JX-STREET", OrgUnitLevel.STREET, AreaType.ALL),
            tuple("JX-REGION", OrgUnitLevel.REGION, AreaType.ALL));
    assertThat(plan.form("JX-COMMUNITY").orElseThrow().fields()).hasSize(8);
    assertThat(plan.form("JX-STREET").orElseThrow().fields()).hasSize(2);
    assertThat(plan.form("JX-REGION").orElseThrow().fields()).hasSize(3);
  }

  @Test
  void hasTheTasksOfSectionsThreeAndFour() {
    assertThat(plan.tasks()).hasSize(20);
    Map<String, Long> children =
        plan.tasks().stream()
            .filter(t -> t.parent() != null)
            .collect(Collectors.groupingBy(Task::parent, Collectors.counting()));
    assertThat(children)
        .containsOnly(
            Map.entry("JX-T1", 4L),
            Map.entry("JX-T2", 3L),
            Map.entry("JX-T3", 4L),
            Map.entry("JX-T4", 5L));
    assertThat(task("JX-T1").title().zh()).isEqualTo("夯实城乡社区联动平台");
    assertThat(task("JX-T2").title().zh()).isEqualTo("增强社会组织承载功能");
    assertThat(task("JX-T3").title().zh()).isEqualTo("强化社会工作专业人才支撑力量");
    assertThat(task("JX-T4").title().zh()).isEqualTo("保障措施");
    assertThat(task("JX-T1-4").title().zh()).isEqualTo("减轻社区负担");
    assertThat(task("JX-T1-4").provenance().originalText()).contains("社区工作准入制度");
    assertThat(task("JX-T3-4").title().zh()).isEqualTo("加大政府购买社区社会工作服务力度");
    assertThat(task("JX-T4-5").provenance().section()).isEqualTo("四(五) 深入推进落实");
  }

  @Test
  void namesTheDepartmentsTheDocumentNames() {
    assertThat(task("JX-T2-2").responsibleDepartments()).containsExactly("街道办事处(乡镇人民政府)");
    assertThat(task("JX-T2-2").provenance().originalText()).contains("由街道办事处(乡镇人民政府)实施管理");
    assertThat(task("JX-T4-1").responsibleDepartments()).containsExactly("民政部门");
    assertThat(task("JX-T4-1").provenance().originalText()).startsWith("民政部门要积极建言献策");
    List<String> withDepartments =
        plan.tasks().stream()
            .filter(t -> !t.responsibleDepartments().isEmpty() || !t.leadDepartments().isEmpty())
            .map(Task::code)
            .toList();
    assertThat(withDepartments).containsExactly("JX-T2-2", "JX-T4-1");
  }

  @Test
  void datesTheTasksThatDeliverThe2020Goals() {
    Map<String, List<Integer>> years =
        plan.tasks().stream()
            .filter(t -> !t.milestones().isEmpty())
            .collect(
                Collectors.toMap(
                    Task::code, t -> t.milestones().stream().map(TaskMilestone::year).toList()));
    assertThat(years)
        .containsOnly(
            Map.entry("JX-T1-2", List.of(2020)),
            Map.entry("JX-T2-2", List.of(2020, 2020, 2020)),
            Map.entry("JX-T3-1", List.of(2020, 2020, 2020)),
            Map.entry("JX-T3-3", List.of(2020)));
    // The document names years only, never a month.
    assertThat(plan.tasks())
        .flatExtracting(Task::milestones)
        .allSatisfy(m -> assertThat(m.month()).isNull());
    TaskMilestone agencies = task("JX-T3-3").milestones().get(0);
    assertThat(agencies.provenance().derivation()).isEqualTo(Derivation.STATED);
    assertThat(agencies.description().zh()).contains("3-5家");
    assertThat(agencies.conditional()).isFalse();
    TaskMilestone orgs = task("JX-T2-2").milestones().get(0);
    assertThat(orgs.provenance().derivation()).isEqualTo(Derivation.DERIVED);
    assertThat(orgs.provenance().section()).isEqualTo("二(三) 总体目标");
    assertThat(task("JX-T3-1").milestones().get(0).provenance().originalText())
        .contains("总数达到2000人");
  }

  @Test
  void goalStepsApplyToTheCommunitiesTheirClausesName() {
    OrgUnitCondition urban = new OrgUnitCondition.AreaIs(AreaType.URBAN);
    OrgUnitCondition rural = new OrgUnitCondition.AreaIs(AreaType.RURAL);
    assertThat(task("JX-T2-2").milestones())
        .extracting(m -> m.appliesTo(), m -> m.description().zh())
        .containsExactly(
            tuple(urban, "城市社区至少有10个以上"),
            tuple(
                new OrgUnitCondition.AllOf(
                    List.of(rural, new OrgUnitCondition.PopulationBelow(3000))),
                "3000人以下的农村社区至少2个以上"),
            tuple(
                new OrgUnitCondition.AllOf(
                    List.of(rural, new OrgUnitCondition.PopulationAtLeast(3000))),
                "3000人以上的农村社区至少5个以上社区社会组织"));
    assertThat(task("JX-T3-1").milestones())
        .extracting(m -> m.appliesTo(), m -> m.description().zh())
        .containsExactly(
            tuple(OrgUnitCondition.any(), "我市社会工作专业人才和从业人员总数达到2000人"),
            tuple(urban, "每个城市社区配备2-5名"),
            tuple(rural, "每个农村社区至少配备1名社会工作专业人才"));
    assertThat(task("JX-T1-2").milestones())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.appliesTo()).isEqualTo(urban);
              assertThat(m.provenance().note()).contains("urban communities");
            });
    // The conditions sort real communities as the clauses do.
    var steps = task("JX-T2-2").milestones();
    var village = OrgUnitProfile.community("v", AreaType.RURAL, 3000);
    assertThat(steps.stream().filter(m -> m.appliesTo().test(village)))
        .singleElement()
        .satisfies(m -> assertThat(m.description().zh()).startsWith("3000人以上"));
  }
}

package org.shequ.plan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Baseline;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.FieldType;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.FormRule;
import org.shequ.plan.api.Goal;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Issuer;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.MetadataField;
import org.shequ.plan.api.NationalIndicator;
import org.shequ.plan.api.Option;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.PeriodType;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.PlanValidator;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.ReviewFigure;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Target;
import org.shequ.plan.api.Task;
import org.shequ.plan.api.TaskMilestone;
import org.shequ.plan.api.Tolerance;
import org.shequ.plan.api.Unit;

/** The per-plan document of a small plan that uses every kind of clause. */
class PlanDocumentTest {
  private static final Provenance TABLE = Provenance.stated("附件 指标表", "社区工作者持证人数");
  private static final Provenance HELD =
      Provenance.derived("三(一)", "保持100%全覆盖", "保持 read as every year");
  private static final Baseline CERTIFIED_2015 =
      new Baseline(Figure.number(10550), 2015, Provenance.stated("一", "社区工作者10550人"));

  static Plan plan() {
    return Plan.builder("demo-2016-2020")
        .title("示范市城乡社区治理“十三五”规划", "Demo City community governance plan")
        .region("demo")
        .issuer(Issuer.lead("示范市民政局", "Demo City Civil Affairs Bureau"))
        .issuer(Issuer.coIssuer("示范市财政局", "Demo City Finance Bureau"))
        .documentNumber("示民〔2017〕1号")
        .issueDate(LocalDate.of(2017, 3, 1))
        .inferred(MetadataField.ISSUE_DATE, "the page prints only the month")
        .period(2016, 2020)
        .goal(
            new Goal(
                "GOAL-1",
                LocalizedText.of("基本形成城乡社区治理体系", "A community governance system in place"),
                2020,
                Provenance.stated("二 发展目标", "到2020年,基本形成…城乡社区治理体系")))
        .reviewFigure(
            new ReviewFigure(
                "REVIEW-FUNDS",
                LocalizedText.of("社区建设投入", "Community building funds"),
                Figure.number("44.08"),
                Unit.TEN_THOUSAND_CNY,
                2015,
                Scope.region(),
                Provenance.stated("一 回顾", "累计投入44.08亿元")))
        .lost("四 专栏1", "社区服务设施建设工程", "image only")
        .form(form())
        .indicator(certified())
        .indicator(workersPerCommunity())
        .indicator(coverage())
        .indicator(supervisors())
        .indicator(catalogue())
        .task(Task.builder("P1").title("标准化工程", "Standards project").provenance(TABLE).build())
        .task(
            Task.builder("P1-1")
                .title("出台标准目录", "Issue the catalogue")
                .parent("P1")
                .description("出台城市和农村社区公共服务标准目录", "Issue the urban and rural catalogues")
                .lead("市民政局")
                .responsible("市财政局", "市住建局")
                .milestone(
                    YearMonth.of(2017, 1),
                    "2017年初出台",
                    "Issued early 2017",
                    Provenance.derived("四(一)", "2017年初出台", "年初 read as January"))
                .milestone(
                    2018,
                    new OrgUnitCondition.AreaIs(AreaType.RURAL),
                    "农村社区2018年完成",
                    "Rural communities by 2018",
                    TABLE)
                .provenance(Provenance.stated("四(一)", "社区公共服务标准化建设"))
                .build())
        .build();
  }

  private static Form form() {
    return new Form(
        "DEMO-COMMUNITY",
        LocalizedText.of("社区年度情况表", "Annual community report"),
        OrgUnitLevel.COMMUNITY,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            Field.builder("workers", FieldType.INTEGER)
                .label("社区工作者人数", "Community workers")
                .unit(Unit.PERSONS)
                .min(0)
                .max(500)
                .required()
                .help("年末在岗人数", "In post at year end")
                .build(),
            Field.builder("certified", FieldType.INTEGER)
                .label("持证人数", "Certified workers")
                .unit(Unit.PERSONS)
                .min(0)
                .build(),
            Field.builder("office", FieldType.DECIMAL)
                .label("办公用房面积", "Office area")
                .unit(Unit.SQUARE_METRES)
                .build(),
            Field.builder("premises", FieldType.DECIMAL)
                .label("社区用房面积", "Premises area")
                .unit(Unit.SQUARE_METRES)
                .build(),
            Field.builder("has_centre", FieldType.BOOLEAN).label("服务中心", "Service centre").build(),
            Field.builder("catalogue", FieldType.ENUM)
                .label("目录进展", "Catalogue progress")
                .options(Option.of("NONE", "未制订", "None"), Option.of("DONE", "已出台", "Issued"))
                .build(),
            Field.builder("remark", FieldType.TEXT).label("备注", "Remark").maxLength(200).build()),
        List.of(
            new FormRule.CompareFields(
                "certified-within-workers",
                "certified",
                Comparator.AT_MOST,
                BigDecimal.ONE,
                "workers",
                LocalizedText.of("持证人数不能超过社区工作者人数", "Certified cannot exceed workers")),
            new FormRule.CompareFields(
                    "office-share",
                    "office",
                    Comparator.AT_MOST,
                    new BigDecimal("0.2"),
                    "premises",
                    LocalizedText.of("办公用房超过20%", "Office above 20% of the premises"))
                .asWarning()),
        Provenance.derived("附件 指标表", "指标表", "collects what the table's indicators need"));
  }

  private static Indicator certified() {
    return Indicator.builder("DEMO-CERTIFIED")
        .name("持证社区工作者人数", "Certified community workers")
        .unit(Unit.PERSONS)
        .scope(Scope.communities(AreaType.ALL))
        .baseline(CERTIFIED_2015.value(), CERTIFIED_2015.year(), CERTIFIED_2015.provenance())
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.relative(CERTIFIED_2015, "40"),
            Provenance.stated("三(二)", "提高40%以上"))
        .computation(new Computation.Sum("DEMO-COMMUNITY", "certified"))
        .nationalIndicatorApproximately("CERTIFIED", "all certified workers, not under-45 only")
        .provenance(TABLE)
        .build();
  }

  private static Indicator workersPerCommunity() {
    return Indicator.builder("DEMO-WORKERS")
        .name("社区工作者配备达标的社区比例", "Communities with enough workers")
        .unit(Unit.PERSONS)
        .scope(Scope.eachCommunity(AreaType.ALL))
        .target(
            new Target(
                2020,
                List.of(
                    new Target.TargetClause(
                        new OrgUnitCondition.AllOf(
                            List.of(
                                new OrgUnitCondition.AreaIs(AreaType.RURAL),
                                new OrgUnitCondition.PopulationBelow(3000))),
                        Comparator.AT_LEAST,
                        Figure.number(1)),
                    new Target.TargetClause(
                        OrgUnitCondition.any(), Comparator.AT_LEAST, Figure.number(3))),
                TABLE))
        .milestone(2019, Comparator.AT_LEAST, Figure.number(80), TABLE)
        .computation(new Computation.ShareMeetingTarget("DEMO-COMMUNITY", "workers"))
        .provenance(TABLE)
        .build();
  }

  private static Indicator coverage() {
    return Indicator.builder("DEMO-CENTRES")
        .name("社区服务中心覆盖率", "Service centre coverage")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .eachArea(AreaType.URBAN, AreaType.RURAL)
        .heldEveryYear(2018, 2020, Comparator.AT_LEAST, Figure.number(100), HELD)
        .computation(
            new Computation.ShareOfUnits("DEMO-COMMUNITY", FieldCondition.isTrue("has_centre")))
        .nationalIndicator("CENTRES")
        .provenance(HELD)
        .build();
  }

  private static Indicator supervisors() {
    return Indicator.builder("DEMO-SUPERVISORS")
        .name("社区社会工作督导", "Social-work supervisors")
        .unit(Unit.PERSONS)
        .scope(Scope.communities(AreaType.ALL))
        .target(
            2020,
            Comparator.APPROXIMATELY,
            Figure.about(200, Tolerance.relative("0.1")),
            Provenance.derived("五(三)", "每年培养200人左右", "左右 read as ±10%"))
        .computation(new Computation.Sum("DEMO-COMMUNITY", "workers"))
        .provenance(Provenance.derived("五(三)", "每年培养200人左右", "a DERIVED indicator"))
        .build();
  }

  private static Indicator catalogue() {
    return Indicator.builder("DEMO-CATALOGUE")
        .name("标准目录", "Standards catalogue")
        .unit(Unit.STAGE)
        .scope(Scope.communities(AreaType.ALL))
        .stage("NONE", "未制订", "None", TABLE)
        .stage("DONE", "已出台", "Issued", TABLE)
        .target(2020, Comparator.AT_LEAST, Figure.stage("DONE"), TABLE)
        .computation(new Computation.LatestStage("DEMO-COMMUNITY", "catalogue"))
        .provenance(TABLE)
        .build();
  }

  private static List<NationalIndicator> nationalCatalogue() {
    return List.of(
        new NationalIndicator(
            "CENTRES",
            LocalizedText.of("综合服务设施覆盖率", "Service facility coverage"),
            Unit.PERCENT,
            AreaType.URBAN,
            LocalizedText.of("建有设施的社区比例", "Share of communities with a facility"),
            List.of(
                new NationalIndicator.Benchmark(
                    Figure.number("96.4"),
                    LocalDate.of(2020, 9, 30),
                    Provenance.stated("回顾", "覆盖率为96.4%"))),
            Target.of(2020, Comparator.AT_LEAST, Figure.number(100), TABLE)));
  }

  @Test
  void theDemoPlanIsValidSoTheDocumentDescribesWhatTheHostWouldServe() {
    assertThat(PlanValidator.problems(plan(), java.util.Set.of("CERTIFIED", "CENTRES"))).isEmpty();
  }

  @Test
  void theHeaderGivesTheMetadataAndWhatWasInferred() {
    String doc = PlanDocument.render(plan());

    assertThat(doc)
        .startsWith("<!-- Generated from plan demo-2016-2020")
        .contains("# 示范市城乡社区治理“十三五”规划\n\n*Demo City community governance plan*\n")
        .contains(
            "| Issuers | 示范市民政局 (Demo City Civil Affairs Bureau), lead issuer; 示范市财政局 (Demo City"
                + " Finance Bureau), co-issuer |")
        .contains("| 文号 (document number) | 示民〔2017〕1号 |")
        .contains("| Issued | 2017-03-01 *(inferred, see below)* |")
        .contains("| Period | 2016–2020 |")
        .contains("- Issue date: the page prints only the month");
  }

  @Test
  void goalsReviewFiguresAndLostContentAreListedWithTheirWording() {
    String doc = PlanDocument.render(plan());

    assertThat(doc)
        .contains(
            "- `GOAL-1` (by 2020): 基本形成城乡社区治理体系 — A community governance system in place\n"
                + "  - STATED in 二 发展目标: «到2020年,基本形成…城乡社区治理体系»")
        .contains(
            "- `REVIEW-FUNDS` 社区建设投入 (Community building funds): 44.08 10,000 CNY in 2015, the"
                + " region as a whole")
        .contains("- 四 专栏1: «社区服务设施建设工程». image only");
  }

  @Test
  void indicatorsAreGroupedBySectionInTheOrderTheyFirstAppear() {
    String doc = PlanDocument.render(plan());

    assertThat(doc.indexOf("### Indicators from 附件 指标表"))
        .isPositive()
        .isLessThan(doc.indexOf("### Indicators from 三(一)"));
    assertThat(doc.indexOf("### Indicators from 三(一)"))
        .isLessThan(doc.indexOf("### Indicators from 五(三)"));
    // The stage indicator comes from the table again: it joins the table's group.
    assertThat(doc.indexOf("#### `DEMO-CATALOGUE`"))
        .isLessThan(doc.indexOf("### Indicators from 三(一)"));
  }

  @Test
  void aRelativeTargetShowsItsRuleAndTheFigureItYieldsAndAnApproximateMapping() {
    String doc = PlanDocument.render(plan());

    assertThat(doc)
        .contains("- Baseline (2015): 10550 persons\n  - STATED in 一: «社区工作者10550人»")
        .contains(
            "- Target (2020): ≥ 14770 persons (rule: +40% over 2015's 10,550)\n"
                + "  - STATED in 三(二): «提高40%以上»")
        .contains(
            "- National mapping: `CERTIFIED`, approximate: all certified workers, not under-45"
                + " only")
        .contains(
            "- Computation: From form `DEMO-COMMUNITY` 社区年度情况表 (Annual community report): the"
                + " sum of `certified` (持证人数 / Certified workers) over reporting units.");
  }

  @Test
  void aPerUnitTargetShowsEachClauseItsShareAndTheClauseAsThePlanStatesIt() {
    String doc = PlanDocument.render(plan());

    assertThat(doc)
        .contains(
            "- Unit: persons (人); the actual value is in % of units meeting their own target\n"
                + "- Scope: all communities and villages (城乡社区), the target holding for each"
                + " unit")
        .contains(
            "- Target (2020), by org unit, the first matching clause applying:\n"
                + "  - rural units, population below 3000: ≥ 1 persons\n"
                + "  - any other unit: ≥ 3 persons\n"
                + "  - Per unit, as shown beside the share: 农村社区、人口3000人以下: ≥ 1 人/社区; ≥ 3"
                + " 人/社区 (rural communities, under 3000 residents: ≥ 1 persons per community; ≥ 3"
                + " persons per community)\n"
                + "  - Provenance as the indicator's.")
        .contains(
            "- Milestones (shares of units meeting their own target), by year:\n"
                + "  - 2019: ≥ 80%\n")
        .contains(
            "meets the target clause for that unit, in %; a unit whose clause depends on a"
                + " population the registry lacks is counted as unknown.");
  }

  @Test
  void areasJudgedOnTheirOwnAndALevelHeldEveryYearAreSpelledOut() {
    String doc = PlanDocument.render(plan());

    assertThat(doc)
        .contains("- Judged per area: urban and rural must each meet the target on their own")
        .contains(
            "- Milestones, by year:\n"
                + "  - 2018: ≥ 100%\n"
                + "    - Provenance as the indicator's.\n"
                + "  - 2019: ≥ 100%\n"
                + "    - Provenance as the milestone above.\n")
        .contains("- National mapping: `CENTRES`, like for like")
        .contains(
            "the share of reporting units whose `has_centre` (服务中心 / Service centre) is ticked");
  }

  @Test
  void anAboutTargetShowsItsBandAndWhyAndAStageIndicatorItsStages() {
    String doc = PlanDocument.render(plan());

    assertThat(doc)
        .contains(
            "- Target (2020): ≈ 200 persons (band 180–220, ± 10% of the figure)\n"
                + "  - DERIVED in 五(三): «每年培养200人左右» Note: 左右 read as ±10%")
        .contains("- Target (2020): ≥ stage `DONE` 已出台 (Issued)")
        .contains("- Stages, in order:\n  1. `NONE` 未制订 (None)\n")
        .contains("the earliest stage reached among reporting units, read from `catalogue`");
  }

  @Test
  void tasksFollowTheirProjectWithDepartmentsAndDatedConditionalMilestones() {
    String doc = PlanDocument.render(plan());

    assertThat(doc)
        .contains("### `P1` 标准化工程\n\n*Standards project*\n")
        .contains("#### `P1-1` 出台标准目录")
        .contains("- Part of: `P1` 标准化工程")
        .contains("- Lead (牵头单位): 市民政局\n- Responsible (责任单位): 市财政局、市住建局")
        .contains(
            "  - By the end of January 2017 (2017-01-31): 2017年初出台 — Issued early 2017\n"
                + "    - DERIVED in 四(一): «2017年初出台» Note: 年初 read as January")
        .contains(
            "  - By the end of 2018, for rural units: 农村社区2018年完成 — Rural communities by 2018");
    assertThat(doc.indexOf("`P1-1`")).isGreaterThan(doc.indexOf("`P1` 标准化工程"));
  }

  @Test
  void formsListTheirFieldsAndRulesWithSeverity() {
    String doc = PlanDocument.render(plan());

    assertThat(doc)
        .contains("- Reported by: all communities and villages (城乡社区), annual")
        .contains(
            "| `workers` | 社区工作者人数 / Community workers | INTEGER | persons (人) | 0–500 | yes |"
                + "  | 年末在岗人数 / In post at year end |")
        .contains("| `remark` | 备注 / Remark | TEXT |  | ≤ 200 characters | no |  |  |")
        .contains(
            "| `catalogue` | 目录进展 / Catalogue progress | ENUM |  |  | no | stages of"
                + " `DEMO-CATALOGUE`:<br>`NONE` 未制订 (None)<br>`DONE` 已出台 (Issued) |  |")
        .contains(
            "- `certified-within-workers` (ERROR: refuses the report): `certified` ≤ `workers`."
                + " Message: «持证人数不能超过社区工作者人数» / Certified cannot exceed workers")
        .contains(
            "- `office-share` (WARNING: stored with the report and shown, never blocks): `office`"
                + " ≤ 0.2 × `premises`.");
  }

  @Test
  void theNationalCatalogueIsAddedOnlyWhenGiven() {
    assertThat(PlanDocument.render(plan())).doesNotContain("## National indicator catalogue");
    assertThat(PlanDocument.render(plan(), nationalCatalogue()))
        .contains("## National indicator catalogue")
        .contains(
            "- Benchmarks:\n  - 2020-09-30: 96.4%\n    - STATED in 回顾: «覆盖率为96.4%»\n"
                + "- Target (2020): ≥ 100%\n");
  }

  @Test
  void theSamePlanAlwaysRendersTheSameBytesEndingInOneNewline() {
    String once = PlanDocument.render(plan(), nationalCatalogue());

    assertThat(PlanDocument.render(plan(), nationalCatalogue())).isEqualTo(once);
    assertThat(once).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r");
  }

  @Test
  void aMinimalPlanSaysWhatItLacks() {
    Plan bare =
        Plan.builder("bare-2016-2020")
            .title("规划", "Plan")
            .issuer(Issuer.lead("民政局", "Civil affairs"))
            .issueDate(LocalDate.of(2016, 1, 1))
            .period(2016, 2020)
            .build();

    assertThat(PlanDocument.render(bare))
        .contains("The document prints all of this metadata.")
        .contains("The plan records no qualitative goals.")
        .contains("The plan records no figures of the review.")
        .contains("## Content the captured document lost\n\nNone recorded.")
        .contains("The plan has no indicators.")
        .contains("The plan has no tasks.")
        .contains("The plan has no forms.")
        .contains("| 文号 (document number) | none |");
  }

  @Test
  void lineBreaksAndPipesInTheWordingDoNotBreakTheMarkdown() {
    TaskMilestone m =
        new TaskMilestone(
            2018, LocalizedText.of("第一行\n第二行", "a | b"), Provenance.stated("三", "原文|原文"));
    Task t = Task.builder("T").title("任务", "Task").milestone(m).provenance(TABLE).build();
    Plan p =
        Plan.builder("x-2016-2020")
            .title("规划", "Plan")
            .issueDate(LocalDate.of(2016, 1, 1))
            .period(2016, 2020)
            .task(t)
            .form(form())
            .build();

    String doc = PlanDocument.render(p);

    assertThat(doc).contains("第一行<br>第二行 — a | b").contains("«原文|原文»");
    assertThat(doc).contains("| `remark` | 备注 / Remark |");
  }
}

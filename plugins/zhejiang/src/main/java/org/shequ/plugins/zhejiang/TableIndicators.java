package org.shequ.plugins.zhejiang;

import static org.shequ.plugins.zhejiang.Fields.CERTIFIED_SOCIAL_WORKERS;
import static org.shequ.plugins.zhejiang.Fields.COMMUNITY_FORM;
import static org.shequ.plugins.zhejiang.Fields.COUNTY_FORM;
import static org.shequ.plugins.zhejiang.Fields.REGION_FORM;
import static org.shequ.plugins.zhejiang.Fields.RURAL_FORM;
import static org.shequ.plugins.zhejiang.Fields.STREET_FORM;

import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Baseline;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.NationalCodes;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Target;
import org.shequ.plan.api.Target.TargetClause;
import org.shequ.plan.api.Tolerance;
import org.shequ.plan.api.Unit;

/**
 * The eight rows of the summary table (附件 浙江省城乡社区治理“十三五”规划指标汇总表). A row whose target cell sets
 * several goals becomes one indicator per goal, coded after the row number. Baselines are the “十二五”
 * column (end of 2015), targets the “十三五” column (2020).
 */
final class TableIndicators {
  private TableIndicators() {}

  /** The tag a region puts on its less-developed counties (欠发达地区), whose target is lower. */
  static final String LESS_DEVELOPED_TAG = "less-developed";

  private static final int BASE_YEAR = 2015;
  private static final int TARGET_YEAR = 2020;

  /** One third as a percentage, rounded down so that exactly one unit in three meets it. */
  static final String ONE_THIRD = "33.33";

  static final String ONE_THIRD_NOTE =
      "三分之一以上 (more than one third) written as a percentage, 33.33%, rounded down so that"
          + " exactly one in three counts";

  static List<Indicator> all() {
    return List.of(
        standardsCatalogue(),
        ruralServiceCentres(),
        ruralModelStandard(),
        ruralImprovedStandard(),
        platform("ZJ-04-URBAN", AreaType.URBAN, "城市", "urban", Quotes.T4_URBAN, 60),
        platform("ZJ-04-RURAL", AreaType.RURAL, "农村", "rural", Quotes.T4_RURAL, 30),
        socialOrgs(),
        socialOrgsPerCommunity("ZJ-05-URBAN", AreaType.URBAN, "城市", "urban", 15),
        socialOrgsPerCommunity("ZJ-05-RURAL", AreaType.RURAL, "农村", "rural", 5),
        hubOrgStreets(),
        hubOrgCommunities(),
        studios(),
        studioCoverageUrban(),
        studioCoverageRural(),
        socialWorkAgencies(),
        studioGuidance(),
        certifiedWorkers(),
        certifiedUrbanWorkers(),
        ruralSocialWorkers(),
        leaderTalents());
  }

  // Row 1: a qualitative indicator the province reports; the running text dates the catalogue.
  static Indicator standardsCatalogue() {
    return Stages.addTo(Indicator.builder("ZJ-01"), Stages.STANDARDS_CATALOGUE)
        .name("社区公共服务相关标准目录", "Catalogue of community public-service standards")
        .unit(Unit.STAGE)
        .scope(Scope.region())
        .baseline(
            Figure.stage(Stages.CATALOGUE_NOT_DRAWN_UP), BASE_YEAR, Sources.table(Quotes.T1_BASE))
        .milestone(
            2017,
            Comparator.AT_LEAST,
            Figure.stage(Stages.CATALOGUE_DRAWN_UP),
            Sources.stated(
                Sections.STANDARDS_1,
                Quotes.STANDARDS_CATALOGUE_2017,
                "issued early in 2017 (2017年初), so due by the 2017 report"))
        .target(
            TARGET_YEAR,
            Comparator.AT_LEAST,
            Figure.stage(Stages.CATALOGUE_DRAWN_UP),
            Sources.table(Quotes.T1_TARGET))
        .computation(new Computation.LatestStage(REGION_FORM, Fields.STANDARDS_CATALOGUE_STAGE))
        .provenance(Sources.table(Quotes.T1_NAME))
        .build();
  }

  // Row 2: 93% in 2015 is also what 一(一)1 says (覆盖93%的村).
  private static Indicator ruralServiceCentres() {
    return Indicator.builder("ZJ-02")
        .name("农村社区服务中心覆盖率", "Rural community service centre coverage")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.RURAL))
        .baseline(Figure.number(93), BASE_YEAR, Sources.table(Quotes.T2_BASE))
        .target(
            TARGET_YEAR, Comparator.AT_LEAST, Figure.number(95), Sources.table(Quotes.T2_TARGET))
        .computation(
            new Computation.ShareOfUnits(
                COMMUNITY_FORM, FieldCondition.isTrue(Fields.HAS_SERVICE_CENTRE)))
        .nationalIndicator(NationalCodes.RURAL_SERVICE_FACILITY_COVERAGE)
        .provenance(Sources.table(Quotes.T2_NAME))
        .build();
  }

  private static final String NOT_STARTED_NOTE =
      "未开展 (not yet carried out): no rural community had been rated against the"
          + " demonstration standards, read as 0%";

  // Row 3 sets two shares, one per tier; the document never says a 示范型 community is also 完善型.
  private static Indicator ruralModelStandard() {
    return Indicator.builder("ZJ-03-MODEL")
        .name("达到示范型社区标准的农村社区比例", "Rural communities meeting the model-community standard")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.RURAL))
        .baseline(
            Figure.number(0), BASE_YEAR, Sources.tableDerived(Quotes.T3_BASE, NOT_STARTED_NOTE))
        .target(
            TARGET_YEAR,
            Comparator.AT_LEAST,
            Figure.number(30),
            Sources.table(Quotes.T3_TARGET_MODEL))
        .computation(
            new Computation.ShareOfUnits(
                RURAL_FORM, FieldCondition.isTrue(Fields.MEETS_MODEL_STANDARD)))
        .provenance(Sources.table(Quotes.T3_NAME))
        .build();
  }

  private static Indicator ruralImprovedStandard() {
    return Indicator.builder("ZJ-03-IMPROVED")
        .name(
            "达到完善型农村社区标准的农村社区比例", "Rural communities meeting the improved-rural-community standard")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.RURAL))
        .baseline(
            Figure.number(0), BASE_YEAR, Sources.tableDerived(Quotes.T3_BASE, NOT_STARTED_NOTE))
        .target(
            TARGET_YEAR,
            Comparator.AT_LEAST,
            Figure.number(50),
            Sources.table(Quotes.T3_TARGET_IMPROVED))
        .computation(
            new Computation.ShareOfUnits(
                RURAL_FORM, FieldCondition.isTrue(Fields.MEETS_IMPROVED_STANDARD)))
        .provenance(Sources.table(Quotes.T3_NAME))
        .build();
  }

  // Row 4: the table's “十二五” cell is blank, so there is no baseline.
  private static Indicator platform(
      String code, AreaType area, String areaZh, String areaEn, String quote, int target) {
    return Indicator.builder(code)
        .name(
            areaZh + "社区公共服务综合信息平台覆盖率",
            "Community public-service information platform coverage, " + areaEn)
        .unit(Unit.PERCENT)
        .scope(Scope.communities(area))
        .target(TARGET_YEAR, Comparator.AT_LEAST, Figure.number(target), Sources.table(quote))
        .computation(
            new Computation.ShareOfUnits(
                COMMUNITY_FORM, FieldCondition.isTrue(Fields.ON_INFO_PLATFORM)))
        .nationalIndicatorApproximately(
            NationalCodes.INFORMATION_PLATFORM_COVERAGE,
            areaEn
                + " communities only (the provincial 96345 platform); the national figure covers"
                + " all communities")
        .provenance(Sources.table(Quotes.T4_NAME))
        .build();
  }

  // Row 5, first goal: the province's total. 四(四)2 restates it for the end of 2020.
  private static Indicator socialOrgs() {
    return Indicator.builder("ZJ-05")
        .name("登记或备案的社区社会组织数", "Registered or filed community social organisations")
        .unit(Unit.COUNT)
        .scope(Scope.communities(AreaType.ALL))
        .baseline(
            Figure.number(100_000),
            BASE_YEAR,
            Sources.tableDerived(
                Quotes.T5_BASE, "10万余个 (over 100,000) recorded as its floor, 100,000"))
        .target(
            TARGET_YEAR,
            Comparator.AT_LEAST,
            Figure.number(150_000),
            Sources.table(Quotes.T5_TOTAL))
        .computation(new Computation.Sum(COMMUNITY_FORM, Fields.SOCIAL_ORGS))
        .provenance(Sources.table(Quotes.T5_NAME))
        .build();
  }

  // Row 5, second goal: an average over communities, not a floor for each one.
  private static Indicator socialOrgsPerCommunity(
      String code, AreaType area, String areaZh, String areaEn, int target) {
    return Indicator.builder(code)
        .name(
            "平均每个" + areaZh + "社区的社区社会组织数",
            "Community social organisations per " + areaEn + " community (average)")
        .unit(Unit.COUNT)
        .scope(Scope.communities(area))
        .target(
            TARGET_YEAR,
            Comparator.AT_LEAST,
            Figure.number(target),
            Sources.table(Quotes.T5_AVERAGE))
        .computation(new Computation.AveragePerUnit(COMMUNITY_FORM, Fields.SOCIAL_ORGS))
        .nationalIndicatorApproximately(
            NationalCodes.SOCIAL_ORGS_PER_COMMUNITY,
            "registered or filed community social organisations per "
                + areaEn
                + " community only; the national figure averages over all communities")
        .provenance(Sources.table(Quotes.T5_NAME))
        .build();
  }

  // Row 5, third goal: “基本覆盖” (basically cover) gives no figure, so no target is set.
  private static Indicator hubOrgStreets() {
    return Indicator.builder("ZJ-05-HUB-STREETS")
        .name(
            "有枢纽型、支持型社会组织的街道(乡镇)比例",
            "Streets and townships covered by hub or support social organisations")
        .unit(Unit.PERCENT)
        .scope(Scope.streets())
        .computation(
            new Computation.ShareOfUnits(
                STREET_FORM, FieldCondition.isTrue(Fields.STREET_HAS_HUB_ORG)))
        .provenance(Sources.table(Quotes.T5_HUB))
        .build();
  }

  private static Indicator hubOrgCommunities() {
    return Indicator.builder("ZJ-05-HUB-COMMUNITIES")
        .name("枢纽型、支持型社会组织覆盖的城乡社区比例", "Communities covered by hub or support social organisations")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .computation(
            new Computation.ShareOfUnits(
                COMMUNITY_FORM, FieldCondition.isTrue(Fields.COVERED_BY_HUB_ORG)))
        .provenance(Sources.table(Quotes.T5_HUB))
        .build();
  }

  // Row 6: the 2015 figure is a count of studios; the 2020 goals are coverage shares.
  private static Indicator studios() {
    return Indicator.builder("ZJ-06")
        .name("城乡社区社会工作室数", "Community social-work studios")
        .unit(Unit.COUNT)
        .scope(Scope.communities(AreaType.ALL))
        .baseline(Figure.number(4245), BASE_YEAR, Sources.table(Quotes.T6_BASE))
        .computation(
            new Computation.CountOfUnits(
                COMMUNITY_FORM, FieldCondition.isTrue(Fields.HAS_SW_STUDIO)))
        .provenance(Sources.table(Quotes.T6_NAME))
        .build();
  }

  private static Indicator studioCoverageUrban() {
    return Indicator.builder("ZJ-06-URBAN")
        .name("建有社区社会工作室的城市社区比例", "Urban communities with a social-work studio")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.URBAN))
        .computation(
            new Computation.ShareOfUnits(
                COMMUNITY_FORM, FieldCondition.isTrue(Fields.HAS_SW_STUDIO)))
        .provenance(Sources.table(Quotes.T6_COVERAGE))
        .build();
  }

  private static Indicator studioCoverageRural() {
    return Indicator.builder("ZJ-06-RURAL")
        .name("建有社区社会工作室的农村社区比例", "Rural communities with a social-work studio")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.RURAL))
        .target(
            TARGET_YEAR,
            Comparator.AT_LEAST,
            Figure.number(ONE_THIRD),
            Sources.tableDerived(Quotes.T6_COVERAGE, ONE_THIRD_NOTE))
        .computation(
            new Computation.ShareOfUnits(
                COMMUNITY_FORM, FieldCondition.isTrue(Fields.HAS_SW_STUDIO)))
        .provenance(Sources.table(Quotes.T6_COVERAGE))
        .build();
  }

  // Row 6: “数量和质量提升” gives no figure; the 2015 count is from 一(一)3.
  private static Indicator socialWorkAgencies() {
    return Indicator.builder("ZJ-06-AGENCIES")
        .name("民办社会工作机构数", "Private social-work agencies")
        .unit(Unit.COUNT)
        .scope(Scope.region())
        .baseline(
            Figure.number(420),
            BASE_YEAR,
            Sources.derived(
                Sections.ACHIEVEMENTS_3,
                Quotes.AGENCIES_2015,
                "420多家 (over 420) recorded as its floor, 420; “目前” in the review of the 12th"
                    + " five-year period read as the end of 2015"))
        .computation(new Computation.Sum(REGION_FORM, Fields.PRIVATE_SW_AGENCIES))
        .provenance(Sources.table(Quotes.T6_AGENCIES))
        .build();
  }

  static Indicator studioGuidance() {
    return Stages.addTo(Indicator.builder("ZJ-06-GUIDANCE"), Stages.STUDIO_GUIDANCE)
        .name("社区社会工作室规范运行指导意见", "Guidance on the standard running of social-work studios")
        .unit(Unit.STAGE)
        .scope(Scope.region())
        .target(
            TARGET_YEAR,
            Comparator.AT_LEAST,
            Figure.stage(Stages.GUIDANCE_ISSUED),
            Sources.table(Quotes.T6_GUIDANCE))
        .computation(new Computation.LatestStage(REGION_FORM, Fields.STUDIO_GUIDANCE_STAGE))
        .provenance(Sources.table(Quotes.T6_GUIDANCE))
        .build();
  }

  // Row 7 pairs the 10,550 certified community workers of urban and rural communities together
  // (一(一)1: «取得社会工作职业资格人数16133人,其中,社区工作者10550人») with a "+40%" for urban communities.
  // The document gives no urban-only figure, so the +40% is judged on the scope its baseline counts
  // (ZJ-07), and the urban count it names is tracked beside it without a figure (ZJ-07-URBAN).
  /** Row 7's baseline, which its "+40%" target is measured from: urban and rural together. */
  static final Baseline CERTIFIED_WORKERS_2015 =
      new Baseline(
          Figure.number(10_550),
          BASE_YEAR,
          Sources.stated(
              Sections.TABLE,
              Quotes.T7_BASE,
              "the table's figure for this row; 一(一)1 shows it counts the certified community"
                  + " workers of urban and rural communities together («全省城乡社区工作者总人数128833人,"
                  + "取得社会工作职业资格人数16133人,其中,社区工作者10550人»)"));

  private static Indicator certifiedWorkers() {
    return Indicator.builder("ZJ-07")
        .name(
            "城乡社区中持社会工作者职业水平证书的社区工作者人数",
            "Community workers holding the social-work qualification certificate, urban and rural")
        .unit(Unit.PERSONS)
        .scope(Scope.communities(AreaType.ALL))
        .baseline(
            CERTIFIED_WORKERS_2015.value(),
            CERTIFIED_WORKERS_2015.year(),
            CERTIFIED_WORKERS_2015.provenance())
        .target(
            TARGET_YEAR,
            Comparator.AT_LEAST,
            // 提高40%以上 stays a rule over the baseline; 10,550 × 1.4 = 14,770 follows from it.
            Figure.relative(CERTIFIED_WORKERS_2015, "40"),
            Sources.tableDerived(
                Quotes.T7_TARGET,
                "提高40%以上 (up by 40% or more) applied to the table's baseline: 10,550 × 1.4 ="
                    + " 14,770. The clause names urban communities (城市社区中), but the only"
                    + " baseline the document gives, 10,550, counts urban and rural certified"
                    + " community workers together, and a target must share its baseline's"
                    + " scope: the rise is judged over urban and rural communities. The urban"
                    + " count alone is ZJ-07-URBAN, without a figure"))
        .computation(new Computation.Sum(COMMUNITY_FORM, CERTIFIED_SOCIAL_WORKERS))
        .provenance(Sources.table(Quotes.T7_NAME))
        .build();
  }

  // The measure row 7's clause names; no figure, because the document gives no urban baseline
  // for its "+40%" to rise from.
  private static Indicator certifiedUrbanWorkers() {
    return Indicator.builder("ZJ-07-URBAN")
        .name(
            "城市社区中持社会工作者职业水平证书人数",
            "Urban community workers holding the social-work qualification certificate")
        .unit(Unit.PERSONS)
        .scope(Scope.communities(AreaType.URBAN))
        .computation(new Computation.Sum(COMMUNITY_FORM, CERTIFIED_SOCIAL_WORKERS))
        .provenance(
            Sources.stated(
                Sections.TABLE,
                Quotes.T7_TARGET,
                "the urban count the clause names; its +40% has no urban baseline in the"
                    + " document (10,550 counts urban and rural together), so it carries no"
                    + " figure here and the +40% is judged by ZJ-07"))
        .build();
  }

  // Row 7: a floor for each rural community; the actual is the share of villages meeting it.
  private static Indicator ruralSocialWorkers() {
    return Indicator.builder("ZJ-07-RURAL")
        .name("每个农村社区配备社区社会工作者", "A community social worker in every rural community")
        .unit(Unit.PERSONS)
        .scope(Scope.eachCommunity(AreaType.RURAL))
        .target(TARGET_YEAR, Comparator.AT_LEAST, Figure.number(1), Sources.table(Quotes.T7_TARGET))
        .computation(new Computation.ShareMeetingTarget(COMMUNITY_FORM, CERTIFIED_SOCIAL_WORKERS))
        .provenance(Sources.table(Quotes.T7_NAME))
        .build();
  }

  /** "3名左右": one person either way, the narrowest band a head count can have. */
  static final Tolerance LEADERS_BAND = Tolerance.absolute(1);

  // Row 8: each county's target depends on whether the region tags it less developed.
  private static Indicator leaderTalents() {
    return Indicator.builder("ZJ-08")
        .name("每个县(市、区)培育的社区工作领军人才", "Community-work leading talents trained per county")
        .unit(Unit.PERSONS)
        .scope(new Scope(AreaType.ALL, OrgUnitLevel.COUNTY, true))
        .baseline(
            Figure.number(0),
            BASE_YEAR,
            Sources.tableDerived(
                Quotes.T8_BASE,
                "未开展 (not yet carried out): no leading talent had been trained, read as 0"))
        .target(
            new Target(
                TARGET_YEAR,
                List.of(
                    new TargetClause(
                        new OrgUnitCondition.HasTag(LESS_DEVELOPED_TAG),
                        Comparator.BETWEEN,
                        Figure.range("1", "2")),
                    new TargetClause(
                        OrgUnitCondition.any(),
                        Comparator.APPROXIMATELY,
                        Figure.about(3, LEADERS_BAND))),
                Sources.derived(
                    Sections.TABLE,
                    Quotes.T8_TARGET,
                    "3名左右 (about 3) held as 3 ± 1, i.e. 2–4 per county: 左右 gives no band;"
                        + " ±10 % would admit no whole person but 3, so the band is one person"
                        + " either way. 欠发达地区 1-2名 (one or two) as the range 1–2, both included,"
                        + " for counties tagged less-developed: a range the document states,"
                        + " held like the band of 3名左右 rather than as a floor")))
        .computation(new Computation.ShareMeetingTarget(COUNTY_FORM, Fields.LEADER_TALENTS))
        .provenance(Sources.table(Quotes.T8_NAME))
        .build();
  }
}

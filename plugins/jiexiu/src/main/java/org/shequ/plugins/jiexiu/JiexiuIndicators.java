package org.shequ.plugins.jiexiu;

import static org.shequ.plugins.jiexiu.JiexiuForms.CERTIFIED_SOCIAL_WORKERS;
import static org.shequ.plugins.jiexiu.JiexiuForms.COMMUNITY;
import static org.shequ.plugins.jiexiu.JiexiuForms.COMMUNITY_STAFF;
import static org.shequ.plugins.jiexiu.JiexiuForms.FACILITY_AREA;
import static org.shequ.plugins.jiexiu.JiexiuForms.FACILITY_UPGRADED;
import static org.shequ.plugins.jiexiu.JiexiuForms.HAS_SERVICE_FACILITY;
import static org.shequ.plugins.jiexiu.JiexiuForms.INFO_PLATFORM_APPLIED;
import static org.shequ.plugins.jiexiu.JiexiuForms.ONE_STOP_SERVICE;
import static org.shequ.plugins.jiexiu.JiexiuForms.PRIVATE_SOCIAL_WORK_AGENCIES;
import static org.shequ.plugins.jiexiu.JiexiuForms.REGION;
import static org.shequ.plugins.jiexiu.JiexiuForms.SOCIAL_ORGS;
import static org.shequ.plugins.jiexiu.JiexiuForms.SOCIAL_WORKERS;
import static org.shequ.plugins.jiexiu.JiexiuForms.SOCIAL_WORK_POSTS;
import static org.shequ.plugins.jiexiu.JiexiuForms.SOCIAL_WORK_PURCHASE;
import static org.shequ.plugins.jiexiu.JiexiuForms.SOCIAL_WORK_TALENT_TOTAL;
import static org.shequ.plugins.jiexiu.JiexiuForms.STREET;

import java.math.BigDecimal;
import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.NationalCodes;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Target;
import org.shequ.plan.api.Target.TargetClause;
import org.shequ.plan.api.Unit;

/**
 * The plan's indicators. The document sets its figures for 2020 only (二(三) 总体目标 and 三(三)3): it
 * gives no baseline and no yearly step for 2018 or 2019, so none appears here. Indicators without a
 * target follow a direction the document sets ("逐步扩大", "加大") or give the national comparison the
 * average it compares; their provenance says which.
 */
final class JiexiuIndicators {
  private JiexiuIndicators() {}

  static final String URBAN_FACILITY_UPGRADE = "JX-URBAN-FACILITY-UPGRADE";
  static final String URBAN_FACILITY_AREA = "JX-URBAN-FACILITY-AREA";
  static final String URBAN_FACILITY_COVERAGE = "JX-URBAN-FACILITY-COVERAGE";
  static final String RURAL_FACILITY_COVERAGE = "JX-RURAL-FACILITY-COVERAGE";
  static final String INFO_PLATFORM_COVERAGE = "JX-INFO-PLATFORM-COVERAGE";
  static final String STREET_ONE_STOP = "JX-STREET-ONE-STOP";
  static final String COMMUNITY_SOCIAL_ORGS = "JX-COMMUNITY-SOCIAL-ORGS";
  static final String SOCIAL_ORGS_PER_COMMUNITY = "JX-SOCIAL-ORGS-PER-COMMUNITY";
  static final String SOCIAL_WORK_TALENT = "JX-SOCIAL-WORK-TALENT";
  static final String COMMUNITY_SOCIAL_WORKERS = "JX-COMMUNITY-SOCIAL-WORKERS";
  static final String CERTIFIED_PER_COMMUNITY = "JX-CERTIFIED-SOCIAL-WORKERS-PER-COMMUNITY";
  static final String SOCIAL_WORKER_SHARE = "JX-SOCIAL-WORKER-SHARE";
  static final String STREET_SOCIAL_WORK_POSTS = "JX-STREET-SOCIAL-WORK-POSTS";
  static final String PRIVATE_AGENCIES = "JX-PRIVATE-SOCIAL-WORK-AGENCIES";
  static final String SOCIAL_WORK_PURCHASE_FUNDS = "JX-SOCIAL-WORK-PURCHASE";

  /** Residents that split rural communities into the ≥ 2 and ≥ 5 social-organisation targets. */
  static final int RURAL_POPULATION_THRESHOLD = 3000;

  private static final int GOAL_YEAR = 2020;

  static List<Indicator> all() {
    return List.of(
        urbanFacilityUpgrade(),
        urbanFacilityArea(),
        facilityCoverage(URBAN_FACILITY_COVERAGE, AreaType.URBAN),
        facilityCoverage(RURAL_FACILITY_COVERAGE, AreaType.RURAL),
        infoPlatformCoverage(),
        streetOneStop(),
        communitySocialOrgs(),
        socialOrgsPerCommunity(),
        socialWorkTalent(),
        communitySocialWorkers(),
        certifiedPerCommunity(),
        socialWorkerShare(),
        streetSocialWorkPosts(),
        privateAgencies(),
        socialWorkPurchase());
  }

  private static Provenance goal(String wording) {
    return new Provenance(Source.GOALS, wording, Derivation.STATED, Source.GOALS_YEAR_NOTE);
  }

  private static Indicator urbanFacilityUpgrade() {
    return Indicator.builder(URBAN_FACILITY_UPGRADE)
        .name(
            "城市社区活动场所和公益性服务设施提档升级完成率",
            "Share of urban communities whose activity venues and public-service facilities have"
                + " been upgraded")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.URBAN))
        .target(
            GOAL_YEAR,
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.derived(
                Source.GOALS,
                Source.GOAL_FACILITIES,
                "“全面实施…提档升级” read as every urban community upgraded, i.e. 100%; year from"
                    + " the paragraph's opening words 力争到2020年"))
        .computation(
            new Computation.ShareOfUnits(COMMUNITY, FieldCondition.isTrue(FACILITY_UPGRADED)))
        .provenance(goal(Source.GOAL_FACILITIES))
        .build();
  }

  /**
   * Each urban community's facility must reach 500 m²; the actual is the share of urban communities
   * that do. The clause follows the sentence on urban venues, hence urban communities only.
   */
  private static Indicator urbanFacilityArea() {
    return Indicator.builder(URBAN_FACILITY_AREA)
        .name(
            "城市社区综合服务设施面积达到500平方米以上",
            "Urban community comprehensive service facility of 500 m² or more")
        .unit(Unit.SQUARE_METRES)
        .scope(Scope.eachCommunity(AreaType.URBAN))
        .target(GOAL_YEAR, Comparator.AT_LEAST, Figure.number(500), goal(Source.GOAL_FACILITIES))
        .computation(new Computation.ShareMeetingTarget(COMMUNITY, FACILITY_AREA))
        .provenance(
            Provenance.derived(
                Source.GOALS,
                Source.GOAL_FACILITIES,
                "the 500 m² clause follows the upgrade of urban community venues in the same"
                    + " sentence, so it is read as a goal for each urban community"))
        .build();
  }

  private static Indicator facilityCoverage(String code, AreaType area) {
    boolean urban = area == AreaType.URBAN;
    return Indicator.builder(code)
        .name(
            urban ? "城市社区综合服务设施覆盖率" : "农村社区综合服务设施覆盖率",
            urban
                ? "Urban community comprehensive service facility coverage"
                : "Rural community comprehensive service facility coverage")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(area))
        .target(
            GOAL_YEAR,
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.derived(
                Source.FACILITIES,
                Source.FACILITY_COVERAGE,
                "“全覆盖” read as 100% of "
                    + (urban ? "urban" : "rural")
                    + " communities; the task is undated, so the plan's horizon (二(三) 力争到2020年)"
                    + " is taken"))
        .computation(
            new Computation.ShareOfUnits(COMMUNITY, FieldCondition.isTrue(HAS_SERVICE_FACILITY)))
        .nationalIndicator(
            urban
                ? NationalCodes.URBAN_SERVICE_FACILITY_COVERAGE
                : NationalCodes.RURAL_SERVICE_FACILITY_COVERAGE)
        .provenance(Provenance.stated(Source.FACILITIES, Source.FACILITY_COVERAGE))
        .build();
  }

  private static Indicator infoPlatformCoverage() {
    return Indicator.builder(INFO_PLATFORM_COVERAGE)
        .name(
            "社区公共服务综合信息平台应用覆盖率",
            "Coverage of the integrated community public-service information platform")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .target(
            GOAL_YEAR,
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.derived(
                Source.INFORMATION,
                Source.INFORMATION_COVERAGE,
                "“全区域通办” read as every community's public services handled through the"
                    + " platform, i.e. 100%; the task is undated, so the plan's horizon (二(三)"
                    + " 力争到2020年) is taken"))
        .computation(
            new Computation.ShareOfUnits(COMMUNITY, FieldCondition.isTrue(INFO_PLATFORM_APPLIED)))
        .nationalIndicatorApproximately(
            NationalCodes.INFORMATION_PLATFORM_COVERAGE,
            "counts communities whose public services are handled through the platform; the"
                + " national figure counts every community connected to it")
        .provenance(
            Provenance.derived(
                Source.INFORMATION,
                Source.INFORMATION_COVERAGE,
                "the document states no coverage rate: “全区域通办” is tracked as the share of"
                    + " communities whose public services are handled through the platform"))
        .build();
  }

  private static Indicator streetOneStop() {
    return Indicator.builder(STREET_ONE_STOP)
        .name(
            "建立“一站式”社区公共服务机构的街道(乡镇)比例",
            "Share of streets and towns with a one-stop community public-service body")
        .unit(Unit.PERCENT)
        .scope(Scope.streets())
        .computation(new Computation.ShareOfUnits(STREET, FieldCondition.isTrue(ONE_STOP_SERVICE)))
        .nationalIndicatorApproximately(
            NationalCodes.TOWN_ONE_STOP_SERVICE_COVERAGE,
            "streets and towns together, counting a one-stop community public-service body set"
                + " up on the information platform; the national figure is the sample-survey share"
                + " of townships (乡镇) with a one-stop service centre")
        .provenance(
            Provenance.derived(
                Source.INFORMATION,
                Source.ONE_STOP,
                "the document sets no figure: tracked without a target, as the share of streets"
                    + " and towns that have set the body up"))
        .build();
  }

  /**
   * Urban communities need ≥ 10 social organisations, rural ones ≥ 2 below 3,000 residents and ≥ 5
   * from 3,000 on; the actual is the share of communities meeting their own clause. The document's
   * "3000人以下" and "3000人以上" both touch 3,000: a community of exactly 3,000 gets the stricter ≥ 5.
   */
  private static Indicator communitySocialOrgs() {
    OrgUnitCondition rural = new OrgUnitCondition.AreaIs(AreaType.RURAL);
    Target target =
        new Target(
            GOAL_YEAR,
            List.of(
                new TargetClause(
                    new OrgUnitCondition.AreaIs(AreaType.URBAN),
                    Comparator.AT_LEAST,
                    Figure.number(10)),
                new TargetClause(
                    new OrgUnitCondition.AllOf(
                        List.of(
                            rural,
                            new OrgUnitCondition.PopulationBelow(RURAL_POPULATION_THRESHOLD))),
                    Comparator.AT_LEAST,
                    Figure.number(2)),
                new TargetClause(
                    new OrgUnitCondition.AllOf(
                        List.of(
                            rural,
                            new OrgUnitCondition.PopulationAtLeast(RURAL_POPULATION_THRESHOLD))),
                    Comparator.AT_LEAST,
                    Figure.number(5))),
            new Provenance(
                Source.GOALS,
                Source.GOAL_SOCIAL_ORGS,
                Derivation.STATED,
                Source.GOALS_YEAR_NOTE
                    + "; “以上” read as “at least”; a rural community of exactly 3,000 residents"
                    + " falls under “3000人以上” (≥ 5)"));
    return Indicator.builder(COMMUNITY_SOCIAL_ORGS)
        .name(
            "社区社会组织数达标的社区比例",
            "Share of communities reaching their target number of community-based social"
                + " organisations")
        .unit(Unit.COUNT)
        .scope(Scope.eachCommunity(AreaType.ALL))
        .target(target)
        .computation(new Computation.ShareMeetingTarget(COMMUNITY, SOCIAL_ORGS))
        .provenance(goal(Source.GOAL_SOCIAL_ORGS))
        .build();
  }

  private static Indicator socialOrgsPerCommunity() {
    return Indicator.builder(SOCIAL_ORGS_PER_COMMUNITY)
        .name("每个社区社会组织数", "Community-based social organisations per community")
        .unit(Unit.COUNT)
        .scope(Scope.communities(AreaType.ALL))
        .computation(new Computation.AveragePerUnit(COMMUNITY, SOCIAL_ORGS))
        .nationalIndicator(NationalCodes.SOCIAL_ORGS_PER_COMMUNITY)
        .provenance(
            Provenance.derived(
                Source.GOALS,
                Source.GOAL_SOCIAL_ORGS,
                "no target of its own: the average per community that the national comparison"
                    + " uses; the document's per-community targets are "
                    + COMMUNITY_SOCIAL_ORGS))
        .build();
  }

  private static Indicator socialWorkTalent() {
    return Indicator.builder(SOCIAL_WORK_TALENT)
        .name(
            "社会工作专业人才和从业人员总数",
            "Professional social workers and social-work practitioners in the city")
        .unit(Unit.PERSONS)
        .scope(Scope.region())
        .target(
            GOAL_YEAR,
            Comparator.AT_LEAST,
            Figure.number(2000),
            goal(Source.GOAL_SOCIAL_WORK_TOTAL))
        .computation(new Computation.Sum(REGION, SOCIAL_WORK_TALENT_TOTAL))
        .provenance(goal(Source.GOAL_SOCIAL_WORK_TOTAL))
        .build();
  }

  /**
   * Urban communities need 2–5 professional social workers (read as at least 2: the band is a
   * staffing floor that grows with the community, not a ceiling), rural ones at least 1.
   */
  private static Indicator communitySocialWorkers() {
    Target target =
        new Target(
            GOAL_YEAR,
            List.of(
                new TargetClause(
                    new OrgUnitCondition.AreaIs(AreaType.URBAN),
                    Comparator.AT_LEAST,
                    Figure.range("2", "5")),
                new TargetClause(
                    new OrgUnitCondition.AreaIs(AreaType.RURAL),
                    Comparator.AT_LEAST,
                    Figure.number(1))),
            new Provenance(
                Source.GOALS,
                Source.GOAL_SOCIAL_WORKERS_PER_COMMUNITY,
                Derivation.STATED,
                Source.GOALS_YEAR_NOTE
                    + "; “配备2-5名” kept as the range 2–5 and met from 2 on (more is no"
                    + " shortfall)"));
    return Indicator.builder(COMMUNITY_SOCIAL_WORKERS)
        .name(
            "社会工作专业人才配备达标的社区比例",
            "Share of communities staffed with their target number of professional social"
                + " workers")
        .unit(Unit.PERSONS)
        .scope(Scope.eachCommunity(AreaType.ALL))
        .target(target)
        .computation(new Computation.ShareMeetingTarget(COMMUNITY, SOCIAL_WORKERS))
        .provenance(goal(Source.GOAL_SOCIAL_WORK))
        .build();
  }

  private static Indicator certifiedPerCommunity() {
    return Indicator.builder(CERTIFIED_PER_COMMUNITY)
        .name("每个社区持证社会工作专业人才数", "Certified professional social workers per community")
        .unit(Unit.PERSONS)
        .scope(Scope.communities(AreaType.ALL))
        .computation(new Computation.AveragePerUnit(COMMUNITY, CERTIFIED_SOCIAL_WORKERS))
        .nationalIndicator(NationalCodes.SOCIAL_WORKERS_PER_COMMUNITY)
        .provenance(
            Provenance.derived(
                Source.SOCIAL_WORK_TALENT,
                Source.CERTIFICATION,
                "no target of its own: certificate holders per community, the average the"
                    + " national comparison uses"))
        .build();
  }

  private static Indicator socialWorkerShare() {
    return Indicator.builder(SOCIAL_WORKER_SHARE)
        .name(
            "社会工作专业人才在社区治理和服务人员中的比例",
            "Professional social workers as a share of community governance and service"
                + " personnel")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .computation(
            new Computation.RatioOfSums(
                COMMUNITY, SOCIAL_WORKERS, COMMUNITY_STAFF, BigDecimal.valueOf(100)))
        .provenance(Provenance.stated(Source.SOCIAL_WORK_TALENT, Source.SOCIAL_WORKER_SHARE))
        .build();
  }

  private static Indicator streetSocialWorkPosts() {
    return Indicator.builder(STREET_SOCIAL_WORK_POSTS)
        .name(
            "设置社会工作专业岗位的街道(乡镇)比例", "Share of streets and towns with professional social-work posts")
        .unit(Unit.PERCENT)
        .scope(Scope.streets())
        .computation(
            new Computation.ShareOfUnits(STREET, FieldCondition.atLeast(SOCIAL_WORK_POSTS, 1)))
        .provenance(
            Provenance.derived(
                Source.SOCIAL_WORK_TALENT,
                Source.SOCIAL_WORK_POSTS,
                "the document sets no figure (“逐步”): tracked without a target, as the share of"
                    + " streets and towns with at least one post"))
        .build();
  }

  /**
   * "每个城区" targets each urban district; Jiexiu, a county-level city, has one urban area, whose
   * agencies the city reports.
   */
  private static Indicator privateAgencies() {
    return Indicator.builder(PRIVATE_AGENCIES)
        .name("城区民办社会工作服务机构数", "Privately run social-work service agencies in the urban area")
        .unit(Unit.COUNT)
        .scope(Scope.region())
        .target(
            GOAL_YEAR,
            Comparator.AT_LEAST,
            Figure.range("3", "5"),
            Provenance.derived(
                Source.AGENCIES,
                Source.AGENCIES_2020,
                "“每个城区” (each urban district) applied to Jiexiu's one urban area, whose"
                    + " agencies the city reports; “3-5家” kept as the range 3–5 and met from 3 on"))
        .computation(new Computation.Sum(REGION, PRIVATE_SOCIAL_WORK_AGENCIES))
        .provenance(Provenance.stated(Source.AGENCIES, Source.AGENCIES_2020))
        .build();
  }

  private static Indicator socialWorkPurchase() {
    return Indicator.builder(SOCIAL_WORK_PURCHASE_FUNDS)
        .name("政府购买社区社会工作服务资金", "Government spending on purchased community social-work services")
        .unit(Unit.TEN_THOUSAND_CNY)
        .scope(Scope.region())
        .computation(new Computation.Sum(REGION, SOCIAL_WORK_PURCHASE))
        .provenance(
            Provenance.derived(
                Source.PURCHASE,
                Source.PURCHASE_WORDING,
                "the document sets no figure: “加大…力度” with public funds as the main channel"
                    + " is tracked as the funds spent on purchased community social-work services"))
        .build();
  }
}

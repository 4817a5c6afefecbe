package org.shequ.plugins.changzhouxinbei;

import static org.shequ.plugins.changzhouxinbei.TableCells.cell;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_3_1;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_3_3;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_4_3;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_5_2;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_5_3;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.TABLE_1;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.TABLE_2;

import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.NationalCodes;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Unit;

/**
 * Indicators of social workers, social organisations and self-governance: 专栏一 items 7 and 8, 专栏二
 * rows 5, 6 and 8–10, and the Party-work coverage target of section 三(三)1.
 */
final class XinbeiPeopleIndicators {
  private XinbeiPeopleIndicators() {}

  static final String CERTIFIED_WORKERS = "XB-CERTIFIED-WORKERS";
  static final String WORKER_PAY = "XB-WORKER-PAY";
  static final String URBAN_SOCIAL_ORGS = "XB-URBAN-SOCIAL-ORGS";
  static final String RURAL_SOCIAL_ORGS = "XB-RURAL-SOCIAL-ORGS";
  static final String PARTY_WORK_COVERAGE = "XB-PARTY-WORK-COVERAGE";
  static final String GRID_MANAGEMENT = "XB-GRID-MANAGEMENT";
  static final String DEMOCRATIC_CONSULTATION = "XB-DEMOCRATIC-CONSULTATION";

  static List<Indicator> all() {
    return List.of(
        certifiedWorkers(),
        workerPay(),
        socialOrgs(URBAN_SOCIAL_ORGS, AreaType.URBAN),
        socialOrgs(RURAL_SOCIAL_ORGS, AreaType.RURAL),
        partyWorkCoverage(),
        gridManagement(),
        democraticConsultation());
  }

  /**
   * «45周岁以下城镇社区、农村社区社工…比例每年提高20%,至2020年均达到95%»: urban and rural communities must each reach the
   * rates, and the rate rises by 20 percentage points over the previous year (see {@link
   * #RISE_IN_POINTS}).
   */
  static Indicator certifiedWorkers() {
    String row = XinbeiWording.T2_CERTIFIED;
    String twoOfFour =
        "the row prints two cells for the four years 2017–2020; read as 2017 and 2018, since"
            + " 三(五)3 raises the share every year from 2017 and ends at 95% in 2020";
    return Indicator.builder(CERTIFIED_WORKERS)
        .name(
            "45周岁以下城乡社区社工持证率",
            "Share of community social workers aged 45 or under holding a junior or higher"
                + " social-work certificate")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .eachArea(AreaType.URBAN, AreaType.RURAL)
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.number(95),
            Provenance.stated(TABLE_1, XinbeiWording.T1_CERTIFIED))
        .milestone(2017, Comparator.AT_LEAST, Figure.number(40), cell(row, "40%", twoOfFour))
        .milestone(2018, Comparator.AT_LEAST, Figure.number(60), cell(row, "60%", twoOfFour))
        .milestone(
            2019,
            Comparator.AT_LEAST,
            Figure.number(60 + RISE_IN_POINTS),
            Provenance.derived(
                S3_5_3,
                XinbeiWording.CERTIFIED_2017_2020,
                "the 2019 cell of 专栏二 row 5 was lost; 每年提高20% rises over the previous year:"
                    + " 2018's 60% plus 20 gives 80%. The 20 is read as percentage points, not"
                    + " percent of the previous rate, because the row's printed cells rise from 40%"
                    + " to 60%, 20 points, where 20 percent of 40% would give 48%"))
        .milestone(
            2020,
            Comparator.AT_LEAST,
            Figure.number(95),
            TableCells.fromText(
                S3_5_3,
                XinbeiWording.CERTIFIED_2017_2020,
                "the 2020 cell of 专栏二 row 5 was lost; 至2020年均达到95% is this sentence's of"
                    + " 三(五)3 (2019's 80% plus 20 points would pass 100%; the stated 95% is the"
                    + " end point)"))
        .computation(
            new Computation.RatioOfSums(
                XinbeiForms.COMMUNITY,
                XinbeiForms.CERTIFIED_UNDER_45,
                XinbeiForms.WORKERS_UNDER_45,
                Computation.HUNDRED))
        .nationalIndicatorApproximately(
            NationalCodes.CERTIFIED_COMMUNITY_WORKER_SHARE,
            "community social workers aged 45 or under only, with a junior or higher social-work"
                + " certificate; the national figure counts all community workers")
        .provenance(Provenance.stated(TABLE_1, XinbeiWording.T1_CERTIFIED))
        .build();
  }

  /**
   * The yearly rise of the certification rate, in percentage points: «每年提高20%» with 专栏二's printed
   * 40% (2017) and 60% (2018), 20 points apart.
   */
  static final int RISE_IN_POINTS = 20;

  static Indicator workerPay() {
    return Indicator.builder(WORKER_PAY)
        .name(
            "城乡社区社工人均年收入相当于上年度城镇职工平均工资的比例",
            "Average annual income of community social workers as a share of the previous"
                + " year's average urban employee wage")
        .unit(Unit.PERCENT)
        .scope(Scope.region())
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.derived(
                TABLE_1,
                XinbeiWording.T1_PAY,
                "“达到城镇职工上年度平均工资水平” (reach the level of the previous year's average"
                    + " urban employee wage) recorded as at least 100% of that wage"))
        .milestone(
            2020,
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.derived(
                S3_5_3,
                XinbeiWording.PAY_2020,
                "专栏二 row 6 lost all its cells; only 2020 is stated, in this sentence of 三(五)3,"
                    + " recorded as at least 100% of the wage"))
        .computation(
            new Computation.RatioOfSums(
                XinbeiForms.REGION,
                XinbeiForms.WORKER_AVG_INCOME,
                XinbeiForms.URBAN_AVG_WAGE_PREV_YEAR,
                Computation.HUNDRED))
        .provenance(Provenance.stated(TABLE_1, XinbeiWording.T1_PAY))
        .build();
  }

  /**
   * Average social organisations per urban (6, 8, 9, 10) or rural (3, 3, 4, 5) community. The text
   * states an average («城市社区平均拥有社区社会组织不少于10个»), not a number for each community, so it stays an
   * average.
   */
  static Indicator socialOrgs(String code, AreaType area) {
    boolean urban = area == AreaType.URBAN;
    String row = XinbeiWording.T2_SOCIAL_ORGS;
    String[] cells = {"城乡社区分别达6个、3个", "城乡社区分别达8个、3个", "城乡社区分别达9个、4个", "城乡社区分别达10个、5个"};
    long[] values = urban ? new long[] {6, 8, 9, 10} : new long[] {3, 3, 4, 5};
    Indicator.Builder b =
        Indicator.builder(code)
            .name(
                (urban ? "城镇" : "农村") + "社区平均拥有社区社会组织数",
                "Average social organisations per " + (urban ? "urban" : "rural") + " community")
            .unit(Unit.COUNT)
            .scope(Scope.communities(area))
            .target(
                2020,
                Comparator.AT_LEAST,
                Figure.number(values[3]),
                Provenance.stated(S3_4_3, XinbeiWording.SOCIAL_ORGS_2020));
    for (int i = 0; i < cells.length; i++) {
      b.milestone(2017 + i, Comparator.AT_LEAST, Figure.number(values[i]), cell(row, cells[i]));
    }
    return b.computation(
            new Computation.AveragePerUnit(XinbeiForms.COMMUNITY, XinbeiForms.SOCIAL_ORGS))
        .nationalIndicatorApproximately(
            NationalCodes.SOCIAL_ORGS_PER_COMMUNITY,
            (urban ? "urban communities" : "rural communities (villages)")
                + " only; the national figure averages over all communities")
        .provenance(Provenance.stated(TABLE_2, row))
        .build();
  }

  /** The plan was issued in April 2017: the first year a level it holds can be held. */
  static final int PARTY_WORK_FIRST_YEAR = 2017;

  static Indicator partyWorkCoverage() {
    return Indicator.builder(PARTY_WORK_COVERAGE)
        .name(
            "社区社会组织党的工作覆盖率", "Share of community social organisations covered by the Party's work")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .heldEveryYear(
            PARTY_WORK_FIRST_YEAR,
            2020,
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.derived(
                S3_3_1,
                XinbeiWording.PARTY_WORK,
                "保持100%全覆盖 (keep full coverage) read as held every year: the sentence names no"
                    + " year, so 100% is a milestone for each year from 2017, the first year of"
                    + " the plan in force (issued April 2017), to 2020, the end of the period"))
        .computation(
            new Computation.RatioOfSums(
                XinbeiForms.COMMUNITY,
                XinbeiForms.SOCIAL_ORGS_PARTY_WORK,
                XinbeiForms.SOCIAL_ORGS,
                Computation.HUNDRED))
        .provenance(Provenance.stated(S3_3_1, XinbeiWording.PARTY_WORK))
        .build();
  }

  static Indicator gridManagement() {
    StageScale scale = XinbeiStages.GRID_MANAGEMENT;
    String row = XinbeiStages.ROW_9;
    return scale
        .addTo(Indicator.builder(GRID_MANAGEMENT))
        .name("网格化管理和服务推行进度", "Roll-out of grid management and services")
        .unit(Unit.STAGE)
        .scope(Scope.region())
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.stage(scale.code(3)),
            Provenance.stated(S3_5_2, XinbeiWording.GRID))
        .milestone(2017, Comparator.AT_LEAST, Figure.stage(scale.code(0)), cell(row, "选择1个街道试点"))
        .milestone(2018, Comparator.AT_LEAST, Figure.stage(scale.code(1)), cell(row, "城区社区全面推行"))
        .milestone(2019, Comparator.AT_LEAST, Figure.stage(scale.code(2)), cell(row, "扩大至50%的镇推行"))
        .milestone(2020, Comparator.AT_LEAST, Figure.stage(scale.code(3)), cell(row, "全面推行"))
        .computation(
            new Computation.LatestStage(XinbeiForms.REGION, XinbeiForms.GRID_MANAGEMENT_STAGE))
        .provenance(Provenance.stated(S3_5_2, XinbeiWording.GRID))
        .build();
  }

  static Indicator democraticConsultation() {
    String row = XinbeiWording.T2_CONSULTATION;
    return Indicator.builder(DEMOCRATIC_CONSULTATION)
        .name(
            "推行民主协商制度的村(社区)比例",
            "Share of villages and communities practising the democratic consultation system")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .target(2020, Comparator.AT_LEAST, Figure.number(100), cell(row, "100%的村(社区)推行"))
        .milestone(
            2017,
            Comparator.GREATER_THAN,
            Figure.number(0),
            Provenance.derived(
                TABLE_2,
                row + " 选择1个村、1个社区进行试点",
                "a pilot in 1 village and 1 community: a share cannot name the pilots, so the 2017"
                    + " milestone only asks for a share above 0"))
        .milestone(2018, Comparator.AT_LEAST, Figure.number(30), cell(row, "30%的村(社区)推行"))
        .milestone(2019, Comparator.AT_LEAST, Figure.number(60), cell(row, "60%的村(社区)推行"))
        .milestone(2020, Comparator.AT_LEAST, Figure.number(100), cell(row, "100%的村(社区)推行"))
        .computation(
            new Computation.ShareOfUnits(
                XinbeiForms.COMMUNITY, FieldCondition.isTrue(XinbeiForms.DEMOCRATIC_CONSULTATION)))
        .nationalIndicatorApproximately(
            NationalCodes.COMMUNITY_CONSULTATION_COVERAGE,
            "villages and communities practising the democratic consultation system; the national"
                + " figure counts urban communities with a consultation and deliberation committee")
        .provenance(Provenance.stated(S3_3_3, XinbeiWording.CONSULTATION_2017))
        .build();
  }
}

package org.shequ.plugins.changzhouxinbei;

import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.ReviewFigure;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Unit;

/**
 * The figures of section 一's review of the 12th five-year period, kept as numbers: the 2011–2013
 * action plan, the 2013 regional optimisation (149 villages and 45 communities into 48 and 60), the
 * cut in communities' workload and the share of harmonious communities.
 */
final class XinbeiReview {
  private XinbeiReview() {}

  static final String ACTION_PLAN = XinbeiSections.BASIS + " 一是“三年行动计划”成效显著";
  static final String REDRAW = XinbeiSections.BASIS + " 二是区域优化基本完成";
  static final String WORKLOAD = XinbeiSections.BASIS + " 三是“减负增效”全力推进";
  static final String HARMONIOUS = XinbeiSections.BASIS + " 四是和谐社区建设成果丰硕";

  static final String ACTION_PLAN_WORDING = "配套出台11个文件,召开5次大型现场推进会";
  static final String AVERAGES_WORDING = "村平均人口由1801人增加至3208人,村域平均面积由3.8平方公里扩大到5.2平方公里。";
  static final String NEW_COMMUNITIES_WORDING = "新建或区域调整的28个社区,平均居民户数达2793户。";
  static final String WORKLOAD_WORDING =
      "取消不属于社区职责范围内的工作任务和设置不科学的指标项目23项、取消创建达标评比活动32项、取消社区盖章证明60项。";
  static final String HARMONIOUS_WORDING = "全区城乡和谐社区达标率为100%。";

  /** The action plan ran 2011–2013 («三年行动计划(2011~2013)»). */
  private static final int ACTION_PLAN_END = 2013;

  /** The last year of the 12th five-year period the review looks back on. */
  private static final int REVIEW_END = 2015;

  private static final String AFTER_REDRAW =
      "the paragraph gives no year for it; it reports the result of the 2013 optimisation it"
          + " opens with";
  private static final String IN_THE_PERIOD =
      "the review gives no year; recorded at 2015, the last year of the 12th five-year period it"
          + " reviews";

  static List<ReviewFigure> all() {
    Provenance actionPlan =
        Provenance.derived(
            ACTION_PLAN,
            ACTION_PLAN_WORDING,
            "issued and held under the 2011–2013 action plan; recorded at its last year, 2013");
    Provenance averages = Provenance.derived(REDRAW, AVERAGES_WORDING, AFTER_REDRAW);
    Provenance newCommunities = Provenance.derived(REDRAW, NEW_COMMUNITIES_WORDING, AFTER_REDRAW);
    Provenance workload = Provenance.derived(WORKLOAD, WORKLOAD_WORDING, IN_THE_PERIOD);
    return List.of(
        figure(
            "XB-REVIEW-ACTION-PLAN-DOCUMENTS",
            "三年行动计划配套出台文件数",
            "Supporting documents issued under the three-year action plan",
            11,
            Unit.COUNT,
            ACTION_PLAN_END,
            Scope.region(),
            actionPlan),
        figure(
            "XB-REVIEW-ACTION-PLAN-MEETINGS",
            "三年行动计划大型现场推进会次数",
            "Large on-site progress meetings held under the three-year action plan",
            5,
            Unit.COUNT,
            ACTION_PLAN_END,
            Scope.region(),
            actionPlan),
        figure(
            "XB-REVIEW-VILLAGES-BEFORE-REDRAW",
            "区域优化前行政村数",
            "Administrative villages before the regional optimisation",
            XinbeiDistrict.VILLAGES_BEFORE_REDRAW,
            Unit.COUNT,
            XinbeiDistrict.REDRAW_YEAR,
            Scope.communities(AreaType.RURAL),
            XinbeiDistrict.REDRAW),
        figure(
            "XB-REVIEW-COMMUNITIES-BEFORE-REDRAW",
            "区域优化前社区数",
            "Communities before the regional optimisation",
            XinbeiDistrict.COMMUNITIES_BEFORE_REDRAW,
            Unit.COUNT,
            XinbeiDistrict.REDRAW_YEAR,
            Scope.communities(AreaType.URBAN),
            XinbeiDistrict.REDRAW),
        figure(
            "XB-REVIEW-VILLAGES-AFTER-REDRAW",
            "区域优化后行政村数",
            "Administrative villages after the regional optimisation",
            XinbeiDistrict.VILLAGES_AFTER_REDRAW,
            Unit.COUNT,
            XinbeiDistrict.REDRAW_YEAR,
            Scope.communities(AreaType.RURAL),
            XinbeiDistrict.REDRAW),
        figure(
            "XB-REVIEW-COMMUNITIES-AFTER-REDRAW",
            "区域优化后社区数",
            "Communities after the regional optimisation",
            XinbeiDistrict.COMMUNITIES_AFTER_REDRAW,
            Unit.COUNT,
            XinbeiDistrict.REDRAW_YEAR,
            Scope.communities(AreaType.URBAN),
            XinbeiDistrict.REDRAW),
        figure(
            "XB-REVIEW-VILLAGE-POPULATION-BEFORE",
            "区域优化前村平均人口",
            "Average village population before the regional optimisation",
            1801,
            Unit.PERSONS,
            XinbeiDistrict.REDRAW_YEAR,
            Scope.communities(AreaType.RURAL),
            averages),
        figure(
            "XB-REVIEW-VILLAGE-POPULATION-AFTER",
            "区域优化后村平均人口",
            "Average village population after the regional optimisation",
            3208,
            Unit.PERSONS,
            XinbeiDistrict.REDRAW_YEAR,
            Scope.communities(AreaType.RURAL),
            averages),
        area(
            "XB-REVIEW-VILLAGE-AREA-BEFORE",
            "区域优化前村域平均面积",
            "Average village area before the regional optimisation",
            "3.8",
            "3800000"),
        area(
            "XB-REVIEW-VILLAGE-AREA-AFTER",
            "区域优化后村域平均面积",
            "Average village area after the regional optimisation",
            "5.2",
            "5200000"),
        figure(
            "XB-REVIEW-NEW-COMMUNITIES",
            "新建或区域调整的社区数",
            "Communities newly built or redrawn",
            28,
            Unit.COUNT,
            XinbeiDistrict.REDRAW_YEAR,
            Scope.communities(AreaType.URBAN),
            newCommunities),
        figure(
            "XB-REVIEW-NEW-COMMUNITY-HOUSEHOLDS",
            "新建或区域调整社区平均居民户数",
            "Average resident households of the communities newly built or redrawn",
            2793,
            Unit.HOUSEHOLDS,
            XinbeiDistrict.REDRAW_YEAR,
            Scope.communities(AreaType.URBAN),
            newCommunities),
        figure(
            "XB-REVIEW-TASKS-CANCELLED",
            "取消的社区工作任务和指标项目数",
            "Community work tasks and ill-designed indicator items cancelled",
            23,
            Unit.COUNT,
            REVIEW_END,
            Scope.region(),
            workload),
        figure(
            "XB-REVIEW-CAMPAIGNS-CANCELLED",
            "取消的创建达标评比活动数",
            "Compliance and rating campaigns cancelled",
            32,
            Unit.COUNT,
            REVIEW_END,
            Scope.region(),
            workload),
        figure(
            "XB-REVIEW-CERTIFICATES-CANCELLED",
            "取消的社区盖章证明数",
            "Certificates communities no longer stamp",
            60,
            Unit.COUNT,
            REVIEW_END,
            Scope.region(),
            workload),
        figure(
            "XB-REVIEW-HARMONIOUS-COMPLIANCE",
            "城乡和谐社区达标率",
            "Share of communities meeting the harmonious-community standard",
            100,
            Unit.PERCENT,
            REVIEW_END,
            Scope.communities(AreaType.ALL),
            Provenance.derived(HARMONIOUS, HARMONIOUS_WORDING, IN_THE_PERIOD)));
  }

  private static ReviewFigure figure(
      String code,
      String zh,
      String en,
      long value,
      Unit unit,
      int year,
      Scope scope,
      Provenance provenance) {
    return new ReviewFigure(
        code, LocalizedText.of(zh, en), Figure.number(value), unit, year, scope, provenance);
  }

  /** A village area the document gives in km², kept in m² since units have no km². */
  private static ReviewFigure area(
      String code, String zh, String en, String squareKilometres, String squareMetres) {
    return new ReviewFigure(
        code,
        LocalizedText.of(zh, en),
        Figure.number(squareMetres),
        Unit.SQUARE_METRES,
        XinbeiDistrict.REDRAW_YEAR,
        Scope.communities(AreaType.RURAL),
        Provenance.derived(
            REDRAW,
            AVERAGES_WORDING,
            squareKilometres + "平方公里 written in m² (units have no km²); " + AFTER_REDRAW));
  }
}

package org.shequ.plugins.zhejiang;

import static org.shequ.plugins.zhejiang.Fields.COMMUNITY_FORM;
import static org.shequ.plugins.zhejiang.Fields.REGION_FORM;

import java.math.BigDecimal;
import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Tolerance;
import org.shequ.plan.api.Unit;

/**
 * Targets set in the running text rather than the table: the yearly figures of 五(三) 人才保障 and 四(五)3,
 * and the private social-work agencies of 四(四)3.
 */
final class TextIndicators {
  private TextIndicators() {}

  /** First year a yearly figure applies: the plan was issued on 5 January 2017. */
  static final int FIRST_YEARLY_MILESTONE = 2017;

  private static final int TARGET_YEAR = 2020;

  /** The band of the yearly "左右" figures: ±10 % of the stated figure. */
  static final Tolerance ABOUT_BAND = Tolerance.relative("0.10");

  static List<Indicator> all() {
    return List.of(
        training(),
        supervisors(),
        demonstrationCounties(),
        agencyCoverageUrban(),
        agencyCoverageRural());
  }

  // “每年不少于40小时” is a floor for each community worker's year, not an average: an average of 40
  // hours can hide workers with none. So the measure is the share of workers who reached it, and
  // the floor asks for all of them, every year.
  private static Indicator training() {
    return Indicator.builder("ZJ-SW-TRAINING")
        .name(
            "年度社会工作实务培训不少于40小时的社区工作者比例",
            "Community workers with at least 40 hours of social-work practice training in the year")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .heldEveryYear(
            FIRST_YEARLY_MILESTONE,
            TARGET_YEAR,
            Comparator.AT_LEAST,
            Figure.number(100),
            Sources.derived(
                Sections.TALENT,
                Quotes.TRAINING,
                "每年不少于40小时 (no less than 40 hours every year) is a floor for each"
                    + " community worker, so every worker (100%) must reach it in each year"
                    + " from the plan's issue (January 2017) to 2020"))
        .computation(
            new Computation.RatioOfSums(
                COMMUNITY_FORM,
                Fields.WORKERS_TRAINED_40H,
                Fields.COMMUNITY_WORKERS,
                BigDecimal.valueOf(100)))
        .provenance(
            Sources.derived(
                Sections.TALENT,
                Quotes.TRAINING,
                "the document sets the 40-hour floor, not this share; the share of community"
                    + " workers who reached «每年不少于40小时» is how the floor is tracked"))
        .build();
  }

  private static Indicator supervisors() {
    Provenance yearly =
        Sources.derived(
            Sections.TALENT,
            Quotes.SUPERVISORS,
            "每年 (every year) set for each year from the plan's issue (January 2017) to 2020,"
                + " 2020 included;"
                + " 200人左右 (about 200) held as 200 ± 10 %, i.e. 180–220 a year: 左右 gives"
                + " no band, and ±10 % is the usual reading of a round figure given as 'about'");
    return Indicator.builder("ZJ-SW-SUPERVISORS")
        .heldEveryYear(
            FIRST_YEARLY_MILESTONE,
            TARGET_YEAR,
            Comparator.APPROXIMATELY,
            Figure.about(200, ABOUT_BAND),
            yearly)
        .name("年度培养社区社会工作督导人数", "Community social-work supervisors trained in the year")
        .unit(Unit.PERSONS)
        .scope(Scope.region())
        .computation(new Computation.Sum(REGION_FORM, Fields.SW_SUPERVISORS_TRAINED))
        .provenance(Sources.stated(Sections.TALENT, Quotes.SUPERVISORS))
        .build();
  }

  private static Indicator demonstrationCounties() {
    Provenance yearly =
        Sources.derived(
            Sections.RURAL_3,
            Quotes.DEMO_COUNTIES,
            "每年 (every year) set for each year from the plan's issue (January 2017) to 2020,"
                + " 2020 included;"
                + " 10个左右 (about 10) held as 10 ± 10 %, i.e. 9–11 a year: 左右 gives no band,"
                + " and ±10 % (here one county either way) is the usual reading of 'about'");
    return Indicator.builder("ZJ-DEMO-COUNTIES")
        .heldEveryYear(
            FIRST_YEARLY_MILESTONE,
            TARGET_YEAR,
            Comparator.APPROXIMATELY,
            Figure.about(10, ABOUT_BAND),
            yearly)
        .name(
            "年度建设农村社区建设示范县(市、区)数",
            "Rural community building demonstration counties built in the year")
        .unit(Unit.COUNT)
        .scope(Scope.region())
        .computation(new Computation.Sum(REGION_FORM, Fields.DEMO_COUNTIES_BUILT))
        .provenance(Sources.stated(Sections.RURAL_3, Quotes.DEMO_COUNTIES))
        .build();
  }

  // “基本覆盖城市社区” (basically cover urban communities) gives no figure: no target.
  private static Indicator agencyCoverageUrban() {
    return Indicator.builder("ZJ-SW-AGENCY-URBAN")
        .name("民办社会工作机构覆盖的城市社区比例", "Urban communities covered by private social-work agencies")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.URBAN))
        .computation(
            new Computation.ShareOfUnits(
                COMMUNITY_FORM, FieldCondition.isTrue(Fields.SERVED_BY_SW_AGENCY)))
        .provenance(Sources.stated(Sections.THREE_SOCIETIES_3, Quotes.AGENCIES_2020))
        .build();
  }

  private static Indicator agencyCoverageRural() {
    return Indicator.builder("ZJ-SW-AGENCY-RURAL")
        .name("民办社会工作机构覆盖的农村社区比例", "Rural communities covered by private social-work agencies")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.RURAL))
        .target(
            TARGET_YEAR,
            Comparator.AT_LEAST,
            Figure.number(TableIndicators.ONE_THIRD),
            Sources.derived(
                Sections.THREE_SOCIETIES_3, Quotes.AGENCIES_2020, TableIndicators.ONE_THIRD_NOTE))
        .computation(
            new Computation.ShareOfUnits(
                COMMUNITY_FORM, FieldCondition.isTrue(Fields.SERVED_BY_SW_AGENCY)))
        .provenance(Sources.stated(Sections.THREE_SOCIETIES_3, Quotes.AGENCIES_2020))
        .build();
  }
}

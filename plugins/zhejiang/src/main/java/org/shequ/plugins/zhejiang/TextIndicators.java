package org.shequ.plugins.zhejiang;

import static org.shequ.plugins.zhejiang.Fields.COMMUNITY_FORM;
import static org.shequ.plugins.zhejiang.Fields.REGION_FORM;
import static org.shequ.plugins.zhejiang.Fields.RURAL_FORM;

import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitCondition;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Target;
import org.shequ.plan.api.Target.TargetClause;
import org.shequ.plan.api.Tolerance;
import org.shequ.plan.api.Unit;

/**
 * Targets set in the running text rather than the table: the yearly figures of 五(三) 人才保障 and 四(五)3,
 * the private social-work agencies of 四(四)3, and the village operating-fund standard of 一(一)1.
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
        trainingHours(),
        supervisors(),
        demonstrationCounties(),
        agencyCoverageUrban(),
        agencyCoverageRural(),
        villageOperatingFunds());
  }

  // “每年不少于40小时” is per community worker: total hours over total workers.
  private static Indicator trainingHours() {
    Provenance yearly =
        Sources.derived(
            Sections.TALENT,
            Quotes.TRAINING,
            "每年 (every year) set for each year from the plan's issue (January 2017) to 2020;"
                + " 不少于 (no less than) as at least");
    return yearly(
            Indicator.builder("ZJ-SW-TRAINING-HOURS"),
            Comparator.AT_LEAST,
            Figure.number(40),
            yearly)
        .name(
            "社区工作者年人均社会工作实务培训学时",
            "Social-work practice training hours per community worker per year")
        .unit(Unit.HOURS)
        .scope(Scope.communities(AreaType.ALL))
        .computation(
            new Computation.RatioOfSums(
                COMMUNITY_FORM, Fields.SW_TRAINING_HOURS, Fields.COMMUNITY_WORKERS, null))
        .provenance(Sources.stated(Sections.TALENT, Quotes.TRAINING))
        .build();
  }

  private static Indicator supervisors() {
    Provenance yearly =
        Sources.derived(
            Sections.TALENT,
            Quotes.SUPERVISORS,
            "每年 (every year) set for each year from the plan's issue (January 2017) to 2020;"
                + " 200人左右 (about 200) held as 200 ± 10 %, i.e. 180–220 a year: 左右 gives"
                + " no band, and ±10 % is the usual reading of a round figure given as 'about'");
    return yearly(
            Indicator.builder("ZJ-SW-SUPERVISORS"),
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
            "每年 (every year) set for each year from the plan's issue (January 2017) to 2020;"
                + " 10个左右 (about 10) held as 10 ± 10 %, i.e. 9–11 a year: 左右 gives no band,"
                + " and ±10 % (here one county either way) is the usual reading of 'about'");
    return yearly(
            Indicator.builder("ZJ-DEMO-COUNTIES"),
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

  /** Villages of this many residents or more must have the higher operating funds. */
  static final int LARGE_VILLAGE_RESIDENTS = 1500;

  // A standard in force since 2015, not a new goal: held as the floor every village meets in 2020.
  private static Indicator villageOperatingFunds() {
    return Indicator.builder("ZJ-VILLAGE-FUNDS")
        .name("村级组织运转经费达标率", "Villages meeting the operating-fund standard")
        .unit(Unit.TEN_THOUSAND_CNY)
        .scope(Scope.eachCommunity(AreaType.RURAL))
        .target(
            new Target(
                TARGET_YEAR,
                List.of(
                    new TargetClause(
                        new OrgUnitCondition.PopulationAtLeast(LARGE_VILLAGE_RESIDENTS),
                        Comparator.AT_LEAST,
                        Figure.number(10)),
                    new TargetClause(
                        new OrgUnitCondition.PopulationBelow(LARGE_VILLAGE_RESIDENTS),
                        Comparator.AT_LEAST,
                        Figure.number(5))),
                Sources.derived(
                    Sections.ACHIEVEMENTS_1,
                    Quotes.VILLAGE_FUNDS,
                    "a standard in force from 2015 (从2015年开始), held as the floor for 2020, the"
                        + " plan's end; 1500人以上 read as 1,500 residents or more, 其他村 as the"
                        + " villages below; 10万元 and 5万元 written in units of 10,000 CNY")))
        .computation(new Computation.ShareMeetingTarget(RURAL_FORM, Fields.OPERATING_FUNDS))
        .provenance(Sources.stated(Sections.ACHIEVEMENTS_1, Quotes.VILLAGE_FUNDS))
        .build();
  }

  /** The same figure as a milestone each year from 2017 to 2019 and as the 2020 target. */
  private static Indicator.Builder yearly(
      Indicator.Builder builder, Comparator comparator, Figure value, Provenance provenance) {
    for (int year = FIRST_YEARLY_MILESTONE; year < TARGET_YEAR; year++) {
      builder.milestone(year, comparator, value, provenance);
    }
    return builder.target(TARGET_YEAR, comparator, value, provenance);
  }
}

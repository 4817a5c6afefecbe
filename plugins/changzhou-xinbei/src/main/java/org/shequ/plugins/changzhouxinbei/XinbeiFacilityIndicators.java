package org.shequ.plugins.changzhouxinbei;

import static org.shequ.plugins.changzhouxinbei.TableCells.cell;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_2_1;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_2_2;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.S3_2_3;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.TABLE_1;
import static org.shequ.plugins.changzhouxinbei.XinbeiSections.TABLE_2;

import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Direction;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.NationalCodes;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Unit;

/**
 * Indicators of community size, premises, service centres and informatisation: 专栏一 items 1–6 and 9
 * with the schedule of 专栏二 rows 1–4 and 7.
 */
final class XinbeiFacilityIndicators {
  private XinbeiFacilityIndicators() {}

  static final String COMMUNITY_SIZE = "XB-COMMUNITY-SIZE";
  static final String HIGH_STANDARD_HARMONIOUS = "XB-HIGH-STANDARD-HARMONIOUS";
  static final String URBAN_PREMISES_STANDARD = "XB-URBAN-PREMISES-STANDARD";
  static final String URBAN_PREMISES_AVERAGE = "XB-URBAN-PREMISES-AVERAGE";
  static final String RURAL_PREMISES_STANDARD = "XB-RURAL-PREMISES-STANDARD";
  static final String RURAL_PREMISES_AVERAGE = "XB-RURAL-PREMISES-AVERAGE";
  static final String OFFICE_SHARE = "XB-OFFICE-SHARE";
  static final String STREET_SERVICE_CENTRE = "XB-STREET-SERVICE-CENTRE";
  static final String INFORMATISATION_COVERAGE = "XB-INFORMATISATION-COVERAGE";
  static final String INFORMATISATION_PROGRESS = "XB-INFORMATISATION-PROGRESS";

  private static final String THREE_OF_FOUR =
      "the row prints three cells for the four years 2017–2020; read as 2017–2019, its 2020 cell"
          + " lost";

  static List<Indicator> all() {
    return List.of(
        communitySize(),
        highStandardHarmonious(),
        premisesStandard(URBAN_PREMISES_STANDARD, AreaType.URBAN),
        premisesAverage(URBAN_PREMISES_AVERAGE, AreaType.URBAN),
        premisesStandard(RURAL_PREMISES_STANDARD, AreaType.RURAL),
        premisesAverage(RURAL_PREMISES_AVERAGE, AreaType.RURAL),
        officeShare(),
        streetServiceCentre(),
        informatisationCoverage(),
        informatisationProgress());
  }

  static Indicator communitySize() {
    StageScale scale = XinbeiStages.COMMUNITY_SIZE;
    String row = XinbeiStages.ROW_1;
    return scale
        .addTo(Indicator.builder(COMMUNITY_SIZE))
        .name("社区规模调整", "Community size adjustment")
        .unit(Unit.STAGE)
        .scope(Scope.region())
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.stage(scale.code(2)),
            Provenance.derived(
                TABLE_1,
                XinbeiWording.T1_SIZE,
                "专栏一 sets “社区规模科学合理” (community sizes scientific and reasonable) for 2020;"
                    + " recorded as the last stage of 专栏二 row 1, 动态达标"))
        .milestone(
            2017,
            Comparator.AT_LEAST,
            Figure.stage(scale.code(0)),
            cell(row, "拟定方案", THREE_OF_FOUR))
        .milestone(
            2018,
            Comparator.AT_LEAST,
            Figure.stage(scale.code(1)),
            cell(row, "调整到位", THREE_OF_FOUR))
        .milestone(
            2019,
            Comparator.AT_LEAST,
            Figure.stage(scale.code(2)),
            cell(row, "动态达标", THREE_OF_FOUR))
        .computation(
            new Computation.LatestStage(XinbeiForms.REGION, XinbeiForms.COMMUNITY_SIZE_STAGE))
        .provenance(Provenance.stated(TABLE_1, XinbeiWording.T1_SIZE))
        .build();
  }

  static Indicator highStandardHarmonious() {
    String row = XinbeiWording.T2_HARMONIOUS;
    return Indicator.builder(HIGH_STANDARD_HARMONIOUS)
        .name(
            "高标准城乡和谐社区创建率", "Share of communities built up as high-standard harmonious communities")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.stated(TABLE_1, XinbeiWording.T1_HARMONIOUS))
        .milestone(2017, Comparator.AT_LEAST, Figure.number(25), cell(row, "25%", THREE_OF_FOUR))
        .milestone(2018, Comparator.AT_LEAST, Figure.number(50), cell(row, "50%", THREE_OF_FOUR))
        .milestone(2019, Comparator.AT_LEAST, Figure.number(75), cell(row, "75%", THREE_OF_FOUR))
        .milestone(
            2020,
            Comparator.AT_LEAST,
            Figure.number(100),
            TableCells.fromText(
                S3_2_1,
                XinbeiWording.HARMONIOUS_2020,
                "the 2020 cell of 专栏二 row 2 was lost; the figure is this sentence's of 三(二)1"))
        .computation(
            new Computation.ShareOfUnits(
                XinbeiForms.COMMUNITY, FieldCondition.isTrue(XinbeiForms.HIGH_STANDARD_HARMONIOUS)))
        .provenance(Provenance.stated(TABLE_1, XinbeiWording.T1_HARMONIOUS))
        .build();
  }

  /**
   * Each urban community's premises must reach 700 m², each rural one's 500 m² (专栏一 items 3 and 4,
   * «面积达700㎡以上»): a per-community target, so the actual is the share of communities that meet it,
   * and 专栏二 row 3 schedules that share.
   */
  static Indicator premisesStandard(String code, AreaType area) {
    boolean urban = area == AreaType.URBAN;
    long minimum = urban ? 700 : 500;
    String table1 = urban ? XinbeiWording.T1_URBAN_PREMISES : XinbeiWording.T1_RURAL_PREMISES;
    String item = urban ? "3" : "4";
    String row = XinbeiWording.T2_PREMISES;
    String sharedRow =
        "a share of communities meeting their standard; one schedule for urban (700㎡以上) and"
            + " rural (500㎡以上) communities, applied to each; "
            + THREE_OF_FOUR;
    return Indicator.builder(code)
        .name(
            (urban ? "城镇" : "农村") + "社区服务用房面积(每个社区" + minimum + "㎡以上)",
            (urban ? "Urban" : "Rural")
                + " community service premises of "
                + minimum
                + " m² or more in each community")
        .unit(Unit.SQUARE_METRES)
        .scope(Scope.eachCommunity(area))
        .target(
            2020, Comparator.AT_LEAST, Figure.number(minimum), Provenance.stated(TABLE_1, table1))
        .milestone(2017, Comparator.AT_LEAST, Figure.number(70), cell(row, "70%", sharedRow))
        .milestone(2018, Comparator.AT_LEAST, Figure.number(80), cell(row, "80%", sharedRow))
        .milestone(2019, Comparator.AT_LEAST, Figure.number(90), cell(row, "90%", sharedRow))
        .milestone(
            2020,
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.derived(
                TABLE_1,
                table1,
                "the 2020 cell of 专栏二 row 3 was lost; 专栏一 item "
                    + item
                    + " requires "
                    + minimum
                    + " m² or more of every "
                    + (urban ? "urban" : "rural")
                    + " community by 2020, i.e. 100% of them"))
        .computation(
            new Computation.ShareMeetingTarget(XinbeiForms.COMMUNITY, XinbeiForms.PREMISES_AREA))
        .provenance(Provenance.stated(S3_2_1, XinbeiWording.PREMISES_STANDARD))
        .build();
  }

  /**
   * Average premises area of urban (≥ 1,000 m²) or rural (≥ 700 m²) communities. «平均达1000㎡» is an
   * average over the communities, not a standard for each (that is «面积达700㎡以上»), so it stays an
   * average.
   */
  static Indicator premisesAverage(String code, AreaType area) {
    boolean urban = area == AreaType.URBAN;
    String table1 = urban ? XinbeiWording.T1_URBAN_PREMISES : XinbeiWording.T1_RURAL_PREMISES;
    return Indicator.builder(code)
        .name(
            (urban ? "城镇" : "农村") + "社区服务用房平均面积",
            "Average service premises area of " + (urban ? "urban" : "rural") + " communities")
        .unit(Unit.SQUARE_METRES)
        .scope(Scope.communities(area))
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.number(urban ? 1000 : 700),
            Provenance.stated(TABLE_1, table1))
        .computation(
            new Computation.AveragePerUnit(XinbeiForms.COMMUNITY, XinbeiForms.PREMISES_AREA))
        .provenance(Provenance.stated(TABLE_1, table1))
        .build();
  }

  static Indicator officeShare() {
    return Indicator.builder(OFFICE_SHARE)
        .name("社区干部办公用房占社区用房面积比例", "Office space for community staff as a share of the premises")
        .unit(Unit.PERCENT)
        // The cap holds for every community: the actual is the share of communities whose own
        // office share is within 20%, and each community above it is flagged by the form's warning.
        .scope(Scope.eachCommunity(AreaType.ALL))
        .direction(Direction.LOWER_IS_BETTER)
        .target(
            2020,
            Comparator.AT_MOST,
            Figure.number(20),
            Provenance.stated(TABLE_1, XinbeiWording.T1_OFFICE))
        .computation(
            new Computation.ShareMeetingRatio(
                XinbeiForms.COMMUNITY,
                XinbeiForms.OFFICE_AREA,
                XinbeiForms.PREMISES_AREA,
                Computation.HUNDRED))
        .provenance(Provenance.stated(TABLE_1, XinbeiWording.T1_OFFICE))
        .build();
  }

  static Indicator streetServiceCentre() {
    // 专栏一 item 6's target cell and 专栏二 row 4's four cells were lost; the running text of 三(二)3
    // states the same rates year by year, so they are stated there.
    Provenance text =
        TableCells.fromText(
            S3_2_3,
            XinbeiWording.CENTRE_2017_2020,
            "专栏二 row 4 lost all its cells and 专栏一 item 6 its target; the yearly rates are this"
                + " sentence's of 三(二)3");
    return Indicator.builder(STREET_SERVICE_CENTRE)
        .name(
            "镇(街道)级社区服务中心(社会组织发展中心)建设率",
            "Share of towns and streets with a community service centre (social organisation"
                + " development centre)")
        .unit(Unit.PERCENT)
        .scope(Scope.streets())
        .target(2020, Comparator.AT_LEAST, Figure.number(100), text)
        .milestone(2017, Comparator.AT_LEAST, Figure.number(50), text)
        .milestone(2018, Comparator.AT_LEAST, Figure.number(70), text)
        .milestone(2019, Comparator.AT_LEAST, Figure.number(90), text)
        .milestone(2020, Comparator.AT_LEAST, Figure.number(100), text)
        .computation(
            new Computation.ShareOfUnits(
                XinbeiForms.STREET, FieldCondition.isTrue(XinbeiForms.SERVICE_CENTRE)))
        .nationalIndicator(NationalCodes.STREET_SERVICE_CENTRE_COVERAGE)
        .provenance(Provenance.stated(TABLE_1, XinbeiWording.T1_CENTRE))
        .build();
  }

  /**
   * 专栏一 item 9's target cell was lost; the only coverage 三(二)2 sets for 2020 is that of the
   * platform's extended functions («2020年实现平台功能扩展全覆盖»), so the indicator measures the share of
   * communities the extended functions reach. The 2017 goal of the platform running everywhere is a
   * step of {@link #informatisationProgress()} and of task XB-3-2-2, not this coverage.
   */
  static Indicator informatisationCoverage() {
    return Indicator.builder(INFORMATISATION_COVERAGE)
        .name(
            "城乡社区信息化工作覆盖率(平台功能扩展覆盖的社区比例)",
            "Coverage of community informatisation: share of communities reached by the"
                + " platform's extended functions")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.derived(
                S3_2_2,
                XinbeiWording.PLATFORM_2018_2020,
                "the 2020 target cell of 专栏一 item 9 was lost; this sentence of 三(二)2 sets"
                    + " 2020年实现平台功能扩展全覆盖 (extended functions covering all), read as 100% of"
                    + " communities"))
        .computation(
            new Computation.ShareOfUnits(
                XinbeiForms.COMMUNITY, FieldCondition.isTrue(XinbeiForms.INFO_FUNCTIONS_EXTENDED)))
        .nationalIndicatorApproximately(
            NationalCodes.INFORMATION_PLATFORM_COVERAGE,
            "communities reached by the extended functions (app, WeChat account, micro-site) of"
                + " the district's four-level platform; the national figure counts communities"
                + " served by any integrated public-service information platform")
        .provenance(Provenance.stated(TABLE_1, XinbeiWording.T1_INFORMATISATION))
        .build();
  }

  static Indicator informatisationProgress() {
    StageScale scale = XinbeiStages.INFORMATISATION;
    String row = XinbeiStages.ROW_7;
    return scale
        .addTo(Indicator.builder(INFORMATISATION_PROGRESS))
        .name("城乡社区信息化进度", "Progress of community informatisation")
        .unit(Unit.STAGE)
        .scope(Scope.region())
        .target(2020, Comparator.AT_LEAST, Figure.stage(scale.code(3)), cell(row, "巩固和完善"))
        .milestone(
            2017,
            Comparator.AT_LEAST,
            Figure.stage(scale.code(0)),
            cell(row, "100%达市要求,并在2个社区进行试点功能拓展"))
        .milestone(
            2018, Comparator.AT_LEAST, Figure.stage(scale.code(1)), cell(row, "试点扩大至2个镇(街道)"))
        .milestone(2019, Comparator.AT_LEAST, Figure.stage(scale.code(2)), cell(row, "全面进行新功能推广"))
        .milestone(2020, Comparator.AT_LEAST, Figure.stage(scale.code(3)), cell(row, "巩固和完善"))
        .computation(
            new Computation.LatestStage(XinbeiForms.REGION, XinbeiForms.INFORMATISATION_STAGE))
        .provenance(
            Provenance.stated(
                TABLE_2, row + " 100%达市要求,并在2个社区进行试点功能拓展 试点扩大至2个镇(街道) 全面进行新功能推广 巩固和完善"))
        .build();
  }
}

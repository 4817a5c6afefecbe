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
            Provenance.derived(
                S3_2_1,
                XinbeiWording.HARMONIOUS_2020,
                "the 2020 cell of 专栏二 row 2 was lost; taken from this sentence of 三(二)1"))
        .computation(
            new Computation.ShareOfUnits(
                XinbeiForms.COMMUNITY, FieldCondition.isTrue(XinbeiForms.HIGH_STANDARD_HARMONIOUS)))
        .provenance(Provenance.stated(TABLE_1, XinbeiWording.T1_HARMONIOUS))
        .build();
  }

  /** Share of urban (≥ 700 m²) or rural (≥ 500 m²) communities whose premises meet the standard. */
  static Indicator premisesStandard(String code, AreaType area) {
    boolean urban = area == AreaType.URBAN;
    long minimum = urban ? 700 : 500;
    String table1 = urban ? XinbeiWording.T1_URBAN_PREMISES : XinbeiWording.T1_RURAL_PREMISES;
    String item = urban ? "3" : "4";
    String row = XinbeiWording.T2_PREMISES;
    String sharedRow =
        "one schedule for urban (700㎡以上) and rural (500㎡以上) communities, applied to each; "
            + THREE_OF_FOUR;
    Provenance everyCommunity =
        Provenance.derived(
            TABLE_1,
            table1,
            "专栏一 item "
                + item
                + " requires "
                + minimum
                + " m² or more of every "
                + (urban ? "urban" : "rural")
                + " community by 2020, i.e. 100% of them (the 2020 cell of 专栏二 row 3 was lost)");
    return Indicator.builder(code)
        .name(
            (urban ? "城镇" : "农村") + "社区服务用房达标率(" + minimum + "㎡以上)",
            "Share of "
                + (urban ? "urban" : "rural")
                + " communities with service premises of "
                + minimum
                + " m² or more")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(area))
        .target(2020, Comparator.AT_LEAST, Figure.number(100), everyCommunity)
        .milestone(2017, Comparator.AT_LEAST, Figure.number(70), cell(row, "70%", sharedRow))
        .milestone(2018, Comparator.AT_LEAST, Figure.number(80), cell(row, "80%", sharedRow))
        .milestone(2019, Comparator.AT_LEAST, Figure.number(90), cell(row, "90%", sharedRow))
        .milestone(2020, Comparator.AT_LEAST, Figure.number(100), everyCommunity)
        .computation(
            new Computation.ShareOfUnits(
                XinbeiForms.COMMUNITY, FieldCondition.atLeast(XinbeiForms.PREMISES_AREA, minimum)))
        .provenance(Provenance.stated(S3_2_1, XinbeiWording.PREMISES_STANDARD))
        .build();
  }

  /** Average premises area of urban (≥ 1,000 m²) or rural (≥ 700 m²) communities. */
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
        // The cap holds for every community; the form refuses a report above it.
        .scope(Scope.eachCommunity(AreaType.ALL))
        .direction(Direction.LOWER_IS_BETTER)
        .target(
            2020,
            Comparator.AT_MOST,
            Figure.number(20),
            Provenance.stated(TABLE_1, XinbeiWording.T1_OFFICE))
        .computation(
            new Computation.RatioOfSums(
                XinbeiForms.COMMUNITY,
                XinbeiForms.OFFICE_AREA,
                XinbeiForms.PREMISES_AREA,
                Computation.HUNDRED))
        .provenance(Provenance.stated(TABLE_1, XinbeiWording.T1_OFFICE))
        .build();
  }

  static Indicator streetServiceCentre() {
    String lost =
        "专栏二 row 4 lost all its cells; the yearly rates are taken from this sentence of 三(二)3";
    Provenance text = Provenance.derived(S3_2_3, XinbeiWording.CENTRE_2017_2020, lost);
    return Indicator.builder(STREET_SERVICE_CENTRE)
        .name(
            "镇(街道)级社区服务中心(社会组织发展中心)建设率",
            "Share of towns and streets with a community service centre (social organisation"
                + " development centre)")
        .unit(Unit.PERCENT)
        .scope(Scope.streets())
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.derived(
                S3_2_3,
                XinbeiWording.CENTRE_2017_2020,
                "the 2020 target cell of 专栏一 item 6 was lost; 100% for 2020 is taken from this"
                    + " sentence of 三(二)3"))
        .milestone(2017, Comparator.AT_LEAST, Figure.number(50), text)
        .milestone(2018, Comparator.AT_LEAST, Figure.number(70), text)
        .milestone(2019, Comparator.AT_LEAST, Figure.number(90), text)
        .milestone(2020, Comparator.AT_LEAST, Figure.number(100), text)
        .computation(
            new Computation.ShareOfUnits(
                XinbeiForms.STREET, FieldCondition.isTrue(XinbeiForms.SERVICE_CENTRE)))
        .nationalIndicator("STREET_SERVICE_CENTRE_COVERAGE")
        .provenance(Provenance.stated(TABLE_1, XinbeiWording.T1_CENTRE))
        .build();
  }

  static Indicator informatisationCoverage() {
    return Indicator.builder(INFORMATISATION_COVERAGE)
        .name("城乡社区信息化工作覆盖率", "Coverage of community informatisation")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.derived(
                S3_2_2,
                XinbeiWording.PLATFORM_2018_2020,
                "the 2020 target cell of 专栏一 item 9 was lost; 三(二)2 has the platform running in"
                    + " every community from 2017 and its extended functions covering all by 2020"
                    + " (全覆盖), read as 100%"))
        .milestone(
            2017,
            Comparator.AT_LEAST,
            Figure.number(100),
            cell(XinbeiStages.ROW_7, "100%达市要求,并在2个社区进行试点功能拓展"))
        .computation(
            new Computation.ShareOfUnits(
                XinbeiForms.COMMUNITY, FieldCondition.isTrue(XinbeiForms.INFO_PLATFORM_RUNNING)))
        .nationalIndicator("INFORMATION_PLATFORM_COVERAGE")
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

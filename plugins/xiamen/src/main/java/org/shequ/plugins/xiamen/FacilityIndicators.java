package org.shequ.plugins.xiamen;

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

/** Indicators of 四(一): community service facilities and the information platform. */
final class FacilityIndicators {
  private FacilityIndicators() {}

  static List<Indicator> all() {
    return List.of(
        checklist(),
        group(
            "XM-RURAL-SIX-HAVES",
            "农村社区“六有”建设完成率",
            "Rural communities with all six haves (六有)",
            RuralCommunityForm.SIX_HAVES),
        group(
            "XM-RURAL-FIVE-ROOMS",
            "农村社区“五室”建设完成率",
            "Rural communities with all five rooms (五室)",
            RuralCommunityForm.FIVE_ROOMS),
        group(
            "XM-RURAL-FOUR-CENTRES",
            "农村社区“四中心”建设完成率",
            "Rural communities with all four centres (四中心)",
            RuralCommunityForm.FOUR_CENTRES),
        workstations(
            "XM-URBAN-WORKSTATIONS",
            AreaType.URBAN,
            "城市社区工作站(党群服务站)覆盖率",
            "Urban communities with a community workstation (Party-and-public service station)",
            NationalCodes.URBAN_SERVICE_FACILITY_COVERAGE,
            "urban communities with a community workstation (Party-and-public service station);"
                + " the national figure counts urban communities with any comprehensive community"
                + " service facility"),
        workstations(
            "XM-RURAL-WORKSTATIONS",
            AreaType.RURAL,
            "农村社区工作站(党群服务站)覆盖率",
            "Rural communities with a community workstation (Party-and-public service station)",
            NationalCodes.RURAL_SERVICE_FACILITY_COVERAGE,
            "rural communities with a community workstation (Party-and-public service station);"
                + " the national figure counts villages with any comprehensive community service"
                + " facility"),
        gridPlatform(),
        streetCentres());
  }

  /**
   * The 2020 goal: every rural community completes the whole 六有/五室/四中心 checklist, counted from the
   * reporter's ticks.
   */
  private static Indicator checklist() {
    return Indicator.builder("XM-RURAL-CHECKLIST")
        .name(
            "农村社区“六有”“五室”“四中心”建设完成率",
            "Rural communities completing the six haves, five rooms and four centres")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.RURAL))
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.derived(
                Source.FACILITIES,
                Source.CHECKLIST,
                "“全面完成” (complete in full) read as every rural community, 100%"))
        .computation(
            new Computation.ChecklistComplete(
                RuralCommunityForm.CODE, RuralCommunityForm.codes(RuralCommunityForm.CHECKLIST)))
        .provenance(Provenance.stated(Source.FACILITIES, Source.CHECKLIST))
        .build();
  }

  /** One group of the checklist; its target follows from the whole checklist's. */
  private static Indicator group(
      String code, String zh, String en, List<RuralCommunityForm.Item> items) {
    return Indicator.builder(code)
        .name(zh, en)
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.RURAL))
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.derived(
                Source.FACILITIES,
                Source.CHECKLIST,
                "completing the whole checklist in full (“全面完成”) means every rural community"
                    + " completes each of its groups: 100%"))
        .computation(
            new Computation.ChecklistComplete(
                RuralCommunityForm.CODE, RuralCommunityForm.codes(items)))
        .provenance(Provenance.stated(Source.FACILITIES, Source.CHECKLIST))
        .build();
  }

  /** The document sets no figure for workstations: DERIVED, tracked for the national comparison. */
  private static Indicator workstations(
      String code, AreaType area, String zh, String en, String national, String approximation) {
    return Indicator.builder(code)
        .name(zh, en)
        .unit(Unit.PERCENT)
        .scope(Scope.communities(area))
        .computation(
            new Computation.ShareOfUnits(
                CommunityForm.CODE, FieldCondition.isTrue(CommunityForm.HAS_WORKSTATION)))
        .nationalIndicatorApproximately(national, approximation)
        .provenance(
            Provenance.derived(
                Source.FACILITIES,
                Source.WORKSTATIONS,
                "The document sets no coverage figure; the share of communities with a workstation is tracked because of «大力加强城乡社区工作站(党群服务站)建设» and for the national comparison"))
        .build();
  }

  private static Indicator gridPlatform() {
    return Indicator.builder("XM-GRID-PLATFORM")
        .name("社区网格化信息平台覆盖率", "Communities connected to the community grid information platform")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .computation(
            new Computation.ShareOfUnits(
                CommunityForm.CODE, FieldCondition.isTrue(CommunityForm.ON_GRID_PLATFORM)))
        .nationalIndicatorApproximately(
            NationalCodes.INFORMATION_PLATFORM_COVERAGE,
            "communities on the city's grid information platform linking city, district, street"
                + " and community; the national figure counts communities served by an integrated"
                + " public-service information platform")
        .provenance(
            Provenance.derived(
                Source.PLATFORM,
                Source.PLATFORM_LINKS,
                "The document sets no coverage figure; communities on the grid platform are tracked because of «实现市-区-街-社四级联动» and for the national comparison"))
        .build();
  }

  private static Indicator streetCentres() {
    return Indicator.builder("XM-STREET-SERVICE-CENTRES")
        .name("街镇综合服务中心覆盖率", "Streets and towns with a comprehensive service centre")
        .unit(Unit.PERCENT)
        .scope(Scope.streets())
        .computation(
            new Computation.ShareOfUnits(
                GovernmentForms.STREET, FieldCondition.isTrue(GovernmentForms.HAS_SERVICE_CENTRE)))
        .nationalIndicator(NationalCodes.STREET_SERVICE_CENTRE_COVERAGE)
        .provenance(
            Provenance.derived(
                Source.THREE_SOCIETIES,
                Source.STREET_CENTRES,
                "The document sets no coverage figure and builds on centres it takes as existing («鼓励依托街镇综合服务中心»); the share of streets and towns with one is tracked for the national comparison"))
        .build();
  }
}

package org.shequ.plugins.xiamen;

import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Scope;
import org.shequ.plan.api.Unit;

/** Indicators of 四(二) (service supply), its 专栏5, and 五(一) (the standards system). */
final class ServiceIndicators {
  private ServiceIndicators() {}

  static List<Indicator> all() {
    return List.of(
        basicPublicServices(),
        urbanPurchasedServices(),
        ruralPurchasedServices(),
        ruralServiceStandards(),
        demonstrationBrands(),
        mediationCommittees(),
        standardsSystem());
  }

  private static Indicator basicPublicServices() {
    return Indicator.builder("XM-BASIC-PUBLIC-SERVICES")
        .name("城乡社区基本公共服务项目覆盖率", "Communities where every basic public service item is provided")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.derived(
                Source.PUBLIC_SERVICES,
                Source.PUBLIC_SERVICES_2020,
                "“城乡社区…全覆盖” (full coverage of urban and rural communities) read as every"
                    + " urban and every rural community, 100% in each"))
        .eachArea(AreaType.URBAN, AreaType.RURAL)
        .computation(
            new Computation.ShareOfUnits(
                CommunityForm.CODE,
                FieldCondition.isTrue(CommunityForm.BASIC_PUBLIC_SERVICES_COVERED)))
        .provenance(Provenance.stated(Source.PUBLIC_SERVICES, Source.PUBLIC_SERVICES_2020))
        .build();
  }

  private static Indicator urbanPurchasedServices() {
    return Indicator.builder("XM-URBAN-PURCHASED-SERVICES")
        .name(
            "城市社区弱势群体服务项目政府购买服务实现率",
            "Urban communities where all services for vulnerable groups are purchased by the"
                + " government")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.URBAN))
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.derived(
                Source.PURCHASING,
                Source.PURCHASING_2020,
                "“全部实现” (all achieved) in urban communities read as every urban community,"
                    + " 100%"))
        .computation(
            new Computation.ShareOfUnits(
                CommunityForm.CODE,
                FieldCondition.isTrue(CommunityForm.VULNERABLE_SERVICES_PURCHASED)))
        .provenance(Provenance.stated(Source.PURCHASING, Source.PURCHASING_2020))
        .build();
  }

  /** “农村社区逐步推行” sets no figure, so the rural share is tracked without a target. */
  private static Indicator ruralPurchasedServices() {
    return Indicator.builder("XM-RURAL-PURCHASED-SERVICES")
        .name(
            "农村社区推行政府购买服务比例",
            "Rural communities where government purchase of services has been introduced")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.RURAL))
        .computation(
            new Computation.ShareOfUnits(
                CommunityForm.CODE, FieldCondition.isTrue(CommunityForm.HAS_PURCHASED_SERVICES)))
        .provenance(
            Provenance.derived(
                Source.PURCHASING,
                Source.PURCHASING_2020,
                "The document sets no figure for rural communities; the share that has introduced"
                    + " government purchase is tracked because of «农村社区逐步推行政府购买服务»"))
        .build();
  }

  private static Indicator ruralServiceStandards() {
    return Indicator.builder("XM-RURAL-SERVICE-STANDARDS")
        .name(
            "农村社区服务达到上级部门规范标准的比例",
            "Rural communities whose six services all meet the higher authorities' standards")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.RURAL))
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.derived(
                Source.RURAL_SERVICES,
                Source.RURAL_STANDARDS_2020,
                "the six services of rural communities reaching the standard read as every rural"
                    + " community meeting all six, 100%"))
        .computation(
            new Computation.ChecklistComplete(
                RuralCommunityForm.CODE,
                RuralCommunityForm.codes(RuralCommunityForm.SERVICE_STANDARDS)))
        .provenance(Provenance.stated(Source.RURAL_SERVICES, Source.RURAL_STANDARDS_2020))
        .build();
  }

  /** 1–2 brands in each district: a per-district target, so the actual is the share meeting it. */
  private static Indicator demonstrationBrands() {
    return Indicator.builder("XM-DISTRICT-DEMO-BRANDS")
        .name(
            "各区农村社区建设全国性或全省性示范品牌数",
            "National or provincial rural community demonstration brands per district")
        .unit(Unit.COUNT)
        .scope(new Scope(AreaType.ALL, OrgUnitLevel.COUNTY, true))
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.range("1", "2"),
            Provenance.stated(
                Source.RURAL_SERVICES, Source.RURAL_STANDARDS_2020 + "," + Source.BRANDS))
        .computation(
            new Computation.ShareMeetingTarget(
                GovernmentForms.DISTRICT, GovernmentForms.DEMONSTRATION_BRANDS))
        .provenance(Provenance.stated(Source.RURAL_SERVICES, Source.BRANDS))
        .build();
  }

  private static Indicator mediationCommittees() {
    return Indicator.builder("XM-MEDIATION-COMMITTEES")
        .name("村(居)人民调解委员会设立率", "Villages and communities with a people's mediation committee")
        .unit(Unit.PERCENT)
        .scope(Scope.communities(AreaType.ALL))
        .target(
            2020,
            Comparator.AT_LEAST,
            Figure.number(100),
            Provenance.derived(
                Source.BOX_5,
                Source.MEDIATION,
                "“每个村(居)” (every village and community) read as 100%; the box gives no year,"
                    + " so the end of the plan period"))
        .computation(
            new Computation.ShareOfUnits(
                CommunityForm.CODE, FieldCondition.isTrue(CommunityForm.HAS_MEDIATION_COMMITTEE)))
        .provenance(Provenance.stated(Source.BOX_5, Source.MEDIATION))
        .build();
  }

  static Indicator standardsSystem() {
    Indicator.Builder b =
        Indicator.builder("XM-STANDARDS-SYSTEM")
            .name(
                "城乡社区服务法律法规和标准体系建设",
                "Legal and standards system for urban and rural community services")
            .unit(Unit.STAGE)
            .scope(Scope.region())
            .target(
                2020,
                Comparator.AT_LEAST,
                Figure.stage(StandardsStages.IMPLEMENTED),
                Provenance.stated(Source.STANDARDS, Source.STANDARDS_2020))
            .computation(
                new Computation.LatestStage(
                    GovernmentForms.REGION, GovernmentForms.STANDARDS_STAGE))
            .provenance(Provenance.stated(Source.STANDARDS, Source.STANDARDS_2020));
    StandardsStages.STAGES.forEach(s -> b.stage(s.code(), s.zh(), s.en(), s.provenance()));
    return b.build();
  }
}

package org.shequ.plugins.xiamen;

import static org.shequ.plugins.xiamen.XiamenForms.count;
import static org.shequ.plugins.xiamen.XiamenForms.flag;
import static org.shequ.plugins.xiamen.XiamenForms.notMoreThan;
import static org.shequ.plugins.xiamen.XiamenForms.persons;
import static org.shequ.plugins.xiamen.XiamenForms.times;

import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.PeriodType;
import org.shequ.plan.api.Provenance;

/**
 * The forms of the levels above the community: the street or town (镇(街)), the district (区, a
 * county-level unit of the city) and the city itself, for figures only they can report.
 */
final class GovernmentForms {
  static final String STREET = "XM-STREET";
  static final String DISTRICT = "XM-DISTRICT";
  static final String REGION = "XM-REGION";

  // XM-STREET and XM-DISTRICT
  static final String ROTATION_TRAININGS = "rotation_trainings";
  static final String HAS_SERVICE_CENTRE = "has_service_centre";
  static final String DEMONSTRATION_BRANDS = "demonstration_brands";

  // XM-REGION
  static final String RESIDENT_POPULATION = "resident_population";
  static final String CERTIFIED_SOCIAL_WORKERS = "certified_social_workers";
  static final String PROFESSIONAL_SOCIAL_WORKERS = "professional_social_workers";
  static final String REGISTERED_VOLUNTEERS = "registered_volunteers";
  static final String SECRETARY_DEMO_TRAININGS = "secretary_demo_trainings";
  static final String PARTY_SYSTEMS = "party_systems";
  static final String PARTY_SYSTEMS_TRAINED = "party_systems_trained";
  static final String STANDARDS_STAGE = "standards_system_stage";

  private static final long MAX_POPULATION = 100_000_000L;

  private GovernmentForms() {}

  static Form street() {
    return new Form(
        STREET,
        LocalizedText.of("城乡社区服务体系建设年度报表(镇、街道)", "Annual community service report (town / street)"),
        OrgUnitLevel.STREET,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            times(
                ROTATION_TRAININGS,
                "本年对社区党组织及小区党支部(党小组)书记集中轮训次数",
                "Rotation trainings held this year for secretaries of community Party organisations"
                    + " and residential-estate Party branches (groups)",
                1000,
                true),
            flag(
                HAS_SERVICE_CENTRE,
                "建有街镇综合服务中心",
                "Has a comprehensive service centre of the street or town",
                true)),
        List.of(),
        Provenance.derived(
            Source.BOX_6,
            Source.STREET_TRAINING,
            "form designed for the street- and town-level duties of 专栏6 and 四(三)2"));
  }

  static Form district() {
    return new Form(
        DISTRICT,
        LocalizedText.of("城乡社区服务体系建设年度报表(区)", "Annual community service report (district)"),
        OrgUnitLevel.COUNTY,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            count(
                ROTATION_TRAININGS,
                "本年区委组织部对街道分管副书记、组织委员、社区党组织书记集中轮训次数",
                "Rotation trainings held this year by the district Party organisation department for"
                    + " street deputy secretaries in charge, organisation committee members and"
                    + " community Party secretaries",
                1000,
                true),
            count(
                DEMONSTRATION_BRANDS,
                "累计创出的农村社区建设全国性或全省性示范品牌数",
                "National or provincial rural community demonstration brands created to date",
                100,
                true)),
        List.of(),
        Provenance.derived(
            Source.RURAL_SERVICES,
            Source.BRANDS,
            "form designed for the district-level targets of 四(二)4 and 专栏6"));
  }

  static Form region() {
    return new Form(
        REGION,
        LocalizedText.of("城乡社区服务体系建设年度报表(全市)", "Annual community service report (city)"),
        OrgUnitLevel.REGION,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            persons(
                RESIDENT_POPULATION,
                "全市常住人口",
                "Resident population of the city",
                MAX_POPULATION,
                true),
            persons(
                CERTIFIED_SOCIAL_WORKERS,
                "全市持证社工人数",
                "Certified social workers in the city",
                MAX_POPULATION,
                false),
            persons(
                PROFESSIONAL_SOCIAL_WORKERS,
                "全市专业社工人数",
                "Professional social workers in the city",
                MAX_POPULATION,
                false),
            persons(
                REGISTERED_VOLUNTEERS,
                "全市注册志愿者人数",
                "Registered volunteers in the city",
                MAX_POPULATION,
                false),
            times(
                SECRETARY_DEMO_TRAININGS,
                "本年市委组织部举办基层党组织书记示范培训次数",
                "Demonstration trainings for grassroots Party secretaries held this year by the"
                    + " municipal Party organisation department",
                1000,
                false),
            count(PARTY_SYSTEMS, "系统数", "Party systems (sectors) of the city", 1000, false),
            count(
                PARTY_SYSTEMS_TRAINED,
                "其中:本年对所属基层党组织书记集中轮训至少1次的系统数",
                "of which held at least one rotation training this year for their grassroots Party"
                    + " secretaries",
                1000,
                false),
            Field.stagesOf(STANDARDS_STAGE, ServiceIndicators.standardsSystem())
                .label(
                    "城乡社区服务法律法规和标准体系建设阶段",
                    "Stage of the community-service legal and standards system")
                .build()),
        List.of(
            notMoreThan(
                REGISTERED_VOLUNTEERS,
                RESIDENT_POPULATION,
                "注册志愿者人数不能超过常住人口",
                "Registered volunteers cannot exceed the resident population"),
            notMoreThan(
                PROFESSIONAL_SOCIAL_WORKERS,
                RESIDENT_POPULATION,
                "专业社工人数不能超过常住人口",
                "Professional social workers cannot exceed the resident population"),
            notMoreThan(
                CERTIFIED_SOCIAL_WORKERS,
                RESIDENT_POPULATION,
                "持证社工人数不能超过常住人口",
                "Certified social workers cannot exceed the resident population"),
            notMoreThan(
                PARTY_SYSTEMS_TRAINED,
                PARTY_SYSTEMS,
                "开展轮训的系统数不能超过系统数",
                "Systems that held a rotation training cannot exceed all systems")),
        Provenance.derived(
            Source.VOLUNTEERS,
            Source.VOLUNTEERS_2020,
            "form designed for the figures only the city can report (social workers, volunteers,"
                + " municipal trainings, the standards system)"));
  }
}

package org.shequ.plugins.jiexiu;

import java.math.BigDecimal;
import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.FieldType;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.FormRule;
import org.shequ.plan.api.FormValues;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.PeriodType;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Unit;

/**
 * The annual forms of the plan: one for every community and village (urban and rural alike, because
 * the social-organisation and social-worker targets compare both kinds on one field), one for
 * streets and towns, and one for the figures only the city itself can report.
 */
final class JiexiuForms {
  private JiexiuForms() {}

  static final String COMMUNITY = "JX-COMMUNITY";
  static final String STREET = "JX-STREET";
  static final String REGION = "JX-REGION";

  // JX-COMMUNITY
  static final String HAS_SERVICE_FACILITY = "has_service_facility";
  static final String FACILITY_AREA = "facility_area";
  static final String FACILITY_UPGRADED = "facility_upgraded";
  static final String SOCIAL_ORGS = "social_orgs";
  static final String COMMUNITY_STAFF = "community_staff";
  static final String SOCIAL_WORKERS = "social_workers";
  static final String CERTIFIED_SOCIAL_WORKERS = "certified_social_workers";
  static final String INFO_PLATFORM_APPLIED = "info_platform_applied";

  // JX-STREET
  static final String ONE_STOP_SERVICE = "one_stop_service";
  static final String SOCIAL_WORK_POSTS = "social_work_posts";

  // JX-REGION
  static final String SOCIAL_WORK_TALENT_TOTAL = "social_work_talent_total";
  static final String PRIVATE_SOCIAL_WORK_AGENCIES = "private_social_work_agencies";
  static final String SOCIAL_WORK_PURCHASE = "social_work_purchase";

  static List<Form> all() {
    return List.of(community(), street(), region());
  }

  static Form community() {
    return new Form(
        COMMUNITY,
        LocalizedText.of(
            "介休市社区(村)“三社联动”年度情况表",
            "Jiexiu community and village annual three-society linkage report"),
        OrgUnitLevel.COMMUNITY,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            Field.builder(HAS_SERVICE_FACILITY, FieldType.BOOLEAN)
                .label("是否建有社区综合服务设施", "Has a comprehensive community service facility")
                .required()
                .build(),
            Field.builder(FACILITY_AREA, FieldType.DECIMAL)
                .label("社区综合服务设施面积", "Floor area of the comprehensive community service facility")
                .unit(Unit.SQUARE_METRES)
                .min(0)
                .max(50_000)
                .required()
                .help("未建有综合服务设施的填0", "Enter 0 when the community has no such facility")
                .build(),
            Field.builder(FACILITY_UPGRADED, FieldType.BOOLEAN)
                .label(
                    "城市社区活动场所和公益性服务设施是否已完成提档升级",
                    "Urban community: activity venues and public-service facilities upgraded")
                .help("城市社区填写", "Urban communities only")
                .build(),
            Field.builder(SOCIAL_ORGS, FieldType.INTEGER)
                .label("社区社会组织数", "Community-based social organisations")
                .unit(Unit.COUNT)
                .min(0)
                .max(1_000)
                .required()
                .help(
                    "含已登记和由街道办事处(乡镇人民政府)管理的未登记社区社会组织",
                    "Registered ones and unregistered ones managed by the street office or town"
                        + " government")
                .build(),
            Field.builder(COMMUNITY_STAFF, FieldType.INTEGER)
                .label("社区治理和服务人员数", "Community governance and service personnel")
                .unit(Unit.PERSONS)
                .min(0)
                .max(2_000)
                .required()
                .help(
                    "含社区党组织和自治组织成员、专职工作者、服务人员及配备的社会工作专业人才",
                    "Members of the community Party organisation and self-governing bodies, full-time"
                        + " workers, service staff and the professional social workers assigned")
                .build(),
            Field.builder(SOCIAL_WORKERS, FieldType.INTEGER)
                .label("配备的社会工作专业人才数", "Professional social workers assigned to the community")
                .unit(Unit.PERSONS)
                .min(0)
                .max(500)
                .required()
                .build(),
            Field.builder(CERTIFIED_SOCIAL_WORKERS, FieldType.INTEGER)
                .label(
                    "其中:取得社会工作者职业水平证书的人数",
                    "Of whom: holders of the social-work professional qualification certificate")
                .unit(Unit.PERSONS)
                .min(0)
                .max(500)
                .required()
                .build(),
            Field.builder(INFO_PLATFORM_APPLIED, FieldType.BOOLEAN)
                .label(
                    "社区公共服务事项是否依托社区公共服务综合信息平台办理",
                    "Community public services handled through the integrated community public-service"
                        + " information platform")
                .required()
                .build()),
        List.of(
            new FormRule.CompareFields(
                "certified-within-social-workers",
                CERTIFIED_SOCIAL_WORKERS,
                Comparator.AT_MOST,
                BigDecimal.ONE,
                SOCIAL_WORKERS,
                LocalizedText.of(
                    "持证人数不能多于社会工作专业人才数",
                    "Certificate holders cannot outnumber the professional social workers")),
            new FormRule.CompareFields(
                "social-workers-within-staff",
                SOCIAL_WORKERS,
                Comparator.AT_MOST,
                BigDecimal.ONE,
                COMMUNITY_STAFF,
                LocalizedText.of(
                    "社会工作专业人才数不能多于社区治理和服务人员数",
                    "Professional social workers cannot outnumber the community governance and"
                        + " service personnel they belong to")),
            new FormRule.Custom(
                "area-without-facility",
                List.of(FACILITY_AREA, HAS_SERVICE_FACILITY),
                LocalizedText.of(
                    "未建有社区综合服务设施的,设施面积应填0",
                    "Without a comprehensive service facility the facility area must be 0"),
                JiexiuForms::noAreaWithoutFacility),
            new FormRule.Custom(
                "facility-without-area",
                List.of(FACILITY_AREA, HAS_SERVICE_FACILITY),
                LocalizedText.of(
                    "建有社区综合服务设施的,应填写大于0的设施面积",
                    "A community with a comprehensive service facility reports its area, above 0"),
                JiexiuForms::areaWithFacility)),
        Provenance.derived(
            Source.GOALS,
            Source.GOAL_FACILITIES,
            "form designed to collect, per community and village, the figures behind the goals of"
                + " 二(三) and the measures of 三(一) and 三(三)"));
  }

  static Form street() {
    return new Form(
        STREET,
        LocalizedText.of(
            "介休市街道(乡镇)“三社联动”年度情况表", "Jiexiu street and town annual three-society linkage report"),
        OrgUnitLevel.STREET,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            Field.builder(ONE_STOP_SERVICE, FieldType.BOOLEAN)
                .label(
                    "是否已依托综合信息平台建立“一站式”社区公共服务机构",
                    "Has set up a one-stop community public-service body on the integrated"
                        + " information platform")
                .required()
                .build(),
            Field.builder(SOCIAL_WORK_POSTS, FieldType.INTEGER)
                .label(
                    "街道(乡镇)社区服务中心(站)设置的社会工作专业岗位数",
                    "Professional social-work posts set up at the street or town community service"
                        + " centre (station)")
                .unit(Unit.COUNT)
                .min(0)
                .max(500)
                .required()
                .build()),
        List.of(),
        Provenance.derived(
            Source.INFORMATION,
            Source.ONE_STOP,
            "form designed to collect the street- and town-level measures of 三(一)3 and 三(三)1"));
  }

  static Form region() {
    return new Form(
        REGION,
        LocalizedText.of(
            "介休市“三社联动”年度情况表(市级)", "Jiexiu city-level annual three-society linkage report"),
        OrgUnitLevel.REGION,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            Field.builder(SOCIAL_WORK_TALENT_TOTAL, FieldType.INTEGER)
                .label(
                    "全市社会工作专业人才和从业人员总数",
                    "Professional social workers and social-work practitioners in the city, total")
                .unit(Unit.PERSONS)
                .min(0)
                .max(100_000)
                .required()
                .build(),
            Field.builder(PRIVATE_SOCIAL_WORK_AGENCIES, FieldType.INTEGER)
                .label(
                    "城区民办社会工作服务机构数", "Privately run social-work service agencies in the urban area")
                .unit(Unit.COUNT)
                .min(0)
                .max(1_000)
                .required()
                .build(),
            Field.builder(SOCIAL_WORK_PURCHASE, FieldType.DECIMAL)
                .label(
                    "政府购买社区社会工作服务资金",
                    "Government spending on purchased community social-work services")
                .unit(Unit.TEN_THOUSAND_CNY)
                .min(0)
                .max(1_000_000)
                .required()
                .build()),
        // The document sets its 2,000 for professionals and practitioners together and no figure
        // for professionals alone, so the form asks for the total only.
        List.of(),
        Provenance.derived(
            Source.GOALS,
            Source.GOAL_SOCIAL_WORK_TOTAL,
            "form designed to collect the city-wide figures of 二(三), 三(三)3 and 三(三)4 that"
                + " only the city can report"));
  }

  /** Without a facility there is no facility area. */
  static boolean noAreaWithoutFacility(FormValues values) {
    if (!values.has(HAS_SERVICE_FACILITY) || values.number(FACILITY_AREA).isEmpty()) {
      return true;
    }
    return values.isTrue(HAS_SERVICE_FACILITY) || values.number(FACILITY_AREA).get().signum() == 0;
  }

  /** A facility has a floor area; 0 would hide it from the 500 m² goal. */
  static boolean areaWithFacility(FormValues values) {
    if (!values.isTrue(HAS_SERVICE_FACILITY) || values.number(FACILITY_AREA).isEmpty()) {
      return true;
    }
    return values.number(FACILITY_AREA).get().signum() > 0;
  }
}

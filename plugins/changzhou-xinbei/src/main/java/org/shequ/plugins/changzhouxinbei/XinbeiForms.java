package org.shequ.plugins.changzhouxinbei;

import java.math.BigDecimal;
import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.FieldType;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.FormRule;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.PeriodType;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Unit;

/**
 * The annual data-collection forms: one for every village and community, one for every town and
 * street, and one for the district's own figures. Together they feed every indicator of the plan.
 */
final class XinbeiForms {
  private XinbeiForms() {}

  static final String COMMUNITY = "XB-COMMUNITY";
  static final String STREET = "XB-STREET";
  static final String REGION = "XB-REGION";

  // XB-COMMUNITY
  static final String PREMISES_AREA = "premises_area";
  static final String OFFICE_AREA = "office_area";
  static final String HIGH_STANDARD_HARMONIOUS = "high_standard_harmonious";
  static final String WORKERS_UNDER_45 = "social_workers_under_45";
  static final String CERTIFIED_UNDER_45 = "certified_social_workers_under_45";
  static final String INFO_FUNCTIONS_EXTENDED = "info_platform_functions_extended";
  static final String SOCIAL_ORGS = "social_orgs";
  static final String SOCIAL_ORGS_PARTY_WORK = "social_orgs_with_party_work";
  static final String DEMOCRATIC_CONSULTATION = "democratic_consultation";

  // XB-STREET
  static final String SERVICE_CENTRE = "has_community_service_centre";

  // XB-REGION
  static final String COMMUNITY_SIZE_STAGE = "community_size_stage";
  static final String INFORMATISATION_STAGE = "informatisation_stage";
  static final String GRID_MANAGEMENT_STAGE = "grid_management_stage";
  static final String WORKER_AVG_INCOME = "worker_avg_annual_income";
  static final String URBAN_AVG_WAGE_PREV_YEAR = "urban_employee_avg_wage_prev_year";

  static final String RULE_OFFICE_AREA = "office-area-within-20-percent";
  static final String RULE_CERTIFIED = "certified-within-workers";
  static final String RULE_PARTY_WORK = "party-work-within-social-orgs";

  /** Office space may be at most this share of the premises (专栏一 item 5). */
  static final BigDecimal OFFICE_SHARE_LIMIT = new BigDecimal("0.2");

  private static final long MAX_AREA = 100_000;
  private static final long MAX_PERSONS = 1_000;
  private static final long MAX_ORGS = 1_000;
  private static final long MAX_CNY = 10_000_000;

  private static final Provenance MONITORING =
      Provenance.derived(
          XinbeiSections.S4_3,
          "本规划确定的指标要定期检查、落实到位。建立规划实施的部门协调机制,开展规划实施情况动态监测和评估工作",
          "the plan asks for its indicators to be checked regularly and monitored; the forms"
              + " collect what 专栏一 and 专栏二 need, once a year");

  static List<Form> all() {
    return List.of(community(), street(), region());
  }

  static Form community() {
    List<Field> fields =
        List.of(
            Field.builder(PREMISES_AREA, FieldType.DECIMAL)
                .label("社区服务用房(社区用房)总面积", "Total area of the community service premises")
                .unit(Unit.SQUARE_METRES)
                .min(0)
                .max(MAX_AREA)
                .required()
                .help(
                    "城镇社区不低于700㎡、农村社区不低于500㎡",
                    "Standard: at least 700 m² for urban communities, 500 m² for rural ones")
                .build(),
            Field.builder(OFFICE_AREA, FieldType.DECIMAL)
                .label("其中社区干部办公用房面积", "Of which office space for community staff")
                .unit(Unit.SQUARE_METRES)
                .min(0)
                .max(MAX_AREA)
                .required()
                .help("面积控制在社区用房面积的20%以内", "Must be kept within 20% of the community premises area")
                .build(),
            Field.builder(HIGH_STANDARD_HARMONIOUS, FieldType.BOOLEAN)
                .label("已创建高标准城乡和谐社区", "Certified as a high-standard harmonious community")
                .required()
                .build(),
            Field.builder(WORKERS_UNDER_45, FieldType.INTEGER)
                .label("45周岁以下社区社工人数", "Community social workers aged 45 or under")
                .unit(Unit.PERSONS)
                .min(0)
                .max(MAX_PERSONS)
                .required()
                .build(),
            Field.builder(CERTIFIED_UNDER_45, FieldType.INTEGER)
                .label(
                    "其中取得初级以上社工证书的人数", "Of whom holding a junior or higher social-work certificate")
                .unit(Unit.PERSONS)
                .min(0)
                .max(MAX_PERSONS)
                .required()
                .build(),
            Field.builder(INFO_FUNCTIONS_EXTENDED, FieldType.BOOLEAN)
                .label(
                    "本社区已实现信息化平台功能扩展",
                    "The information platform's extended functions reach this community")
                .help("2020年实现平台功能扩展全覆盖", "Plan: extended functions cover every community by 2020")
                .required()
                .build(),
            Field.builder(SOCIAL_ORGS, FieldType.INTEGER)
                .label("社区社会组织数", "Community social organisations")
                .unit(Unit.COUNT)
                .min(0)
                .max(MAX_ORGS)
                .required()
                .build(),
            Field.builder(SOCIAL_ORGS_PARTY_WORK, FieldType.INTEGER)
                .label("其中党的工作已覆盖的社区社会组织数", "Of which covered by the Party's work")
                .unit(Unit.COUNT)
                .min(0)
                .max(MAX_ORGS)
                .required()
                .build(),
            Field.builder(DEMOCRATIC_CONSULTATION, FieldType.BOOLEAN)
                .label("已推行民主协商制度", "Democratic consultation system in practice")
                .required()
                .build());
    List<FormRule> rules =
        List.of(
            // 专栏一 item 5, «社区干部办公用房面积控制在社区用房面积的20%以内», is a 2020 target the
            // plan tracks, not a fact every report must already satisfy: a community over 20%
            // reports its real figures and carries a warning.
            new FormRule.CompareFields(
                    RULE_OFFICE_AREA,
                    OFFICE_AREA,
                    Comparator.AT_MOST,
                    OFFICE_SHARE_LIMIT,
                    PREMISES_AREA,
                    LocalizedText.of(
                        "社区干部办公用房面积超过社区用房面积的20%(规划目标:社区干部办公用房面积控制在社区用房面积的20%以内)",
                        "Office space for community staff is above 20% of the community premises"
                            + " area (plan target: within 20%)"))
                .asWarning(),
            new FormRule.CompareFields(
                RULE_CERTIFIED,
                CERTIFIED_UNDER_45,
                Comparator.AT_MOST,
                BigDecimal.ONE,
                WORKERS_UNDER_45,
                LocalizedText.of(
                    "持证社工人数不能多于45周岁以下社工人数",
                    "Certified social workers cannot outnumber the social workers aged 45 or"
                        + " under")),
            new FormRule.CompareFields(
                RULE_PARTY_WORK,
                SOCIAL_ORGS_PARTY_WORK,
                Comparator.AT_MOST,
                BigDecimal.ONE,
                SOCIAL_ORGS,
                LocalizedText.of(
                    "党的工作覆盖的社会组织数不能多于社区社会组织总数",
                    "Organisations covered by the Party's work cannot outnumber the community"
                        + " social organisations")));
    return new Form(
        COMMUNITY,
        LocalizedText.of("新北区城乡社区年度发展情况表", "Xinbei annual community and village report"),
        OrgUnitLevel.COMMUNITY,
        AreaType.ALL,
        PeriodType.ANNUAL,
        fields,
        rules,
        MONITORING);
  }

  static Form street() {
    return new Form(
        STREET,
        LocalizedText.of("新北区镇(街道)年度社区建设情况表", "Xinbei annual town and street report"),
        OrgUnitLevel.STREET,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            Field.builder(SERVICE_CENTRE, FieldType.BOOLEAN)
                .label(
                    "已建成镇(街道)社区服务中心(社会组织发展中心)",
                    "Town or street community service centre (social organisation development"
                        + " centre) completed")
                .required()
                .build()),
        List.of(),
        MONITORING);
  }

  static Form region() {
    return new Form(
        REGION,
        LocalizedText.of("新北区城乡社区发展年度情况表(区级)", "Xinbei annual district report"),
        OrgUnitLevel.REGION,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            Field.builder(COMMUNITY_SIZE_STAGE, FieldType.ENUM)
                .label("社区规模调整进度", "Progress of the community size adjustment")
                .optionsFrom(XinbeiFacilityIndicators.communitySize())
                .build(),
            Field.builder(INFORMATISATION_STAGE, FieldType.ENUM)
                .label("城乡社区信息化进度", "Progress of community informatisation")
                .optionsFrom(XinbeiFacilityIndicators.informatisationProgress())
                .build(),
            Field.builder(GRID_MANAGEMENT_STAGE, FieldType.ENUM)
                .label("网格化管理和服务推行进度", "Roll-out of grid management and services")
                .optionsFrom(XinbeiPeopleIndicators.gridManagement())
                .build(),
            Field.builder(WORKER_AVG_INCOME, FieldType.DECIMAL)
                .label("城乡社区社工人均年收入", "Average annual income of community social workers")
                .unit(Unit.CNY)
                .min(0)
                .max(MAX_CNY)
                .required()
                .build(),
            Field.builder(URBAN_AVG_WAGE_PREV_YEAR, FieldType.DECIMAL)
                .label("上年度城镇职工平均工资", "Average wage of urban employees in the previous year")
                .unit(Unit.CNY)
                // At least 1 yuan: the pay indicator divides by it.
                .min(1)
                .max(MAX_CNY)
                .required()
                .build()),
        List.of(),
        MONITORING);
  }
}

package org.shequ.plugins.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.FieldCondition;
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
 * The annual national summary ({@code NATIONAL-SUMMARY}): the aggregate counts behind every figure
 * of the review, reported once a year at region level. Shares are reported as their numerator and
 * denominator so that they can be recomputed and checked rather than typed in.
 */
final class NationalSummaryForm {
  private NationalSummaryForm() {}

  static final String CODE = "NATIONAL-SUMMARY";

  // Communities and villages.
  static final String URBAN_COMMUNITIES = "urban_communities";
  static final String URBAN_WITH_FACILITY = "urban_communities_with_facility";
  static final String URBAN_WITH_CONSULTATION = "urban_communities_with_consultation_committee";
  static final String VILLAGES = "villages";
  static final String VILLAGES_WITH_FACILITY = "villages_with_facility";
  static final String VILLAGES_WITH_ASSEMBLY_SYSTEM = "villages_with_assembly_system";
  static final String VILLAGES_ANNUAL_ASSEMBLY = "villages_holding_annual_assembly";
  static final String VILLAGES_REPRESENTATIVE_MEETINGS = "villages_holding_representative_meetings";
  static final String VILLAGES_WITH_RULES = "villages_with_rules";

  // Service institutions and facilities.
  static final String FACILITIES_TOTAL = "service_facilities_total";
  static final String GUIDANCE_CENTRES = "service_guidance_centres";
  static final String SERVICE_CENTRES = "community_service_centres";
  static final String SERVICE_STATIONS = "community_service_stations";
  static final String OTHER_FACILITIES = "other_service_facilities";

  static final String VOLUNTEERS = "registered_community_volunteers";

  // Sample survey of townships.
  static final String TOWNSHIPS_SURVEYED = "townships_surveyed";
  static final String TOWNSHIPS_ONE_STOP = "townships_with_one_stop_centre";
  static final String TOWNSHIPS_POWER_LISTS = "townships_with_power_lists";
  static final String TOWNSHIPS_DECISION_RULES = "townships_with_decision_rules";
  static final String TOWNSHIPS_POWER_OVERSIGHT = "townships_with_power_oversight";

  // Provinces and elections.
  static final String PROVINCES_VC_MEASURES = "provinces_with_village_committee_measures";
  static final String PROVINCES_ELECTION_MEASURES = "provinces_with_village_election_measures";
  static final String PROVINCES_TERM_REGULATIONS = "provinces_with_term_regulations";
  static final String PROVINCES_UNIFIED_TERM = "provinces_with_unified_election_term";
  static final String REGISTERED_VOTERS = "election_registered_voters";
  static final String PARTICIPATING_VOTERS = "election_participating_voters";

  // Information pilots.
  static final String INFO_BENEFIT_CITIES = "info_benefit_pilot_cities";
  static final String PLATFORM_PILOTS = "info_platform_pilots_completed";
  static final String SMART_PILOTS = "smart_community_pilots_completed";

  /** Mainland provincial-level units (省、自治区、直辖市): the most a count of provinces can reach. */
  static final int PROVINCES = 31;

  private static final long MAX_UNITS = 2_000_000;
  private static final long MAX_FACILITIES = 10_000_000;
  private static final long MAX_PERSONS = 1_500_000_000;
  private static final long MAX_CITIES = 10_000;

  static Form build() {
    List<Field> fields =
        List.of(
            count(URBAN_COMMUNITIES, "城市社区(居民委员会)总数", "Urban communities (residents' committees)")
                .max(MAX_UNITS)
                .required()
                .build(),
            count(
                    URBAN_WITH_FACILITY,
                    "建有综合服务设施的城市社区数",
                    "Urban communities with a service facility")
                .max(MAX_UNITS)
                .build(),
            count(
                    URBAN_WITH_CONSULTATION,
                    "建立协商议事委员会的城市社区数",
                    "Urban communities with a consultation and deliberation committee")
                .help(
                    "评述中“64%的社区”与“村”并列,指城市社区(居委会)",
                    "The review's 64% of 社区 stands beside its figures for villages: urban"
                        + " communities (residents' committees)")
                .max(MAX_UNITS)
                .build(),
            count(VILLAGES, "村(农村社区)总数", "Villages (rural communities)")
                .max(MAX_UNITS)
                .required()
                .build(),
            count(VILLAGES_WITH_FACILITY, "建有综合服务设施的农村社区(村)数", "Villages with a service facility")
                .max(MAX_UNITS)
                .build(),
            count(
                    VILLAGES_WITH_ASSEMBLY_SYSTEM,
                    "建立村民会议或者村民代表会议制度的村数",
                    "Villages with a villagers' assembly or representative assembly system")
                .max(MAX_UNITS)
                .build(),
            count(
                    VILLAGES_ANNUAL_ASSEMBLY,
                    "每年召开村民会议的村数",
                    "Villages that hold a villagers' assembly every year")
                .max(MAX_UNITS)
                .build(),
            count(
                    VILLAGES_REPRESENTATIVE_MEETINGS,
                    "每年召开一次以上村民代表会议的村数",
                    "Villages that hold a villagers' representative meeting at least once a year")
                .max(MAX_UNITS)
                .build(),
            count(
                    VILLAGES_WITH_RULES,
                    "制订村规民约或村民自治章程的村数",
                    "Villages with village rules or a self-governance charter")
                .max(MAX_UNITS)
                .build(),
            count(
                    FACILITIES_TOTAL,
                    "城乡社区服务机构和设施总数",
                    "Urban and rural community service institutions and facilities, total")
                .max(MAX_FACILITIES)
                .required()
                .build(),
            count(GUIDANCE_CENTRES, "其中:社区服务指导中心", "of which: community service guidance centres")
                .max(MAX_FACILITIES)
                .build(),
            count(SERVICE_CENTRES, "其中:社区服务中心", "of which: community service centres")
                .max(MAX_FACILITIES)
                .build(),
            count(SERVICE_STATIONS, "其中:社区服务站", "of which: community service stations")
                .max(MAX_FACILITIES)
                .build(),
            count(
                    OTHER_FACILITIES,
                    "其中:其他社区服务机构和设施",
                    "of which: other community service institutions and facilities")
                .max(MAX_FACILITIES)
                .build(),
            Field.builder(VOLUNTEERS, FieldType.INTEGER)
                .label("注册社区志愿者人数", "Registered community volunteers")
                .unit(Unit.PERSONS)
                .min(0)
                .max(MAX_PERSONS)
                .required()
                .build(),
            count(TOWNSHIPS_SURVEYED, "抽样调查的乡镇数", "Townships in the sample survey")
                .max(MAX_UNITS)
                .help("抽样调查样本中的乡镇总数", "All townships in the survey sample")
                .build(),
            count(
                    TOWNSHIPS_ONE_STOP,
                    "样本中建有一站式服务中心的乡镇数",
                    "Sampled townships with a one-stop service centre")
                .max(MAX_UNITS)
                .build(),
            count(
                    TOWNSHIPS_POWER_LISTS,
                    "样本中制定了政府权力清单和责任清单的乡镇数",
                    "Sampled townships with lists of government powers and responsibilities")
                .max(MAX_UNITS)
                .build(),
            count(
                    TOWNSHIPS_DECISION_RULES,
                    "样本中建立了议事规则和决策程序的乡镇数",
                    "Sampled townships with rules of procedure and decision-making procedures")
                .max(MAX_UNITS)
                .build(),
            count(
                    TOWNSHIPS_POWER_OVERSIGHT,
                    "样本中建立了行政权力运行制约和监督体系的乡镇数",
                    "Sampled townships with a system of checks on and oversight of administrative"
                        + " power")
                .max(MAX_UNITS)
                .build(),
            province(
                PROVINCES_VC_MEASURES,
                "制定或者修订村民委员会组织法实施办法的省份数",
                "Provinces that have made or revised measures implementing the Organic Law of"
                    + " Villagers' Committees"),
            province(
                PROVINCES_ELECTION_MEASURES,
                "制定或者修订村民委员会选举办法的省份数",
                "Provinces that have made or revised villagers' committee election measures"),
            province(
                PROVINCES_TERM_REGULATIONS,
                "完成村委会任期配套法规修改的省份数",
                "Provinces that have amended their regulations for the five-year committee term"),
            province(
                PROVINCES_UNIFIED_TERM,
                "实现村(居)委会换届选举统一届期的省份数",
                "Provinces holding village and residents' committee elections on a unified"
                    + " term"),
            Field.builder(REGISTERED_VOTERS, FieldType.INTEGER)
                .label("村(居)委会换届选举登记选民数", "Registered voters in committee elections")
                .unit(Unit.PERSONS)
                .min(0)
                .max(MAX_PERSONS)
                .build(),
            Field.builder(PARTICIPATING_VOTERS, FieldType.INTEGER)
                .label("参加村(居)委会换届选举的选民数", "Voters who took part in committee elections")
                .unit(Unit.PERSONS)
                .min(0)
                .max(MAX_PERSONS)
                .build(),
            count(
                    INFO_BENEFIT_CITIES,
                    "开展国家信息惠民试点的城市数",
                    "Cities in the national information-for-the-people pilot")
                .max(MAX_CITIES)
                .build(),
            count(
                    PLATFORM_PILOTS,
                    "完成试点工作的社区公共服务综合信息平台建设试点单位数",
                    "Community public-service information platform pilot units that completed"
                        + " their pilot")
                .max(MAX_CITIES)
                .build(),
            count(
                    SMART_PILOTS,
                    "完成试点工作的智慧社区建设试点单位数",
                    "Smart-community pilot units that completed their pilot")
                .max(MAX_CITIES)
                .build());
    return new Form(
        CODE,
        LocalizedText.of("全国城乡社区治理年度汇总表", "National annual summary of community governance"),
        OrgUnitLevel.REGION,
        AreaType.ALL,
        PeriodType.ANNUAL,
        fields,
        rules(),
        Provenance.derived(
            Sections.GOVERNMENT,
            Wording.FACILITIES_TOTAL,
            "the review publishes national aggregates; this form collects the counts behind each"
                + " of its figures"));
  }

  private static List<FormRule> rules() {
    List<FormRule> rules = new ArrayList<>();
    rules.add(
        notMore(
            URBAN_WITH_FACILITY,
            URBAN_COMMUNITIES,
            "建有综合服务设施的城市社区数",
            "urban communities with a facility",
            "城市社区总数",
            "urban communities"));
    rules.add(
        notMore(
            URBAN_WITH_CONSULTATION,
            URBAN_COMMUNITIES,
            "建立协商议事委员会的城市社区数",
            "urban communities with a consultation committee",
            "城市社区总数",
            "urban communities"));
    List<Part> villageParts =
        List.of(
            new Part(VILLAGES_WITH_FACILITY, "建有综合服务设施的村数", "villages with a facility"),
            new Part(
                VILLAGES_WITH_ASSEMBLY_SYSTEM,
                "建立村民会议或者村民代表会议制度的村数",
                "villages with an assembly system"),
            new Part(
                VILLAGES_ANNUAL_ASSEMBLY, "每年召开村民会议的村数", "villages holding an annual assembly"),
            new Part(
                VILLAGES_REPRESENTATIVE_MEETINGS,
                "每年召开村民代表会议的村数",
                "villages holding annual representative meetings"),
            new Part(VILLAGES_WITH_RULES, "制订村规民约或村民自治章程的村数", "villages with village rules"));
    for (Part v : villageParts) {
      rules.add(notMore(v.field(), VILLAGES, v.zh(), v.en(), "村总数", "villages"));
    }
    List<Part> sampleParts =
        List.of(
            new Part(TOWNSHIPS_ONE_STOP, "建有一站式服务中心的乡镇数", "townships with a one-stop centre"),
            new Part(TOWNSHIPS_POWER_LISTS, "制定权力清单和责任清单的乡镇数", "townships with power lists"),
            new Part(TOWNSHIPS_DECISION_RULES, "建立议事规则和决策程序的乡镇数", "townships with decision rules"),
            new Part(
                TOWNSHIPS_POWER_OVERSIGHT, "建立权力运行制约和监督体系的乡镇数", "townships with power oversight"));
    for (Part t : sampleParts) {
      rules.add(
          notMore(t.field(), TOWNSHIPS_SURVEYED, t.zh(), t.en(), "抽样调查的乡镇数", "townships surveyed"));
      // A share of the sample means nothing without the sample's size.
      rules.add(
          new FormRule.RequiredWhen(
              "sample-size-required-" + t.field(),
              TOWNSHIPS_SURVEYED,
              new FieldCondition(t.field(), Comparator.AT_LEAST, BigDecimal.ZERO),
              LocalizedText.of(
                  "填写了" + t.zh() + "时须填写抽样调查的乡镇数",
                  "townships surveyed is required when " + t.en() + " is given")));
    }
    rules.add(
        notMore(
            PARTICIPATING_VOTERS,
            REGISTERED_VOTERS,
            "参加选举的选民数",
            "voters taking part",
            "登记选民数",
            "registered voters"));
    rules.add(
        new FormRule.RequiredWhen(
            "registered-voters-required",
            REGISTERED_VOTERS,
            new FieldCondition(PARTICIPATING_VOTERS, Comparator.AT_LEAST, BigDecimal.ZERO),
            LocalizedText.of(
                "填写了参加选举的选民数时须填写登记选民数",
                "registered voters are required when voters taking part are given")));
    // 其中 lists a breakdown whose last part is the remainder (其他), so the parts add up to the total.
    List<String> parts =
        List.of(GUIDANCE_CENTRES, SERVICE_CENTRES, SERVICE_STATIONS, OTHER_FACILITIES);
    List<String> breakdown = new ArrayList<>();
    breakdown.add(FACILITIES_TOTAL);
    breakdown.addAll(parts);
    rules.add(
        new FormRule.Custom(
            "facility-breakdown-sum",
            breakdown,
            LocalizedText.of(
                "社区服务指导中心、社区服务中心、社区服务站和其他社区服务机构和设施之和应等于城乡社区服务机构和设施总数",
                "guidance centres, service centres, service stations and other facilities must add"
                    + " up to the total of service institutions and facilities"),
            values -> breakdownAddsUp(values, parts)));
    return rules;
  }

  /** True unless every part and the total are given and the parts do not add up to the total. */
  private static boolean breakdownAddsUp(FormValues values, List<String> parts) {
    Optional<BigDecimal> total = values.number(FACILITIES_TOTAL);
    BigDecimal sum = BigDecimal.ZERO;
    for (String part : parts) {
      Optional<BigDecimal> v = values.number(part);
      if (v.isEmpty()) {
        return true;
      }
      sum = sum.add(v.get());
    }
    return total.isEmpty() || total.get().compareTo(sum) == 0;
  }

  /** A count that is part of a whole, with its name for rule messages. */
  private record Part(String field, String zh, String en) {}

  private static FormRule notMore(
      String left, String right, String leftZh, String leftEn, String rightZh, String rightEn) {
    return new FormRule.CompareFields(
        left + "-not-above-" + right,
        left,
        Comparator.AT_MOST,
        BigDecimal.ONE,
        right,
        LocalizedText.of(leftZh + "不能超过" + rightZh, leftEn + " cannot exceed " + rightEn));
  }

  private static Field.Builder count(String code, String zh, String en) {
    return Field.builder(code, FieldType.INTEGER).label(zh, en).unit(Unit.COUNT).min(0);
  }

  private static Field province(String code, String zh, String en) {
    return count(code, zh, en)
        .max(PROVINCES)
        .help(
            "全国31个省(自治区、直辖市)中的个数", "Out of the 31 provinces, autonomous regions and municipalities")
        .build();
  }
}

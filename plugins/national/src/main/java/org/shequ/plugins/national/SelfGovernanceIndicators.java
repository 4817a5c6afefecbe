package org.shequ.plugins.national;

import static org.shequ.plugins.national.IndicatorSpecs.REVIEW_YEAR;
import static org.shequ.plugins.national.IndicatorSpecs.share;
import static org.shequ.plugins.national.IndicatorSpecs.total;
import static org.shequ.plugins.national.IndicatorSpecs.undated;

import java.util.List;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.NationalCodes;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Unit;

/**
 * Villagers' and residents' self-governance: consultation (section “协商参与渐成常态”) and the rule of law
 * (section “法治建设全面加强”): shares of villages and communities, provincial legislation and election
 * turnout. None of these has a target in the review.
 */
final class SelfGovernanceIndicators {
  private SelfGovernanceIndicators() {}

  static List<Indicator> all() {
    return List.of(
        villages(
            "NAT-VILLAGE-ASSEMBLY-SYSTEM",
            "建立村民会议或者村民代表会议制度的村比例",
            "Villages with a villagers' assembly or representative assembly system",
            NationalSummaryForm.VILLAGES_WITH_ASSEMBLY_SYSTEM,
            "85",
            Sections.CONSULTATION,
            Wording.VILLAGE_ASSEMBLY,
            NationalCodes.VILLAGE_ASSEMBLY_SYSTEM_COVERAGE),
        share(
                "NAT-COMMUNITY-CONSULTATION-COMMITTEE",
                "建立协商议事委员会的城市社区比例",
                "Urban communities with a consultation and deliberation committee",
                NationalSummaryForm.URBAN_WITH_CONSULTATION,
                NationalSummaryForm.URBAN_COMMUNITIES)
            .baseline(
                Figure.number(64),
                REVIEW_YEAR,
                undated(Sections.CONSULTATION, Wording.CONSULTATION_COMMITTEE))
            .nationalIndicator(NationalCodes.COMMUNITY_CONSULTATION_COVERAGE)
            .provenance(Provenance.stated(Sections.CONSULTATION, Wording.CONSULTATION_COMMITTEE))
            .build(),
        villages(
            "NAT-VILLAGE-ANNUAL-ASSEMBLY",
            "每年召开村民会议的村比例",
            "Villages holding a villagers' assembly every year",
            NationalSummaryForm.VILLAGES_ANNUAL_ASSEMBLY,
            "35",
            Sections.CONSULTATION,
            Wording.ANNUAL_ASSEMBLY,
            null),
        villages(
            "NAT-VILLAGE-REPRESENTATIVE-MEETINGS",
            "每年召开一次以上村民代表会议的村比例",
            "Villages holding a villagers' representative meeting at least once a year",
            NationalSummaryForm.VILLAGES_REPRESENTATIVE_MEETINGS,
            "57",
            Sections.CONSULTATION,
            Wording.REPRESENTATIVE_MEETINGS,
            null),
        provinces(
            "NAT-PROVINCES-VILLAGE-COMMITTEE-MEASURES",
            "制定或者修订村民委员会组织法实施办法的省份数",
            "Provinces that have made or revised measures implementing the Organic Law of"
                + " Villagers' Committees",
            NationalSummaryForm.PROVINCES_VC_MEASURES,
            30,
            2019,
            Provenance.stated(Sections.LAW, Wording.PROVINCIAL_MEASURES)),
        provinces(
            "NAT-PROVINCES-VILLAGE-ELECTION-MEASURES",
            "制定或者修订村民委员会选举办法的省份数",
            "Provinces that have made or revised villagers' committee election measures",
            NationalSummaryForm.PROVINCES_ELECTION_MEASURES,
            29,
            2019,
            Provenance.stated(Sections.LAW, Wording.PROVINCIAL_MEASURES)),
        provinces(
            "NAT-PROVINCES-TERM-REGULATIONS",
            "完成村委会任期配套法规修改的省份数",
            "Provinces that have amended their regulations for the five-year committee term",
            NationalSummaryForm.PROVINCES_TERM_REGULATIONS,
            22,
            REVIEW_YEAR,
            undated(Sections.LAW, Wording.TERM_OF_OFFICE)),
        provinces(
            "NAT-PROVINCES-UNIFIED-ELECTION-TERM",
            "实现村(居)委会换届选举统一届期的省份数",
            "Provinces holding village and residents' committee elections on a unified term",
            NationalSummaryForm.PROVINCES_UNIFIED_TERM,
            28,
            REVIEW_YEAR,
            undated(Sections.LAW, Wording.UNIFIED_ELECTIONS)),
        share(
                "NAT-ELECTION-TURNOUT",
                "村(居)委会换届选举参选率",
                "Turnout in village and residents' committee elections",
                NationalSummaryForm.PARTICIPATING_VOTERS,
                NationalSummaryForm.REGISTERED_VOTERS)
            .baseline(
                Figure.number(90),
                REVIEW_YEAR,
                Provenance.derived(
                    Sections.LAW,
                    Wording.UNIFIED_ELECTIONS,
                    "“90%以上” (above 90%) recorded as its lower bound, 90; the review gives no"
                        + " date, recorded as of 2020, the year of the review"))
            .nationalIndicator(NationalCodes.ELECTION_TURNOUT)
            .provenance(Provenance.stated(Sections.LAW, Wording.UNIFIED_ELECTIONS))
            .build(),
        villages(
            "NAT-VILLAGE-RULES",
            "制订村规民约或村民自治章程的村比例",
            "Villages with village rules or a self-governance charter",
            NationalSummaryForm.VILLAGES_WITH_RULES,
            "98",
            Sections.LAW,
            Wording.VILLAGE_RULES,
            NationalCodes.VILLAGE_RULES_COVERAGE));
  }

  /** A share of all villages, printed without a date. */
  private static Indicator villages(
      String code,
      String zh,
      String en,
      String field,
      String value,
      String section,
      String wording,
      String national) {
    return share(code, zh, en, field, NationalSummaryForm.VILLAGES)
        .baseline(Figure.number(value), REVIEW_YEAR, undated(section, wording))
        .nationalIndicator(national)
        .provenance(Provenance.stated(section, wording))
        .build();
  }

  /** A number of provinces (省、自治区、直辖市). */
  private static Indicator provinces(
      String code, String zh, String en, String field, long value, int year, Provenance figure) {
    return total(code, zh, en, Unit.COUNT, field)
        .baseline(Figure.number(value), year, figure)
        .provenance(Provenance.stated(Sections.LAW, figure.originalText()))
        .build();
  }
}

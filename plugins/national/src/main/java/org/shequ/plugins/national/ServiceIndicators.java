package org.shequ.plugins.national;

import static org.shequ.plugins.national.IndicatorSpecs.REVIEW_YEAR;
import static org.shequ.plugins.national.IndicatorSpecs.asOfSeptember2020;
import static org.shequ.plugins.national.IndicatorSpecs.share;
import static org.shequ.plugins.national.IndicatorSpecs.stated;
import static org.shequ.plugins.national.IndicatorSpecs.total;
import static org.shequ.plugins.national.IndicatorSpecs.undated;

import java.util.List;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.NationalCodes;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Unit;

/**
 * Service facilities, volunteers and townships (section “政府依法担当作为”): the two 2020 coverage targets
 * of the 2016 national plan with the September 2020 figures, the count of service institutions and
 * facilities with its breakdown, registered volunteers, and the sample survey of townships.
 */
final class ServiceIndicators {
  private ServiceIndicators() {}

  static List<Indicator> all() {
    return List.of(
        share(
                "NAT-URBAN-FACILITY-COVERAGE",
                "城市社区综合服务设施覆盖率",
                "Urban community service facility coverage",
                NationalSummaryForm.URBAN_WITH_FACILITY,
                NationalSummaryForm.URBAN_COMMUNITIES)
            .baseline(
                Figure.number("96.4"),
                REVIEW_YEAR,
                asOfSeptember2020(Sections.GOVERNMENT, Wording.COVERAGE_2020, null, null))
            .target(
                2020,
                Comparator.AT_LEAST,
                Figure.number(100),
                Provenance.derived(
                    Sections.PLANNING,
                    Wording.SERVICE_PLAN_TARGETS,
                    "“全覆盖” (full coverage) read as 100%"))
            .nationalIndicator(NationalCodes.URBAN_SERVICE_FACILITY_COVERAGE)
            .provenance(Provenance.stated(Sections.PLANNING, Wording.SERVICE_PLAN_TARGETS))
            .build(),
        share(
                "NAT-RURAL-FACILITY-COVERAGE",
                "农村社区综合服务设施覆盖率",
                "Rural community service facility coverage",
                NationalSummaryForm.VILLAGES_WITH_FACILITY,
                NationalSummaryForm.VILLAGES)
            .baseline(
                Figure.number("83.7"),
                REVIEW_YEAR,
                asOfSeptember2020(Sections.GOVERNMENT, Wording.COVERAGE_2020, null, null))
            .target(
                2020,
                Comparator.AT_LEAST,
                Figure.number(50),
                stated(Sections.PLANNING, Wording.SERVICE_PLAN_TARGETS))
            .nationalIndicator(NationalCodes.RURAL_SERVICE_FACILITY_COVERAGE)
            .provenance(Provenance.stated(Sections.PLANNING, Wording.SERVICE_PLAN_TARGETS))
            .build(),
        facilities(
            "NAT-SERVICE-FACILITIES",
            "城乡社区服务机构和设施总数",
            "Urban and rural community service institutions and facilities",
            NationalSummaryForm.FACILITIES_TOTAL,
            "442000",
            Wording.FACILITIES_TOTAL,
            "44.2万"),
        facilities(
            "NAT-SERVICE-GUIDANCE-CENTRES",
            "社区服务指导中心数",
            "Community service guidance centres",
            NationalSummaryForm.GUIDANCE_CENTRES,
            "513",
            Wording.FACILITIES_BREAKDOWN,
            null),
        facilities(
            "NAT-COMMUNITY-SERVICE-CENTRES",
            "社区服务中心数",
            "Community service centres",
            NationalSummaryForm.SERVICE_CENTRES,
            "27000",
            Wording.FACILITIES_BREAKDOWN,
            "2.7万"),
        facilities(
            "NAT-COMMUNITY-SERVICE-STATIONS",
            "社区服务站数",
            "Community service stations",
            NationalSummaryForm.SERVICE_STATIONS,
            "318000",
            Wording.FACILITIES_BREAKDOWN,
            "31.8万"),
        facilities(
            "NAT-OTHER-SERVICE-FACILITIES",
            "其他社区服务机构和设施数",
            "Other community service institutions and facilities",
            NationalSummaryForm.OTHER_FACILITIES,
            "96000",
            Wording.FACILITIES_BREAKDOWN,
            "9.6万"),
        total(
                "NAT-REGISTERED-VOLUNTEERS",
                "注册社区志愿者人数",
                "Registered community volunteers",
                Unit.PERSONS,
                NationalSummaryForm.VOLUNTEERS)
            .baseline(
                Figure.number(37_410_000),
                REVIEW_YEAR,
                Provenance.derived(
                    Sections.GOVERNMENT,
                    Wording.VOLUNTEERS,
                    "3741万 written out as 37,410,000; the paragraph gives no date, recorded as of"
                        + " 2020 like the section's other figures (截至2020年9月)"))
            .nationalIndicator(NationalCodes.REGISTERED_COMMUNITY_VOLUNTEERS)
            .provenance(Provenance.stated(Sections.GOVERNMENT, Wording.VOLUNTEERS))
            .build(),
        township(
            "NAT-TOWNSHIP-ONE-STOP-CENTRE",
            "建有一站式服务中心的乡镇比例",
            "Townships with a one-stop service centre",
            NationalSummaryForm.TOWNSHIPS_ONE_STOP,
            "95.5",
            NationalCodes.TOWN_ONE_STOP_SERVICE_COVERAGE),
        township(
            "NAT-TOWNSHIP-POWER-LISTS",
            "制定政府权力清单和责任清单的乡镇比例",
            "Townships with lists of government powers and responsibilities",
            NationalSummaryForm.TOWNSHIPS_POWER_LISTS,
            "91.5",
            null),
        township(
            "NAT-TOWNSHIP-DECISION-RULES",
            "建立议事规则和决策程序的乡镇比例",
            "Townships with rules of procedure and decision-making procedures",
            NationalSummaryForm.TOWNSHIPS_DECISION_RULES,
            "98.5",
            null),
        township(
            "NAT-TOWNSHIP-POWER-OVERSIGHT",
            "建立行政权力运行制约和监督体系的乡镇比例",
            "Townships with a system of checks on and oversight of administrative power",
            NationalSummaryForm.TOWNSHIPS_POWER_OVERSIGHT,
            "97.5",
            null));
  }

  /** A count of service institutions or facilities as of September 2020. */
  private static Indicator facilities(
      String code, String zh, String en, String field, String value, String wording, String wan) {
    Provenance figure = asOfSeptember2020(Sections.GOVERNMENT, wording, wan, value);
    return total(code, zh, en, Unit.COUNT, field)
        .baseline(Figure.number(value), REVIEW_YEAR, figure)
        .provenance(Provenance.stated(Sections.GOVERNMENT, wording))
        .build();
  }

  /** A share of townships in the review's sample survey. */
  private static Indicator township(
      String code, String zh, String en, String field, String value, String national) {
    return share(code, zh, en, field, NationalSummaryForm.TOWNSHIPS_SURVEYED)
        .baseline(
            Figure.number(value),
            REVIEW_YEAR,
            undated(Sections.GOVERNMENT, Wording.TOWNSHIP_SURVEY))
        .nationalIndicator(national)
        .provenance(Provenance.stated(Sections.GOVERNMENT, Wording.TOWNSHIP_SURVEY))
        .build();
  }
}

package org.shequ.plugins.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Figures;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.OrgUnitProfile;
import org.shequ.plan.api.Plan;
import org.shequ.plan.testkit.SampleReports;

/** Indicators evaluated on hand-made national summaries, with the results worked out by hand. */
class NationalEvaluationTest {
  private final Plan plan = new NationalPlanModule().plan();

  private static OrgUnitProfile region(String id) {
    return new OrgUnitProfile(id, OrgUnitLevel.REGION, AreaType.ALL, null, null, Set.of());
  }

  /** A summary built to reproduce the review's figures. */
  private static Map<String, Object> summaryLikeTheReview() {
    Map<String, Object> v = new HashMap<>();
    v.put("urban_communities", 1000);
    v.put("urban_communities_with_facility", 964);
    v.put("urban_communities_with_consultation_committee", 640);
    v.put("villages", 2000);
    v.put("villages_with_facility", 1674);
    v.put("villages_with_assembly_system", 1700);
    v.put("villages_holding_annual_assembly", 700);
    v.put("villages_holding_representative_meetings", 1140);
    v.put("villages_with_rules", 1960);
    v.put("service_facilities_total", 442_000);
    v.put("service_guidance_centres", 513);
    v.put("community_service_centres", 27_000);
    v.put("community_service_stations", 318_000);
    v.put("other_service_facilities", 96_487);
    v.put("registered_community_volunteers", 37_410_000);
    v.put("townships_surveyed", 200);
    v.put("townships_with_one_stop_centre", 191);
    v.put("townships_with_power_lists", 183);
    v.put("townships_with_decision_rules", 197);
    v.put("townships_with_power_oversight", 195);
    v.put("provinces_with_village_committee_measures", 30);
    v.put("provinces_with_village_election_measures", 29);
    v.put("provinces_with_term_regulations", 22);
    v.put("provinces_with_unified_election_term", 28);
    v.put("election_registered_voters", 1000);
    v.put("election_participating_voters", 905);
    v.put("info_benefit_pilot_cities", 80);
    v.put("info_platform_pilots_completed", 96);
    v.put("smart_community_pilots_completed", 44);
    return v;
  }

  @Test
  void aSummaryLikeTheReviewReproducesEveryFigure() {
    var samples =
        SampleReports.of(plan).report(region("cn"), "NATIONAL-SUMMARY", summaryLikeTheReview());
    Map<String, String> expected =
        Map.ofEntries(
            Map.entry("NAT-URBAN-FACILITY-COVERAGE", "96.4"), // 964 / 1000
            Map.entry("NAT-RURAL-FACILITY-COVERAGE", "83.7"), // 1674 / 2000
            Map.entry("NAT-SERVICE-FACILITIES", "442000"),
            Map.entry("NAT-SERVICE-GUIDANCE-CENTRES", "513"),
            Map.entry("NAT-COMMUNITY-SERVICE-CENTRES", "27000"),
            Map.entry("NAT-COMMUNITY-SERVICE-STATIONS", "318000"),
            Map.entry("NAT-OTHER-SERVICE-FACILITIES", "96487"),
            Map.entry("NAT-REGISTERED-VOLUNTEERS", "37410000"),
            Map.entry("NAT-TOWNSHIP-ONE-STOP-CENTRE", "95.5"), // 191 / 200
            Map.entry("NAT-TOWNSHIP-POWER-LISTS", "91.5"), // 183 / 200
            Map.entry("NAT-TOWNSHIP-DECISION-RULES", "98.5"), // 197 / 200
            Map.entry("NAT-TOWNSHIP-POWER-OVERSIGHT", "97.5"), // 195 / 200
            Map.entry("NAT-VILLAGE-ASSEMBLY-SYSTEM", "85"), // 1700 / 2000
            Map.entry("NAT-COMMUNITY-CONSULTATION-COMMITTEE", "64"), // 640 / 1000
            Map.entry("NAT-VILLAGE-ANNUAL-ASSEMBLY", "35"), // 700 / 2000
            Map.entry("NAT-VILLAGE-REPRESENTATIVE-MEETINGS", "57"), // 1140 / 2000
            Map.entry("NAT-PROVINCES-VILLAGE-COMMITTEE-MEASURES", "30"),
            Map.entry("NAT-PROVINCES-VILLAGE-ELECTION-MEASURES", "29"),
            Map.entry("NAT-PROVINCES-TERM-REGULATIONS", "22"),
            Map.entry("NAT-PROVINCES-UNIFIED-ELECTION-TERM", "28"),
            Map.entry("NAT-ELECTION-TURNOUT", "90.5"), // 905 / 1000
            Map.entry("NAT-VILLAGE-RULES", "98"), // 1960 / 2000
            Map.entry("NAT-INFO-BENEFIT-PILOT-CITIES", "80"),
            Map.entry("NAT-INFO-PLATFORM-PILOTS", "96"),
            Map.entry("NAT-SMART-COMMUNITY-PILOTS", "44"));
    assertThat(expected.keySet())
        .containsExactlyInAnyOrderElementsOf(
            plan.indicators().stream().map(i -> i.code()).toList());
    expected.forEach(
        (code, value) -> {
          var actual = samples.evaluate(code);
          assertThat(actual.reports()).as(code).isEqualTo(1);
          assertThat(actual.number()).as(code).isEqualByComparingTo(value);
        });
  }

  @Test
  void septemberFiguresMissTheUrbanTargetAndMeetTheRuralOne() {
    var samples =
        SampleReports.of(plan).report(region("cn"), "NATIONAL-SUMMARY", summaryLikeTheReview());
    var urban = plan.indicator("NAT-URBAN-FACILITY-COVERAGE").orElseThrow().target();
    var rural = plan.indicator("NAT-RURAL-FACILITY-COVERAGE").orElseThrow().target();
    BigDecimal urbanActual = samples.evaluate("NAT-URBAN-FACILITY-COVERAGE").number();
    BigDecimal ruralActual = samples.evaluate("NAT-RURAL-FACILITY-COVERAGE").number();
    var urbanClause = urban.regionClause().orElseThrow();
    var ruralClause = rural.regionClause().orElseThrow();
    assertThat(Figures.meets(urbanActual, urbanClause.comparator(), urbanClause.value())).isFalse();
    assertThat(Figures.meets(ruralActual, ruralClause.comparator(), ruralClause.value())).isTrue();
  }

  @Test
  void sharesOfSeveralSummariesAreWeightedByTheirDenominators() {
    var samples =
        SampleReports.of(plan)
            .report(
                region("a"),
                "NATIONAL-SUMMARY",
                Map.of(
                    "urban_communities", 100,
                    "urban_communities_with_facility", 100,
                    "villages", 10,
                    "service_facilities_total", 7,
                    "registered_community_volunteers", 1500))
            .report(
                region("b"),
                "NATIONAL-SUMMARY",
                Map.of(
                    "urban_communities", 300,
                    "urban_communities_with_facility", 150,
                    "villages", 30,
                    "service_facilities_total", 5,
                    "registered_community_volunteers", 2500));
    // (100 + 150) / (100 + 300) = 62.5%, not the unweighted mean of 100% and 50%.
    assertThat(samples.evaluate("NAT-URBAN-FACILITY-COVERAGE").number())
        .isEqualByComparingTo("62.5");
    assertThat(samples.evaluate("NAT-URBAN-FACILITY-COVERAGE").reports()).isEqualTo(2);
    assertThat(samples.evaluate("NAT-REGISTERED-VOLUNTEERS").number()).isEqualByComparingTo("4000");
    assertThat(samples.evaluate("NAT-SERVICE-FACILITIES").number()).isEqualByComparingTo("12");
    // Neither summary reports villages with a facility: no rural figure.
    assertThat(samples.evaluate("NAT-RURAL-FACILITY-COVERAGE").hasData()).isFalse();
    assertThat(samples.evaluate("NAT-ELECTION-TURNOUT").hasData()).isFalse();
  }

  @Test
  void communityReportsDoNotFeedNationalIndicators() {
    var samples =
        SampleReports.of(plan)
            .report(
                new OrgUnitProfile(
                    "c1", OrgUnitLevel.COMMUNITY, AreaType.URBAN, 3000, null, Set.of()),
                "NATIONAL-SUMMARY",
                Map.of(
                    "urban_communities", 1,
                    "urban_communities_with_facility", 1,
                    "villages", 0,
                    "service_facilities_total", 1,
                    "registered_community_volunteers", 10));
    assertThat(samples.evaluate("NAT-URBAN-FACILITY-COVERAGE").hasData()).isFalse();
  }
}

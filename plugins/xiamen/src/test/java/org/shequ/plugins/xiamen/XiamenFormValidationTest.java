package org.shequ.plugins.xiamen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.Violation;
import org.shequ.plan.testkit.SampleReports;

/** The forms' limits and cross-field rules. */
class XiamenFormValidationTest {
  private final Plan plan = new XiamenPlanModule().plan();
  private final SampleReports samples = SampleReports.of(plan);

  @Test
  void validReportsPass() {
    assertThat(samples.violations("XM-COMMUNITY", Reports.community(Map.of()))).isEmpty();
    assertThat(samples.violations("XM-RURAL-COMMUNITY", Reports.rural(Set.of("has_clinic"))))
        .isEmpty();
  }

  @Test
  void committeeSubgroupsCannotExceedTheCommittee() {
    assertThat(
            codes(
                "XM-COMMUNITY",
                Reports.community(Map.of("committee_members", 5, "new_committee_members", 6))))
        .containsExactly("new_committee_members-le-committee_members");
    assertThat(
            codes(
                "XM-COMMUNITY",
                Reports.community(
                    Map.of(
                        "committee_members", 5,
                        "college_committee_members", 6,
                        "committee_members_under_35", 7))))
        .containsExactlyInAnyOrder(
            "college_committee_members-le-committee_members",
            "committee_members_under_35-le-committee_members");
    // Equal is allowed.
    assertThat(
            codes(
                "XM-COMMUNITY",
                Reports.community(Map.of("committee_members", 5, "new_committee_members", 5))))
        .isEmpty();
  }

  @Test
  void certifiedWorkersCannotExceedWorkers() {
    List<Violation> v =
        samples.violations(
            "XM-COMMUNITY",
            Reports.community(Map.of("community_workers", 4, "certified_community_workers", 5)));
    assertThat(v)
        .extracting(Violation::code)
        .containsExactly("certified_community_workers-le-community_workers");
    assertThat(v.get(0).field()).isEqualTo("certified_community_workers");
    assertThat(v.get(0).message().zh()).contains("持证社区工作者");
    assertThat(v.get(0).message().en()).contains("Certified community workers");
  }

  @Test
  void allVulnerableServicesPurchasedImpliesPurchasing() {
    assertThat(
            codes(
                "XM-COMMUNITY",
                Reports.community(
                    Map.of(
                        "has_purchased_services", false, "vulnerable_services_purchased", true))))
        .containsExactly("vulnerable-services-need-purchasing");
    assertThat(
            codes(
                "XM-COMMUNITY",
                Reports.community(
                    Map.of(
                        "has_purchased_services", true, "vulnerable_services_purchased", false))))
        .isEmpty();
  }

  @Test
  void communityLimitsAndRequiredFields() {
    assertThat(codes("XM-COMMUNITY", Reports.community(Map.of("committee_members", 101))))
        .containsExactly("max");
    assertThat(codes("XM-COMMUNITY", Reports.community(Map.of("community_social_workers", -1))))
        .containsExactly("min");
    assertThat(codes("XM-COMMUNITY", Reports.community(Map.of("committee_members", 2.5))))
        .containsExactly("type");
    Map<String, Object> missing = new HashMap<>(Reports.community(Map.of()));
    missing.remove("has_mediation_committee");
    missing.remove("committee_members");
    assertThat(samples.violations("XM-COMMUNITY", missing))
        .extracting(Violation::field)
        .containsExactlyInAnyOrder("has_mediation_committee", "committee_members");
  }

  @Test
  void theRuralFormAsksForTicksOnlyAndChecksNoTypedTotals() {
    var form = plan.form("XM-RURAL-COMMUNITY").orElseThrow();
    assertThat(form.fields())
        .allMatch(f -> f.type() == org.shequ.plan.api.FieldType.BOOLEAN)
        .extracting(org.shequ.plan.api.Field::code)
        .doesNotContain(
            "six_haves_done",
            "five_rooms_done",
            "four_centres_done",
            "checklist_items_done",
            "service_standards_met");
    assertThat(form.rules()).isEmpty();
    // A village that has done nothing yet reports honestly: every tick false is valid.
    Map<String, Object> nothingYet = new HashMap<>();
    Reports.rural(Set.of()).keySet().forEach(item -> nothingYet.put(item, false));
    assertThat(samples.violations("XM-RURAL-COMMUNITY", nothingYet)).isEmpty();
  }

  @Test
  void everyChecklistItemMustBeAnswered() {
    Map<String, Object> unticked = Reports.rural(Set.of());
    unticked.remove("has_clinic");
    assertThat(samples.violations("XM-RURAL-COMMUNITY", unticked))
        .extracting(Violation::field, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("has_clinic", "required"));
    Map<String, Object> notATick = Reports.rural(Set.of());
    notATick.put("has_police_room", 1);
    assertThat(codes("XM-RURAL-COMMUNITY", notATick)).containsExactly("type");
  }

  @Test
  void cityFiguresAreConsistent() {
    assertThat(
            codes("XM-REGION", Map.of("resident_population", 1000, "registered_volunteers", 1001)))
        .containsExactly("registered_volunteers-le-resident_population");
    assertThat(
            codes(
                "XM-REGION",
                Map.of("resident_population", 1000, "professional_social_workers", 1001)))
        .containsExactly("professional_social_workers-le-resident_population");
    assertThat(
            codes(
                "XM-REGION",
                Map.of(
                    "resident_population", 1000, "party_systems", 10, "party_systems_trained", 11)))
        .containsExactly("party_systems_trained-le-party_systems");
    assertThat(
            codes(
                "XM-REGION", Map.of("resident_population", 1000, "standards_system_stage", "DONE")))
        .containsExactly("option");
    assertThat(codes("XM-REGION", Map.of("registered_volunteers", 10))).containsExactly("required");
    assertThat(
            codes(
                "XM-REGION",
                Map.of("resident_population", 4_000_000, "standards_system_stage", "IMPROVING")))
        .isEmpty();
  }

  @Test
  void districtAndStreetLimits() {
    assertThat(codes("XM-DISTRICT", Map.of("rotation_trainings", 1, "demonstration_brands", -1)))
        .containsExactly("min");
    assertThat(codes("XM-DISTRICT", Map.of("rotation_trainings", 1, "demonstration_brands", 101)))
        .containsExactly("max");
    assertThat(codes("XM-STREET", Map.of("rotation_trainings", 1))).containsExactly("required");
    assertThat(codes("XM-STREET", Map.of("rotation_trainings", 1, "has_service_centre", "yes")))
        .containsExactly("type");
  }

  private List<String> codes(String form, Map<String, ?> values) {
    return samples.violations(form, values).stream().map(Violation::code).toList();
  }
}

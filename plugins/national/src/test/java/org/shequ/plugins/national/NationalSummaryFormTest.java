package org.shequ.plugins.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.FieldType;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.Unit;
import org.shequ.plan.api.Violation;
import org.shequ.plan.testkit.SampleReports;

/** The national summary form: its fields, limits and cross-field rules. */
class NationalSummaryFormTest {
  private final Plan plan = new NationalPlanModule().plan();
  private final SampleReports samples = SampleReports.of(plan);

  private static Map<String, Object> minimal() {
    Map<String, Object> v = new HashMap<>();
    v.put("urban_communities", 1000);
    v.put("villages", 2000);
    v.put("service_facilities_total", 500);
    v.put("registered_community_volunteers", 10_000);
    return v;
  }

  private List<Violation> violations(Map<String, Object> values) {
    return samples.violations("NATIONAL-SUMMARY", values);
  }

  private static List<String> codes(List<Violation> violations) {
    return violations.stream().map(Violation::code).toList();
  }

  @Test
  void planHasOneRegionLevelAnnualForm() {
    assertThat(plan.forms())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("NATIONAL-SUMMARY");
              assertThat(f.level()).isEqualTo(OrgUnitLevel.REGION);
              assertThat(f.appliesTo()).isEqualTo(AreaType.ALL);
              assertThat(f.fields()).hasSize(29);
            });
  }

  @Test
  void everyIndicatorReadsFieldsOfTheForm() {
    Form form = plan.form("NATIONAL-SUMMARY").orElseThrow();
    plan.indicators()
        .forEach(
            i ->
                assertThat(i.computation().fields())
                    .as(i.code())
                    .allSatisfy(f -> assertThat(form.field(f)).isPresent()));
  }

  @Test
  void fieldsAreTypedCountsWithUnits() {
    Form form = plan.form("NATIONAL-SUMMARY").orElseThrow();
    assertThat(form.fields()).allSatisfy(f -> assertThat(f.type()).isEqualTo(FieldType.INTEGER));
    assertThat(form.fields()).allSatisfy(f -> assertThat(f.min()).isEqualByComparingTo("0"));
    Field volunteers = form.field("registered_community_volunteers").orElseThrow();
    assertThat(volunteers.unit()).isEqualTo(Unit.PERSONS);
    assertThat(volunteers.required()).isTrue();
    assertThat(form.field("villages").orElseThrow().unit()).isEqualTo(Unit.COUNT);
    assertThat(form.fields().stream().filter(Field::required).map(Field::code))
        .containsExactlyInAnyOrder(
            "urban_communities",
            "villages",
            "service_facilities_total",
            "registered_community_volunteers");
  }

  @Test
  void aMinimalSummaryIsValidAndAnEmptyOneIsNot() {
    assertThat(violations(minimal())).isEmpty();
    assertThat(violations(Map.of()))
        .extracting(Violation::field)
        .containsExactlyInAnyOrder(
            "urban_communities",
            "villages",
            "service_facilities_total",
            "registered_community_volunteers");
  }

  @Test
  void limitsRejectNegativeFractionalAndImpossibleValues() {
    var v = minimal();
    v.put("villages", -1);
    assertThat(codes(violations(v))).containsExactly("min");
    v = minimal();
    v.put("urban_communities", 10.5);
    assertThat(codes(violations(v))).containsExactly("type");
    v = minimal();
    v.put("provinces_with_unified_election_term", 32);
    assertThat(codes(violations(v))).containsExactly("max");
    v.put("provinces_with_unified_election_term", 31);
    assertThat(violations(v)).isEmpty();
    v = minimal();
    v.put("registered_community_volunteers", 1_500_000_001L);
    assertThat(codes(violations(v))).containsExactly("max");
  }

  @Test
  void partsCannotExceedTheirWhole() {
    var v = minimal();
    v.put("urban_communities_with_facility", 1001);
    assertThat(violations(v))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code())
                  .isEqualTo("urban_communities_with_facility-not-above-urban_communities");
              assertThat(x.field()).isEqualTo("urban_communities_with_facility");
              assertThat(x.message().zh()).contains("不能超过");
              assertThat(x.message().en()).contains("cannot exceed");
            });
    v.put("urban_communities_with_facility", 1000);
    assertThat(violations(v)).isEmpty();

    for (String village :
        List.of(
            "villages_with_facility",
            "villages_with_assembly_system",
            "villages_holding_annual_assembly",
            "villages_holding_representative_meetings",
            "villages_with_rules")) {
      v = minimal();
      v.put(village, 2001);
      assertThat(codes(violations(v))).as(village).containsExactly(village + "-not-above-villages");
    }
    v = minimal();
    v.put("urban_communities_with_consultation_committee", 1001);
    assertThat(codes(violations(v)))
        .containsExactly(
            "urban_communities_with_consultation_committee-not-above-urban_communities");
  }

  @Test
  void sampledTownshipsNeedTheSampleSizeAndCannotExceedIt() {
    var v = minimal();
    v.put("townships_with_power_lists", 183);
    assertThat(codes(violations(v)))
        .containsExactly("sample-size-required-townships_with_power_lists");
    v.put("townships_surveyed", 180);
    assertThat(codes(violations(v)))
        .containsExactly("townships_with_power_lists-not-above-townships_surveyed");
    v.put("townships_surveyed", 200);
    assertThat(violations(v)).isEmpty();
  }

  @Test
  void participatingVotersNeedRegisteredVotersAndCannotExceedThem() {
    var v = minimal();
    v.put("election_participating_voters", 905);
    assertThat(codes(violations(v))).containsExactly("registered-voters-required");
    v.put("election_registered_voters", 900);
    assertThat(codes(violations(v)))
        .containsExactly("election_participating_voters-not-above-election_registered_voters");
    v.put("election_registered_voters", 1000);
    assertThat(violations(v)).isEmpty();
  }

  @Test
  void facilityBreakdownAddsUpToTheTotal() {
    var v = minimal();
    v.put("service_guidance_centres", 10);
    v.put("community_service_centres", 90);
    v.put("community_service_stations", 300);
    v.put("other_service_facilities", 99);
    assertThat(violations(v))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("facility-breakdown-sum");
              assertThat(x.field()).isEqualTo("service_facilities_total");
              assertThat(x.message().zh()).contains("之和应等于");
            });
    v.put("other_service_facilities", 100);
    assertThat(violations(v)).isEmpty();
    // A partial breakdown is not checked.
    v.remove("other_service_facilities");
    assertThat(violations(v)).isEmpty();
  }
}

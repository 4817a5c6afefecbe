package org.shequ.plugins.xiamen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Figures;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.OrgUnitProfile;
import org.shequ.plan.api.Plan;
import org.shequ.plan.testkit.SampleReports;

/** Indicators evaluated on hand-made reports, with the expected values worked out by hand. */
class XiamenEvaluationTest {
  private final Plan plan = new XiamenPlanModule().plan();

  @Test
  void ruralChecklistCountsOnlyCompleteVillages() {
    var samples =
        SampleReports.of(plan)
            .community("v1", AreaType.RURAL, 2000, "XM-RURAL-COMMUNITY", Reports.rural(Set.of()))
            .community(
                "v2",
                AreaType.RURAL,
                1500,
                "XM-RURAL-COMMUNITY",
                Reports.rural(Set.of("has_police_room")))
            .community(
                "v3",
                AreaType.RURAL,
                1800,
                "XM-RURAL-COMMUNITY",
                Reports.rural(Set.of("has_convenience_store", "has_training_centre")))
            .community(
                "v4",
                AreaType.RURAL,
                900,
                "XM-RURAL-COMMUNITY",
                Reports.rural(Set.of("fitness_point_standard")));
    // Complete: v1 and v4 (v4 misses a service standard, not a checklist item) → 2 of 4.
    assertThat(samples.evaluate("XM-RURAL-CHECKLIST").number()).isEqualByComparingTo("50");
    // Six haves: v3 lacks the store → 3 of 4.
    assertThat(samples.evaluate("XM-RURAL-SIX-HAVES").number()).isEqualByComparingTo("75");
    // Five rooms: v2 lacks the police room → 3 of 4.
    assertThat(samples.evaluate("XM-RURAL-FIVE-ROOMS").number()).isEqualByComparingTo("75");
    // Four centres: v3 lacks the training centre → 3 of 4.
    assertThat(samples.evaluate("XM-RURAL-FOUR-CENTRES").number()).isEqualByComparingTo("75");
    // All six services: every village but v4 → 3 of 4.
    assertThat(samples.evaluate("XM-RURAL-SERVICE-STANDARDS").number()).isEqualByComparingTo("75");
    assertThat(samples.evaluate("XM-RURAL-CHECKLIST").reports()).isEqualTo(4);
  }

  @Test
  void committeeSharesArePooledOverAllVillagesAndCommunities() {
    var samples =
        SampleReports.of(plan)
            .community(
                "c1",
                AreaType.URBAN,
                8000,
                "XM-COMMUNITY",
                Reports.community(
                    Map.of(
                        "committee_members", 10,
                        "new_committee_members", 3,
                        "college_committee_members", 6,
                        "committee_members_under_35", 4)))
            .community(
                "v1",
                AreaType.RURAL,
                2000,
                "XM-COMMUNITY",
                Reports.community(
                    Map.of(
                        "committee_members", 5,
                        "new_committee_members", 1,
                        "college_committee_members", 3,
                        "committee_members_under_35", 1)));
    // 4 / 15, 9 / 15, 5 / 15.
    assertThat(samples.evaluate("XM-COMMITTEE-NEW-MEMBERS").number())
        .isEqualByComparingTo("26.6667");
    assertThat(samples.evaluate("XM-COMMITTEE-COLLEGE").number()).isEqualByComparingTo("60");
    assertThat(samples.evaluate("XM-COMMITTEE-UNDER-35").number()).isEqualByComparingTo("33.3333");
  }

  @Test
  void everyCommunityNeedsOneSocialWorker() {
    var samples =
        SampleReports.of(plan)
            .community(
                "c1",
                AreaType.URBAN,
                8000,
                "XM-COMMUNITY",
                Reports.community(Map.of("community_social_workers", 2)))
            .community(
                "c2",
                AreaType.URBAN,
                6000,
                "XM-COMMUNITY",
                Reports.community(Map.of("community_social_workers", 0)))
            .community(
                "v1",
                AreaType.RURAL,
                2000,
                "XM-COMMUNITY",
                Reports.community(Map.of("community_social_workers", 1)));
    // c1 and v1 meet "at least 1" → 2 of 3.
    assertThat(samples.evaluate("XM-COMMUNITY-SOCIAL-WORKER").number())
        .isEqualByComparingTo("66.6667");
  }

  @Test
  void urbanAndRuralIndicatorsReadOnlyTheirOwnCommunities() {
    var samples =
        SampleReports.of(plan)
            .community("c1", AreaType.URBAN, 8000, "XM-COMMUNITY", Reports.community(Map.of()))
            .community(
                "c2",
                AreaType.URBAN,
                6000,
                "XM-COMMUNITY",
                Reports.community(
                    Map.of(
                        "has_workstation", false,
                        "vulnerable_services_purchased", false,
                        "basic_public_services_covered", false)))
            .community(
                "v1",
                AreaType.RURAL,
                2000,
                "XM-COMMUNITY",
                Reports.community(
                    Map.of(
                        "has_workstation", false,
                        "has_purchased_services", false,
                        "vulnerable_services_purchased", false,
                        "has_mediation_committee", false)))
            .community("v2", AreaType.RURAL, 1000, "XM-COMMUNITY", Reports.community(Map.of()));
    assertThat(samples.evaluate("XM-URBAN-WORKSTATIONS").number()).isEqualByComparingTo("50");
    assertThat(samples.evaluate("XM-RURAL-WORKSTATIONS").number()).isEqualByComparingTo("50");
    assertThat(samples.evaluate("XM-URBAN-PURCHASED-SERVICES").number()).isEqualByComparingTo("50");
    assertThat(samples.evaluate("XM-URBAN-PURCHASED-SERVICES").reports()).isEqualTo(2);
    assertThat(samples.evaluate("XM-RURAL-PURCHASED-SERVICES").number()).isEqualByComparingTo("50");
    // All four communities: c2 lacks full basic services, v1 a mediation committee.
    assertThat(samples.evaluate("XM-BASIC-PUBLIC-SERVICES").number()).isEqualByComparingTo("75");
    assertThat(samples.evaluate("XM-MEDIATION-COMMITTEES").number()).isEqualByComparingTo("75");
    assertThat(samples.evaluate("XM-GRID-PLATFORM").number()).isEqualByComparingTo("100");
  }

  @Test
  void workersAndOrganisationsAverageAndShare() {
    var samples =
        SampleReports.of(plan)
            .community(
                "c1",
                AreaType.URBAN,
                8000,
                "XM-COMMUNITY",
                Reports.community(
                    Map.of(
                        "community_workers",
                        12,
                        "certified_community_workers",
                        3,
                        "social_organisations",
                        7)))
            .community(
                "c2",
                AreaType.URBAN,
                6000,
                "XM-COMMUNITY",
                Reports.community(
                    Map.of(
                        "community_workers",
                        8,
                        "certified_community_workers",
                        2,
                        "social_organisations",
                        2)));
    // 5 / 20 certified; (7 + 2) / 2 organisations.
    assertThat(samples.evaluate("XM-CERTIFIED-COMMUNITY-WORKERS").number())
        .isEqualByComparingTo("25");
    assertThat(samples.evaluate("XM-SOCIAL-ORGS-PER-COMMUNITY").number())
        .isEqualByComparingTo("4.5");
  }

  @Test
  void cityFiguresComeFromTheRegionForm() {
    var samples =
        SampleReports.of(plan)
            .report(
                region(),
                "XM-REGION",
                Map.of(
                    "resident_population", 4_000_000,
                    "certified_social_workers", 6500,
                    "professional_social_workers", 820,
                    "registered_volunteers", 548_200,
                    "secretary_demo_trainings", 2,
                    "party_systems", 20,
                    "party_systems_trained", 18,
                    "standards_system_stage", "FORMED"));
    assertThat(samples.evaluate("XM-CERTIFIED-SOCIAL-WORKERS").number())
        .isEqualByComparingTo("6500");
    // 6,500 is "about 7,000" (6,300–7,700); 8,000 would be "at least 7,000" but is not about it.
    var certified = plan.indicator("XM-CERTIFIED-SOCIAL-WORKERS").orElseThrow().target();
    var clause = certified.clauses().get(0);
    assertThat(Figures.meets(new BigDecimal("6500"), clause.comparator(), clause.value())).isTrue();
    assertThat(Figures.meets(new BigDecimal("8000"), clause.comparator(), clause.value()))
        .isFalse();
    assertThat(Figures.meets(new BigDecimal("6299"), clause.comparator(), clause.value()))
        .isFalse();
    // 820 × 10,000 / 4,000,000.
    assertThat(samples.evaluate("XM-SOCIAL-WORKERS-PER-10K").number()).isEqualByComparingTo("2.05");
    assertThat(samples.evaluate("XM-REGISTERED-VOLUNTEERS").number())
        .isEqualByComparingTo("548200");
    // 548,200 × 100 / 4,000,000.
    assertThat(samples.evaluate("XM-VOLUNTEER-SHARE").number()).isEqualByComparingTo("13.705");
    assertThat(samples.evaluate("XM-CITY-SECRETARY-TRAINING").number()).isEqualByComparingTo("2");
    assertThat(samples.evaluate("XM-SYSTEM-ROTATION-TRAINING").number()).isEqualByComparingTo("90");
    Actual stage = samples.evaluate("XM-STANDARDS-SYSTEM");
    assertThat(stage.stage()).isEqualTo("FORMED");
    assertThat(stage.number()).isNull();
  }

  @Test
  void districtsAndStreetsAreJudgedOneByOne() {
    var samples =
        SampleReports.of(plan)
            .report(
                unit("d1", OrgUnitLevel.COUNTY),
                "XM-DISTRICT",
                Map.of("rotation_trainings", 1, "demonstration_brands", 2))
            .report(
                unit("d2", OrgUnitLevel.COUNTY),
                "XM-DISTRICT",
                Map.of("rotation_trainings", 0, "demonstration_brands", 0))
            .report(
                unit("d3", OrgUnitLevel.COUNTY),
                "XM-DISTRICT",
                Map.of("rotation_trainings", 3, "demonstration_brands", 1))
            .report(
                unit("s1", OrgUnitLevel.STREET),
                "XM-STREET",
                Map.of("rotation_trainings", 1, "has_service_centre", true))
            .report(
                unit("s2", OrgUnitLevel.STREET),
                "XM-STREET",
                Map.of("rotation_trainings", 0, "has_service_centre", true))
            .report(
                unit("s3", OrgUnitLevel.STREET),
                "XM-STREET",
                Map.of("rotation_trainings", 2, "has_service_centre", false))
            .report(
                unit("s4", OrgUnitLevel.STREET),
                "XM-STREET",
                Map.of("rotation_trainings", 1, "has_service_centre", true));
    // "1—2 brands" is met from 1 brand on: d1 and d3 → 2 of 3.
    assertThat(samples.evaluate("XM-DISTRICT-DEMO-BRANDS").number())
        .isEqualByComparingTo("66.6667");
    assertThat(samples.evaluate("XM-DISTRICT-ROTATION-TRAINING").number())
        .isEqualByComparingTo("66.6667");
    // The yearly milestone is a share of districts: d2 did not train, so 2019's 100 % is missed.
    var districts = plan.indicator("XM-DISTRICT-ROTATION-TRAINING").orElseThrow();
    var milestone2019 = districts.milestone(2019).orElseThrow();
    assertThat(
            Figures.meets(
                samples.evaluate("XM-DISTRICT-ROTATION-TRAINING").number(),
                milestone2019.comparator(),
                milestone2019.value()))
        .isFalse();
    assertThat(
            Figures.meets(new BigDecimal("100"), milestone2019.comparator(), milestone2019.value()))
        .isTrue();
    // s1, s3, s4 trained at least once → 3 of 4; s1, s2, s4 have a centre → 3 of 4.
    assertThat(samples.evaluate("XM-STREET-ROTATION-TRAINING").number()).isEqualByComparingTo("75");
    assertThat(samples.evaluate("XM-STREET-SERVICE-CENTRES").number()).isEqualByComparingTo("75");
  }

  @Test
  void stageIndicatorReadsTheCitysStage() {
    var samples =
        SampleReports.of(plan)
            .report(
                region(),
                "XM-REGION",
                Map.of("resident_population", 4_000_000, "standards_system_stage", "IMPLEMENTED"));
    assertThat(samples.evaluate("XM-STANDARDS-SYSTEM").stage()).isEqualTo("IMPLEMENTED");
    assertThat(SampleReports.of(plan).evaluate("XM-STANDARDS-SYSTEM").hasData()).isFalse();
  }

  private static OrgUnitProfile region() {
    return unit("xiamen", OrgUnitLevel.REGION);
  }

  private static OrgUnitProfile unit(String id, OrgUnitLevel level) {
    return new OrgUnitProfile(id, level, AreaType.ALL, null, null, Set.of());
  }
}

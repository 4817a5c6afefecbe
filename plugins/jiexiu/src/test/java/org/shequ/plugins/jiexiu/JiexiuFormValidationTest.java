package org.shequ.plugins.jiexiu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plugins.jiexiu.Reports.community;
import static org.shequ.plugins.jiexiu.Reports.region;
import static org.shequ.plugins.jiexiu.Reports.street;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Violation;
import org.shequ.plan.testkit.SampleReports;

/** Limits and cross-field rules of the three forms. */
class JiexiuFormValidationTest {
  private final SampleReports samples = SampleReports.of(new JiexiuPlanModule().plan());

  private List<Violation> check(Map<String, Object> values) {
    return samples.violations("JX-COMMUNITY", values);
  }

  private static List<String> codes(List<Violation> violations) {
    return violations.stream().map(v -> v.field() + ":" + v.code()).toList();
  }

  @Test
  void completeReportsAreValid() {
    assertThat(check(community())).isEmpty();
    assertThat(samples.violations("JX-STREET", street())).isEmpty();
    assertThat(samples.violations("JX-REGION", region())).isEmpty();
  }

  @Test
  void certificateHoldersCannotOutnumberSocialWorkers() {
    List<Violation> v = check(community("social_workers", 2, "certified_social_workers", 3));
    assertThat(codes(v))
        .containsExactly("certified_social_workers:certified-within-social-workers");
    assertThat(v.get(0).message().zh()).contains("持证人数");
    assertThat(v.get(0).message().en()).contains("Certificate holders");
    assertThat(check(community("social_workers", 3, "certified_social_workers", 3))).isEmpty();
  }

  @Test
  void socialWorkersBelongToTheCommunityStaff() {
    assertThat(codes(check(community("community_staff", 4, "social_workers", 5))))
        .containsExactly("social_workers:social-workers-within-staff");
    assertThat(check(community("community_staff", 5, "social_workers", 5))).isEmpty();
  }

  @Test
  void facilityAreaAgreesWithHavingAFacility() {
    assertThat(codes(check(community("has_service_facility", false, "facility_area", 300))))
        .containsExactly("facility_area:area-without-facility");
    assertThat(codes(check(community("has_service_facility", true, "facility_area", 0))))
        .containsExactly("facility_area:facility-without-area");
    assertThat(check(community("has_service_facility", false, "facility_area", 0))).isEmpty();
  }

  @Test
  void requiredFieldsAndLimits() {
    assertThat(codes(check(community("social_orgs", null))))
        .containsExactly("social_orgs:required");
    assertThat(codes(check(community("facility_area", null))))
        .containsExactly("facility_area:required");
    assertThat(check(community("facility_upgraded", null))).isEmpty();
    assertThat(codes(check(community("social_orgs", -1)))).containsExactly("social_orgs:min");
    assertThat(codes(check(community("social_orgs", 2.5)))).containsExactly("social_orgs:type");
    assertThat(codes(check(community("facility_area", 50_001))))
        .containsExactly("facility_area:max");
    assertThat(codes(check(community("social_workers", 501, "community_staff", 600))))
        .containsExactly("social_workers:max");
  }

  @Test
  void streetForm() {
    assertThat(codes(samples.violations("JX-STREET", street("social_work_posts", -1))))
        .containsExactly("social_work_posts:min");
    assertThat(codes(samples.violations("JX-STREET", street("one_stop_service", null))))
        .containsExactly("one_stop_service:required");
    assertThat(codes(samples.violations("JX-STREET", street("one_stop_service", "yes"))))
        .containsExactly("one_stop_service:type");
  }

  @Test
  void regionForm() {
    assertThat(codes(samples.violations("JX-REGION", region("social_work_talent_total", null))))
        .containsExactly("social_work_talent_total:required");
    assertThat(codes(samples.violations("JX-REGION", region("social_work_purchase", -0.5))))
        .containsExactly("social_work_purchase:min");
  }

  @Test
  void theCityFormAsksOnlyForFiguresTheDocumentSets() {
    // 2,000 is professionals and practitioners together: no split is asked for or checked.
    assertThat(
            new JiexiuPlanModule()
                .plan().form("JX-REGION").orElseThrow().fields().stream().map(f -> f.code()))
        .containsExactly(
            "social_work_talent_total", "private_social_work_agencies", "social_work_purchase");
    assertThat(new JiexiuPlanModule().plan().form("JX-REGION").orElseThrow().rules()).isEmpty();
  }
}

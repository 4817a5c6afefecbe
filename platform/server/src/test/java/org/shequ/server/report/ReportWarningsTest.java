package org.shequ.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rules that warn: Changzhou Xinbei's «社区干部办公用房面积控制在社区用房面积的20%以内» is a target to track, so a
 * community over 20% reports honestly and its warning follows the report to reviewers and progress.
 */
class ReportWarningsTest extends ReportTestSupport {
  static final String WARNING_ZH = "社区干部办公用房面积超过社区用房面积的20%(规划目标:社区干部办公用房面积控制在社区用房面积的20%以内)";

  @BeforeEach
  void tree() {
    createTree();
  }

  /** Office space 150 m² of 500 m² premises: 30%. */
  static java.util.Map<String, Object> overTwentyPercent() {
    var values = validValues();
    values.put("premises_area", 500);
    values.put("office_area", 150);
    return values;
  }

  @Test
  void aCommunityOverTwentyPercentSavesAndSubmitsWithItsWarning() {
    var reporter = reporter(community);
    put(reporter, community, "2019", body(overTwentyPercent()), null)
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.values.office_area")
        .isEqualTo(150)
        .jsonPath("$.warnings.length()")
        .isEqualTo(1)
        .jsonPath("$.warnings[0].field")
        .isEqualTo("office_area")
        .jsonPath("$.warnings[0].code")
        .isEqualTo("office-area-within-20-percent")
        .jsonPath("$.warnings[0].message.zh")
        .isEqualTo(WARNING_ZH)
        .jsonPath("$.warnings[0].message.en")
        .isEqualTo(
            "Office space for community staff is above 20% of the community premises area (plan"
                + " target: within 20%)");
    assertThat(storedWarnings(1)).contains("office-area-within-20-percent");

    step(reporter, community, "2019", "submit", "\"1\"", null)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("SUBMITTED")
        .jsonPath("$.warnings[0].code")
        .isEqualTo("office-area-within-20-percent");
    assertThat(storedWarnings(2)).contains("office-area-within-20-percent");

    reporter
        .get()
        .uri(path(community, "2019"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.version")
        .isEqualTo(2)
        .jsonPath("$.warnings[0].message.zh")
        .isEqualTo(WARNING_ZH);

    reporter
        .get()
        .uri(path(community, "2019") + "/history")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(2)
        .jsonPath("$[0].warnings[0].code")
        .isEqualTo("office-area-within-20-percent")
        .jsonPath("$[1].action")
        .isEqualTo("SUBMIT")
        .jsonPath("$[1].warnings[0].code")
        .isEqualTo("office-area-within-20-percent");

    // The review queue shows reviewers the warning beside the report.
    admin()
        .get()
        .uri(
            "/api/v1/tenants/"
                + TENANT
                + "/reports?formCode="
                + FORM
                + "&period=2019&status=SUBMITTED&size=500")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items[?(@.orgUnitId == '" + community + "')].warnings[0].code")
        .isEqualTo(java.util.List.of("office-area-within-20-percent"));

    // Progress counts the unit among those whose counted report carries warnings.
    progress(street, true)
        .jsonPath("$.warnings[?(@.formCode == 'XB-COMMUNITY')].units")
        .isEqualTo(java.util.List.of(1));
    progress(street, false).jsonPath("$.warnings.length()").isEqualTo(0);

    step(admin(), community, "2019", "approve", "\"2\"", null)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.warnings[0].code")
        .isEqualTo("office-area-within-20-percent");
    progress(street, false)
        .jsonPath("$.warnings[?(@.formCode == 'XB-COMMUNITY')].units")
        .isEqualTo(java.util.List.of(1));
  }

  @Test
  void thePlanSaysWhichRulesOnlyWarn() {
    admin()
        .get()
        .uri("/api/v1/plans/changzhou-xinbei-2016-2020")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.forms[?(@.code == 'XB-COMMUNITY')].rules[?(@.severity == 'WARNING')].code")
        .isEqualTo(java.util.List.of("office-area-within-20-percent"))
        .jsonPath("$.forms[?(@.code == 'XB-COMMUNITY')].rules[?(@.severity == 'ERROR')].code")
        .isEqualTo(java.util.List.of("certified-within-workers", "party-work-within-social-orgs"));
  }

  @Test
  void aReportWithinTwentyPercentCarriesNoWarning() {
    var reporter = reporter(community);
    put(reporter, community, "2019", body(validValues()), null)
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.warnings.length()")
        .isEqualTo(0);
    step(reporter, community, "2019", "submit", "\"1\"", null).expectStatus().isOk();
    assertThat(storedWarnings(2)).isEqualTo("[]");
    progress(street, true).jsonPath("$.warnings.length()").isEqualTo(0);
  }

  @Test
  void correctingTheFiguresClearsTheWarning() {
    var reporter = reporter(community);
    put(reporter, community, "2019", body(overTwentyPercent()), null).expectStatus().isCreated();
    put(reporter, community, "2019", body(validValues()), "\"1\"")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.warnings.length()")
        .isEqualTo(0);
    assertThat(storedWarnings(1)).contains("office-area-within-20-percent");
    assertThat(storedWarnings(2)).isEqualTo("[]");
  }

  private org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec progress(
      String orgUnit, boolean submitted) {
    return admin()
        .get()
        .uri(
            "/api/v1/tenants/"
                + TENANT
                + "/progress?period=2019&orgUnit="
                + orgUnit
                + (submitted ? "&include=submitted" : ""))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }

  /** The warnings stored with one version of this test's report, read straight from the table. */
  private String storedWarnings(int version) {
    return database
        .inTenantOne(
            TENANT,
            db ->
                db.sql(
                        "SELECT warnings::text AS w FROM report_version WHERE form_code = :f"
                            + " AND org_unit_id = :u AND period = '2019' AND version = :v")
                    .bind("f", FORM)
                    .bind("u", community)
                    .bind("v", version)
                    .map(r -> r.get("w", String.class))
                    .one())
        .block(Duration.ofSeconds(10));
  }
}

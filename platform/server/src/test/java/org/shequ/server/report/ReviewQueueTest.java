package org.shequ.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The region admin's review queue: filters by street and by warnings, each report named, and many
 * clean reports approved at once while those with warnings wait for a reviewer.
 */
class ReviewQueueTest extends ReportTestSupport {
  private static final String PERIOD = "2016";

  @BeforeEach
  void tree() {
    createTree();
  }

  /** Office space 150 m² of 500 m² premises: over 20%, so the report carries a warning. */
  static Map<String, Object> withWarning() {
    var values = validValues();
    values.put("premises_area", 500);
    values.put("office_area", 150);
    return values;
  }

  /** Saves and submits a report as the unit's reporter; it then stands at version 2. */
  void submitted(String orgUnit, Map<String, Object> values) {
    put(reporter(orgUnit), orgUnit, PERIOD, body(values), null).expectStatus().isCreated();
    step(reporter(orgUnit), orgUnit, PERIOD, "submit", "\"1\"", null).expectStatus().isOk();
  }

  WebTestClient.BodyContentSpec queue(String query) {
    return admin()
        .get()
        .uri("/api/v1/tenants/" + TENANT + "/reports?formCode=" + FORM + "&" + query)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }

  @Test
  void theQueueFiltersByStreetAndWarningsAndNamesEachUnit() {
    submitted(community, validValues());
    submitted(otherCommunity, withWarning());

    queue("period=" + PERIOD + "&status=SUBMITTED&under=" + street)
        .jsonPath("$.total")
        .isEqualTo(1)
        .jsonPath("$.items[0].orgUnitId")
        .isEqualTo(community)
        .jsonPath("$.items[0].orgUnitName")
        .isEqualTo("单元 " + community)
        .jsonPath("$.items[0].warningCount")
        .isEqualTo(0)
        .jsonPath("$.items[0].status")
        .isEqualTo("SUBMITTED");

    queue("under=" + otherStreet + "&warnings=true")
        .jsonPath("$.total")
        .isEqualTo(1)
        .jsonPath("$.items[0].orgUnitId")
        .isEqualTo(otherCommunity)
        .jsonPath("$.items[0].warningCount")
        .isEqualTo(1);
    queue("under=" + otherStreet + "&warnings=false").jsonPath("$.total").isEqualTo(0);
    queue("under=" + street + "&warnings=false").jsonPath("$.total").isEqualTo(1);
    // A community is a subtree of its own.
    queue("under=" + otherCommunity).jsonPath("$.items[0].orgUnitId").isEqualTo(otherCommunity);
    // A returned report leaves the SUBMITTED queue.
    step(admin(), community, PERIOD, "return", "\"2\"", "请补充说明").expectStatus().isOk();
    queue("period=" + PERIOD + "&status=SUBMITTED&under=" + street)
        .jsonPath("$.total")
        .isEqualTo(0);
    queue("period=" + PERIOD + "&status=RETURNED&under=" + street)
        .jsonPath("$.items[0].comment")
        .isEqualTo("请补充说明");
  }

  @Test
  void aReporterFilteringByAnotherStreetSeesNothingOfIt() {
    submitted(otherCommunity, validValues());
    reporter(community)
        .get()
        .uri("/api/v1/tenants/" + TENANT + "/reports?under=" + otherStreet)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.total")
        .isEqualTo(0);
  }

  @Test
  void aWarningsFilterThatIsNotTrueOrFalseIsRefused() {
    admin()
        .get()
        .uri("/api/v1/tenants/" + TENANT + "/reports?warnings=yes")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:invalid-parameter")
        .jsonPath("$.errors[0].field")
        .isEqualTo("warnings");
  }

  @Test
  void approvingManyApprovesTheCleanOnesAndRefusesWarningsAndStaleVersions() {
    String third = "co3-" + community;
    String fourth = "co4-" + community;
    insertUnit(TENANT, third, "COMMUNITY", street, "URBAN");
    insertUnit(TENANT, fourth, "COMMUNITY", street, "RURAL");
    submitted(community, validValues());
    submitted(third, validValues());
    submitted(otherCommunity, withWarning());
    submitted(fourth, validValues());

    var results =
        approveMany(
                List.of(
                    item(community, 2), item(third, 2), item(otherCommunity, 2), item(fourth, 1)))
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.results.length()")
            .isEqualTo(4)
            .jsonPath("$.results[0].orgUnitId")
            .isEqualTo(community)
            .jsonPath("$.results[0].outcome")
            .isEqualTo("APPROVED")
            .jsonPath("$.results[0].version")
            .isEqualTo(3)
            .jsonPath("$.results[0].problem")
            .doesNotExist()
            .jsonPath("$.results[1].outcome")
            .isEqualTo("APPROVED")
            .jsonPath("$.results[2].outcome")
            .isEqualTo("REFUSED")
            .jsonPath("$.results[2].problem.type")
            .isEqualTo("urn:shequ:problem:bulk-has-warnings")
            .jsonPath("$.results[2].problem.status")
            .isEqualTo(409)
            .jsonPath("$.results[2].version")
            .doesNotExist()
            .jsonPath("$.results[3].outcome")
            .isEqualTo("REFUSED")
            .jsonPath("$.results[3].problem.type")
            .isEqualTo("urn:shequ:problem:stale-version")
            .jsonPath("$.results[3].problem.currentVersion")
            .isEqualTo(2);
    assertThat(results).isNotNull();

    // The approvals are the workflow's own: versioned, by the admin, and the rest untouched.
    admin()
        .get()
        .uri(path(third, PERIOD) + "/history")
        .exchange()
        .expectBody()
        .jsonPath("$[2].action")
        .isEqualTo("APPROVE")
        .jsonPath("$[2].actor")
        .isEqualTo("admin-" + TENANT);
    assertThat(versionCount(otherCommunity, PERIOD)).isEqualTo(2);
    assertThat(versionCount(fourth, PERIOD)).isEqualTo(2);

    // Progress counts approved reports only: the street's two approvals are in it.
    admin()
        .get()
        .uri("/api/v1/tenants/" + TENANT + "/progress?period=" + PERIOD + "&orgUnit=" + street)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.indicators[?(@.code == 'XB-HIGH-STANDARD-HARMONIOUS')].reporting.reported")
        .isEqualTo(List.of(2));
  }

  @Test
  void onlyTheRegionAdminApprovesInBulk() {
    submitted(community, validValues());
    approveMany(reporter(community), List.of(item(community, 2))).expectStatus().isForbidden();
    assertThat(versionCount(community, PERIOD)).isEqualTo(2);
  }

  @Test
  void aBulkApprovalMustNameEachReportAndItsVersion() {
    approveMany(List.of())
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:invalid-bulk-approval")
        .jsonPath("$.errors[0].field")
        .isEqualTo("reports");
    approveMany(List.of(Map.of("formCode", FORM, "orgUnitId", community, "period", PERIOD)))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("reports[0].version");
    var tooMany = java.util.Collections.nCopies(501, item(community, 2));
    approveMany(tooMany)
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].code")
        .isEqualTo("too-many");
  }

  @Test
  void aReportNotSubmittedIsRefusedWithTheWorkflowsOwnProblem() {
    put(reporter(community), community, PERIOD, body(validValues()), null)
        .expectStatus()
        .isCreated();
    approveMany(List.of(item(community, 1), item(otherCommunity, 1)))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.results[0].problem.type")
        .isEqualTo("urn:shequ:problem:invalid-transition")
        .jsonPath("$.results[1].problem.type")
        .isEqualTo("urn:shequ:problem:not-found");
  }

  Map<String, Object> item(String orgUnit, int version) {
    return Map.of("formCode", FORM, "orgUnitId", orgUnit, "period", PERIOD, "version", version);
  }

  WebTestClient.ResponseSpec approveMany(List<?> reports) {
    return approveMany(admin(), reports);
  }

  WebTestClient.ResponseSpec approveMany(WebTestClient who, List<?> reports) {
    return who.post()
        .uri("/api/v1/tenants/" + TENANT + "/reports/approve")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("reports", reports))
        .exchange();
  }
}

package org.shequ.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.server.security.Role;

/** The review workflow, step by step, with who may take each step. */
class ReportWorkflowTest extends ReportTestSupport {

  @BeforeEach
  void tree() {
    createTree();
  }

  @Test
  void aReportGoesThroughDraftSubmitReturnResubmitApproveAndReopen() {
    var reporter = reporter(street);
    put(reporter, community, "2019", body(validValues()), null)
        .expectStatus()
        .isCreated()
        .expectHeader()
        .valueEquals("ETag", "\"1\"")
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("DRAFT")
        .jsonPath("$.values.premises_area")
        .isEqualTo(800);

    reporter
        .get()
        .uri(path(community, "2019"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals("ETag", "\"1\"")
        .expectBody()
        .jsonPath("$.version")
        .isEqualTo(1)
        .jsonPath("$.values.office_area")
        .isEqualTo(100);

    // Changing an existing report needs the version last read.
    var changed = validValues();
    changed.put("office_area", 120);
    put(reporter, community, "2019", body(changed), null)
        .expectStatus()
        .isEqualTo(428)
        .expectHeader()
        .contentType("application/problem+json");
    put(reporter, community, "2019", body(changed), "\"7\"").expectStatus().isEqualTo(412);
    put(reporter, community, "2019", body(changed), "\"1\"")
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals("ETag", "\"2\"");

    step(reporter, community, "2019", "submit", null, null).expectStatus().isEqualTo(428);
    step(reporter, community, "2019", "submit", "\"2\"", null)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("SUBMITTED")
        .jsonPath("$.late")
        .isEqualTo(false);

    // Under review: neither edits nor the reporter's own approval.
    put(reporter, community, "2019", body(validValues()), "\"3\"").expectStatus().isEqualTo(409);
    step(reporter, community, "2019", "approve", "\"3\"", null).expectStatus().isForbidden();
    step(reporter, community, "2019", "return", "\"3\"", "no").expectStatus().isForbidden();
    step(admin(), community, "2019", "return", "\"3\"", null).expectStatus().isBadRequest();
    step(admin(), community, "2019", "submit", "\"3\"", null).expectStatus().isEqualTo(409);

    step(admin(), community, "2019", "return", "\"3\"", "办公用房面积请核实")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("RETURNED")
        .jsonPath("$.comment")
        .isEqualTo("办公用房面积请核实");

    var corrected = validValues();
    corrected.put("office_area", 90);
    put(reporter, community, "2019", body(corrected), "\"4\"")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("DRAFT");
    step(reporter, community, "2019", "submit", "\"5\"", null).expectStatus().isOk();
    step(admin(), community, "2019", "approve", "\"6\"", null)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("APPROVED");

    // Approved means locked, for the reporter and the admin alike, until reopened.
    put(reporter, community, "2019", body(validValues()), "\"7\"")
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:report-locked");
    put(admin(), community, "2019", body(validValues()), "\"7\"").expectStatus().isEqualTo(409);
    step(reporter, community, "2019", "reopen", "\"7\"", null).expectStatus().isForbidden();
    step(admin(), community, "2019", "approve", "\"7\"", null).expectStatus().isEqualTo(409);
    step(admin(), community, "2019", "reopen", "\"7\"", "统计口径调整")
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("RETURNED");
    put(reporter, community, "2019", body(validValues()), "\"8\"").expectStatus().isOk();

    reporter
        .get()
        .uri(path(community, "2019") + "/history")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(9)
        .jsonPath("$[*].action")
        .isEqualTo(
            List.of(
                "SAVE", "SAVE", "SUBMIT", "RETURN", "SAVE", "SUBMIT", "APPROVE", "REOPEN", "SAVE"))
        .jsonPath("$[*].status")
        .isEqualTo(
            List.of(
                "DRAFT",
                "DRAFT",
                "SUBMITTED",
                "RETURNED",
                "DRAFT",
                "SUBMITTED",
                "APPROVED",
                "RETURNED",
                "DRAFT"))
        .jsonPath("$[1].changes.office_area.from")
        .isEqualTo(100)
        .jsonPath("$[1].changes.office_area.to")
        .isEqualTo(120)
        .jsonPath("$[1].changes.premises_area")
        .doesNotExist()
        .jsonPath("$[3].comment")
        .isEqualTo("办公用房面积请核实")
        .jsonPath("$[3].actor")
        .isEqualTo("admin-" + TENANT)
        .jsonPath("$[0].actor")
        .isEqualTo("reporter-" + street)
        .jsonPath("$[8].changes.office_area.from")
        .isEqualTo(90);

    List<String> audited =
        database
            .inTenant(
                TENANT,
                db ->
                    db.sql("SELECT action FROM audit_log WHERE resource = :r ORDER BY audit_id")
                        .bind("r", "report/" + FORM + "/" + community + "/2019")
                        .map(r -> r.get("action", String.class))
                        .all())
            .collectList()
            .block(Duration.ofSeconds(10));
    assertThat(audited)
        .containsExactly(
            "report.save",
            "report.save",
            "report.submit",
            "report.return",
            "report.save",
            "report.submit",
            "report.approve",
            "report.reopen",
            "report.save");
  }

  @Test
  void theRegionAdminMaySaveAndSubmitForAnyUnit() {
    put(admin(), otherCommunity, "2019", body(validValues()), null).expectStatus().isCreated();
    step(admin(), otherCommunity, "2019", "submit", "\"1\"", null).expectStatus().isOk();
    admin()
        .get()
        .uri(
            "/api/v1/tenants/"
                + TENANT
                + "/reports?status=SUBMITTED&formCode="
                + FORM
                + "&size=500")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items[?(@.orgUnitId == '" + otherCommunity + "')].status")
        .isEqualTo(List.of("SUBMITTED"));
  }

  @Test
  void aReporterOutsideItsSubtreeFindsNothing() {
    put(admin(), otherCommunity, "2019", body(validValues()), null).expectStatus().isCreated();
    var reporter = reporter(street);
    reporter
        .get()
        .uri(path(otherCommunity, "2019"))
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectBody()
        .jsonPath("$.values")
        .doesNotExist();
    put(reporter, otherCommunity, "2019", body(validValues()), "\"1\"").expectStatus().isNotFound();
    step(reporter, otherCommunity, "2019", "submit", "\"1\"", null).expectStatus().isNotFound();
    reporter
        .get()
        .uri(path(otherCommunity, "2019") + "/history")
        .exchange()
        .expectStatus()
        .isNotFound();
    // The unit above its own is outside the subtree too.
    reporter(community).get().uri(path(street, "2019")).exchange().expectStatus().isNotFound();
    reporter
        .get()
        .uri("/api/v1/tenants/" + TENANT + "/reports?size=500")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items[?(@.orgUnitId == '" + otherCommunity + "')]")
        .isEmpty();
    assertThat(versionCount(otherCommunity, "2019")).isEqualTo(1);
  }

  @Test
  void theNationalAnalystReadsButNeverWrites() {
    put(reporter(community), community, "2019", body(validValues()), null)
        .expectStatus()
        .isCreated();
    nationalAnalyst()
        .get()
        .uri(path(community, "2019"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.values.social_orgs")
        .isEqualTo(8);
    put(nationalAnalyst(), community, "2019", body(validValues()), "\"1\"")
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType("application/problem+json");
    step(nationalAnalyst(), community, "2019", "submit", "\"1\"", null)
        .expectStatus()
        .isForbidden();
    step(nationalAnalyst(), community, "2019", "approve", "\"1\"", null)
        .expectStatus()
        .isForbidden();
    assertThat(versionCount(community, "2019")).isEqualTo(1);
  }

  @Test
  void anotherTenantSeesNoTraceOfTheReport() {
    put(reporter(community), community, "2019", body(validValues()), null)
        .expectStatus()
        .isCreated();
    var stranger = as("admin-jiexiu", "jiexiu", null, Role.REGION_ADMIN);
    String body =
        new String(
            stranger
                .get()
                .uri(path(community, "2019"))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .returnResult()
                .getResponseBody());
    // The same answer as for a tenant that does not exist: no values, no version, no status.
    assertThat(body)
        .contains("no tenant '" + ReportTestSupport.TENANT + "'")
        .doesNotContain("premises_area")
        .doesNotContain("\"version\"")
        .doesNotContain("DRAFT");
    put(stranger, community, "2019", body(validValues()), "\"1\"").expectStatus().isNotFound();
    step(stranger, community, "2019", "approve", "\"1\"", null).expectStatus().isNotFound();
    as("reporter-x", "jiexiu", community, Role.REPORTER)
        .get()
        .uri(path(community, "2019") + "/history")
        .exchange()
        .expectStatus()
        .isNotFound();
    assertThat(versionCount(community, "2019")).isEqualTo(1);
  }

  @Test
  void createOnlyRefusesAnExistingReport() {
    put(reporter(community), community, "2019", body(validValues()), null)
        .expectStatus()
        .isCreated();
    reporter(community)
        .put()
        .uri(path(community, "2019"))
        .header("If-None-Match", "*")
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .bodyValue(body(validValues()))
        .exchange()
        .expectStatus()
        .isEqualTo(412)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:already-exists");
    assertThat(versionCount(community, "2019")).isEqualTo(1);
  }
}

package org.shequ.server.report;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.server.security.Role;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The region admin's home, on a tenant of its own (its counts are tenant-wide): three communities
 * due under one street, one deactivated community not due, one report submitted late, one draft,
 * one not started, and a window that closed long ago.
 */
class ReportSummaryTest extends ReportTestSupport {
  private static final String OWN = "test-review";
  private static final String SUMMARY = "/api/v1/tenants/" + OWN + "/reports/summary";

  @Test
  void theHomeCountsEachFormsUnitsByStatusListsTheOverdueAndTheLatest() {
    insertUnit(OWN, "sum-street", "STREET", null, null);
    insertUnit(OWN, "sum-a", "COMMUNITY", "sum-street", "URBAN");
    insertUnit(OWN, "sum-b", "COMMUNITY", "sum-street", "RURAL");
    insertUnit(OWN, "sum-c", "COMMUNITY", "sum-street", "URBAN");
    insertInactiveUnit(OWN, "sum-gone", "sum-street");
    WebTestClient admin = regionAdmin(OWN);
    admin
        .put()
        .uri("/api/v1/tenants/" + OWN + "/calendar/" + FORM + "/2019")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("opens", "2019-01-01", "closes", "2020-01-31"))
        .exchange()
        .expectStatus()
        .isOk();
    WebTestClient reporterA = as("reporter-a", OWN, "sum-a", Role.REPORTER);
    save(reporterA, "sum-a");
    reporterA
        .post()
        .uri(report("sum-a") + "/submit")
        .header("If-Match", "\"1\"")
        .exchange()
        .expectStatus()
        .isOk();
    save(as("reporter-b", OWN, "sum-b", Role.REPORTER), "sum-b");

    admin
        .get()
        .uri(SUMMARY + "?period=2019")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.period")
        .isEqualTo(2019)
        .jsonPath("$.plan")
        .isEqualTo("changzhou-xinbei-2016-2020")
        .jsonPath("$.forms[0].formCode")
        .isEqualTo(FORM)
        .jsonPath("$.forms[0].expected")
        .isEqualTo(3)
        .jsonPath("$.forms[0].counts.NOT_STARTED")
        .isEqualTo(1)
        .jsonPath("$.forms[0].counts.DRAFT")
        .isEqualTo(1)
        .jsonPath("$.forms[0].counts.SUBMITTED")
        .isEqualTo(1)
        .jsonPath("$.forms[0].counts.RETURNED")
        .isEqualTo(0)
        .jsonPath("$.forms[0].counts.APPROVED")
        .isEqualTo(0)
        .jsonPath("$.forms[0].overdue")
        .isEqualTo(2)
        .jsonPath("$.forms[0].closes")
        .isEqualTo("2020-01-31")
        .jsonPath("$.overdue[*].orgUnitId")
        .isEqualTo(List.of("sum-b", "sum-c"))
        .jsonPath("$.overdue[*].status")
        .isEqualTo(List.of("DRAFT", "NOT_STARTED"))
        .jsonPath("$.overdue[0].orgUnitName")
        .isEqualTo("单元 sum-b")
        .jsonPath("$.overdue[0].closes")
        .isEqualTo("2020-01-31")
        .jsonPath("$.latest.length()")
        .isEqualTo(1)
        .jsonPath("$.latest[0].orgUnitId")
        .isEqualTo("sum-a")
        .jsonPath("$.latest[0].orgUnitName")
        .isEqualTo("单元 sum-a")
        .jsonPath("$.latest[0].status")
        .isEqualTo("SUBMITTED")
        .jsonPath("$.latest[0].actor")
        .isEqualTo("reporter-a")
        .jsonPath("$.latest[0].late")
        .isEqualTo(true);

    admin
        .post()
        .uri(report("sum-a") + "/approve")
        .header("If-Match", "\"2\"")
        .exchange()
        .expectStatus()
        .isOk();
    admin
        .get()
        .uri(SUMMARY + "?period=2019")
        .exchange()
        .expectBody()
        .jsonPath("$.forms[0].counts.SUBMITTED")
        .isEqualTo(0)
        .jsonPath("$.forms[0].counts.APPROVED")
        .isEqualTo(1)
        .jsonPath("$.latest[0].status")
        .isEqualTo("APPROVED");

    // Another period of the plan: everything still to do, no window, nothing overdue.
    nationalAnalyst()
        .get()
        .uri(SUMMARY + "?period=2018")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.forms[0].counts.NOT_STARTED")
        .isEqualTo(3)
        .jsonPath("$.forms[0].overdue")
        .isEqualTo(0)
        .jsonPath("$.forms[0].closes")
        .doesNotExist()
        .jsonPath("$.overdue.length()")
        .isEqualTo(0)
        .jsonPath("$.latest.length()")
        .isEqualTo(0);
  }

  @Test
  void withoutAPeriodTheHomeShowsTheLatestPlanYearBegunAndRefusesReporters() {
    regionAdmin(OWN)
        .get()
        .uri(SUMMARY)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        // Xinbei's plan ended in 2020, before today.
        .jsonPath("$.period")
        .isEqualTo(2020);
    regionAdmin(OWN).get().uri(SUMMARY + "?period=2031").exchange().expectStatus().isNotFound();
    as("reporter-x", OWN, "sum-a", Role.REPORTER)
        .get()
        .uri(SUMMARY)
        .exchange()
        .expectStatus()
        .isForbidden();
    regionAdmin(TENANT).get().uri(SUMMARY).exchange().expectStatus().isNotFound();
  }

  private String report(String unit) {
    return "/api/v1/tenants/" + OWN + "/reports/" + FORM + "/" + unit + "/2019";
  }

  private void save(WebTestClient who, String unit) {
    who.put()
        .uri(report(unit))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body(validValues()))
        .exchange()
        .expectStatus()
        .isCreated();
  }

  private void insertInactiveUnit(String tenant, String id, String parent) {
    database
        .inTenant(
            tenant,
            db ->
                db.sql(
                        "INSERT INTO org_unit (tenant_id, org_unit_id, level)"
                            + " VALUES (:t, :id, 'COMMUNITY')")
                    .bind("t", tenant)
                    .bind("id", id)
                    .fetch()
                    .rowsUpdated()
                    .then(
                        db.sql(
                                "INSERT INTO org_unit_version (tenant_id, org_unit_id, valid_from,"
                                    + " parent_id, name_zh, area, active, change_kind, changed_by)"
                                    + " VALUES (:t, :id, DATE '2000-01-01', :parent, :id,"
                                    + " 'URBAN', false, 'CREATE', 'test')")
                            .bind("t", tenant)
                            .bind("id", id)
                            .bind("parent", parent)
                            .fetch()
                            .rowsUpdated()))
        .then()
        .block(Duration.ofSeconds(10));
  }
}

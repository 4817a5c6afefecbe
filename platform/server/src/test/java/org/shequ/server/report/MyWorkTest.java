package org.shequ.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.server.security.Role;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * 我的填报 on Zhejiang's plan, whose community form is for every community and whose rural form is for
 * rural ones only: each test gets a street with an urban, a rural and a closed-down community, and
 * another street with a community of its own.
 */
class MyWorkTest extends ReportTestSupport {
  static final String T = "test-my-work";
  static final String RURAL_FORM = "ZJ-RURAL-COMMUNITY";
  static final Map<String, Object> RURAL_VALUES =
      Map.of("meets_improved_standard", true, "meets_model_standard", false);

  String street;
  String urban;
  String rural;
  String closed;
  String otherStreet;
  String otherCommunity;

  @BeforeEach
  void units() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    street = "st-" + s;
    urban = "ur-" + s;
    rural = "ru-" + s;
    closed = "cl-" + s;
    otherStreet = "st2-" + s;
    otherCommunity = "co2-" + s;
    insertUnit(T, street, "STREET", null, null);
    insertUnit(T, urban, "COMMUNITY", street, "URBAN");
    insertUnit(T, rural, "COMMUNITY", street, "RURAL");
    insertClosedUnit(closed, street, "2018-01-01");
    insertUnit(T, otherStreet, "STREET", null, null);
    insertUnit(T, otherCommunity, "COMMUNITY", otherStreet, "RURAL");
  }

  @Test
  void aReporterSeesTheFormsDueForItsUnitsByLevelAreaAndActivity() {
    Map<String, Object> work = myWork(reporterAt(street), "period=2019");
    assertThat(work).containsEntry("period", 2019).containsEntry("plan", "zhejiang-2016-2020");
    assertThat(work.get("periods")).isEqualTo(List.of(2016, 2017, 2018, 2019, 2020));
    assertThat(items(work))
        .extracting(i -> i.get("formCode"), i -> i.get("orgUnitId"), i -> i.get("status"))
        .containsExactlyInAnyOrder(
            tuple("ZJ-COMMUNITY", urban, "NOT_STARTED"),
            tuple("ZJ-COMMUNITY", rural, "NOT_STARTED"),
            tuple(RURAL_FORM, rural, "NOT_STARTED"),
            tuple("ZJ-STREET", street, "NOT_STARTED"));
    assertThat(work).containsEntry("total", 4);
    Map<String, Object> first = items(work).get(0);
    assertThat(first.get("title")).isInstanceOf(Map.class);
    assertThat(first).containsKeys("orgUnitName", "period").doesNotContainKey("version");

    // The community closed down in 2018 still owed its 2017 reports.
    assertThat(items(myWork(reporterAt(street), "period=2017")))
        .extracting(i -> i.get("orgUnitId"))
        .contains(closed);
    // A community reporter sees its own unit only.
    assertThat(items(myWork(reporterAt(rural), "period=2019")))
        .extracting(i -> i.get("formCode"), i -> i.get("orgUnitId"))
        .containsExactlyInAnyOrder(tuple("ZJ-COMMUNITY", rural), tuple(RURAL_FORM, rural));
  }

  @Test
  void eachStatusIsShownWithTheReviewersCommentWhenReturned() {
    var reporter = reporterAt(street);
    assertThat(rural(reporter, "2019")).containsEntry("status", "NOT_STARTED");

    save(reporter, null).expectStatus().isCreated();
    assertThat(rural(reporter, "2019"))
        .containsEntry("status", "DRAFT")
        .containsEntry("version", 1)
        .containsKey("updatedAt");

    step(reporter, "submit", "\"1\"", null).expectStatus().isOk();
    assertThat(rural(reporter, "2019")).containsEntry("status", "SUBMITTED");

    step(regionAdmin(T), "return", "\"2\"", "请核实示范型标准").expectStatus().isOk();
    assertThat(rural(reporter, "2019"))
        .containsEntry("status", "RETURNED")
        .containsEntry("comment", "请核实示范型标准")
        .containsEntry("version", 3);
    assertThat(items(myWork(reporter, "period=2019&status=RETURNED")))
        .extracting(i -> i.get("orgUnitId"), i -> i.get("formCode"))
        .containsExactly(tuple(rural, RURAL_FORM));
    assertThat(myWork(reporter, "period=2019&status=not_started")).containsEntry("total", 3);

    step(reporter, "submit", "\"3\"", null).expectStatus().isOk();
    step(regionAdmin(T), "approve", "\"4\"", null).expectStatus().isOk();
    assertThat(rural(reporter, "2019"))
        .containsEntry("status", "APPROVED")
        .doesNotContainKey("comment")
        .containsEntry("late", false);
  }

  @Test
  void theLateFlagFollowsTheWindow() {
    // 2018: the rural form's window closed long ago; the street form's is open until 2099.
    window(RURAL_FORM, "2018", "2018-01-01", "2018-03-31");
    window("ZJ-STREET", "2018", "2018-01-01", "2099-12-31");
    var reporter = reporterAt(street);
    Map<String, Object> ruralItem = rural(reporter, "2018");
    assertThat(ruralItem)
        .containsEntry("status", "NOT_STARTED")
        .containsEntry("opens", "2018-01-01")
        .containsEntry("closes", "2018-03-31")
        .containsEntry("late", true);
    Map<String, Object> streetItem = item(reporter, "2018", "ZJ-STREET", street);
    assertThat(streetItem).containsEntry("late", false).containsEntry("closes", "2099-12-31");
    // Without a window nothing is late.
    assertThat(item(reporter, "2018", "ZJ-COMMUNITY", urban))
        .containsEntry("late", false)
        .doesNotContainKey("closes");

    // Submitted after the window: late for good, also once approved.
    reporter
        .put()
        .uri(reportPath(RURAL_FORM, rural, "2018"))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("values", RURAL_VALUES))
        .exchange()
        .expectStatus()
        .isCreated();
    assertThat(rural(reporter, "2018"))
        .containsEntry("status", "DRAFT")
        .containsEntry("late", true);
    reporter
        .post()
        .uri(reportPath(RURAL_FORM, rural, "2018") + "/submit")
        .header("If-Match", "\"1\"")
        .exchange()
        .expectStatus()
        .isOk();
    assertThat(rural(reporter, "2018"))
        .containsEntry("status", "SUBMITTED")
        .containsEntry("late", true);

    // Submitted within the window: on time.
    reporter
        .put()
        .uri(reportPath("ZJ-STREET", street, "2018"))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("values", Map.of("has_service_centre", true, "has_hub_org", true)))
        .exchange()
        .expectStatus()
        .isCreated();
    reporter
        .post()
        .uri(reportPath("ZJ-STREET", street, "2018") + "/submit")
        .header("If-Match", "\"1\"")
        .exchange()
        .expectStatus()
        .isOk();
    assertThat(item(reporter, "2018", "ZJ-STREET", street))
        .containsEntry("status", "SUBMITTED")
        .containsEntry("late", false);
  }

  @Test
  void theRegionAdminSeesTheWholeTenantPagedAndTheLatestPlanYearByDefault() {
    Map<String, Object> all = myWork(regionAdmin(T), "size=500");
    // Today is after the plan's years: the latest of them is shown.
    assertThat(all).containsEntry("period", 2020);
    assertThat(items(all))
        .extracting(i -> i.get("orgUnitId"))
        .contains(street, urban, rural, otherStreet, otherCommunity)
        .doesNotContain(closed);
    int total = (Integer) all.get("total");
    Map<String, Object> page = myWork(regionAdmin(T), "size=2&page=1");
    assertThat(page)
        .containsEntry("total", total)
        .containsEntry("page", 1)
        .containsEntry("size", 2);
    assertThat(items(page)).hasSize(2).isEqualTo(items(all).subList(2, 4));
  }

  @Test
  void anotherTenantsCallersAndBadParametersAreRefused() {
    regionAdmin("test-reports")
        .get()
        .uri("/api/v1/tenants/" + T + "/my-work")
        .exchange()
        .expectStatus()
        .isNotFound();
    as("r", "test-reports", street, Role.REPORTER)
        .get()
        .uri("/api/v1/tenants/" + T + "/my-work")
        .exchange()
        .expectStatus()
        .isNotFound();
    client
        .get()
        .uri("/api/v1/tenants/" + T + "/my-work")
        .exchange()
        .expectStatus()
        .isUnauthorized();
    for (String bad : List.of("status=LOST", "period=19", "size=0", "page=-1")) {
      reporterAt(street)
          .get()
          .uri("/api/v1/tenants/" + T + "/my-work?" + bad)
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentType("application/problem+json");
    }
    reporterAt(street)
        .get()
        .uri("/api/v1/tenants/" + T + "/my-work?period=2030")
        .exchange()
        .expectStatus()
        .isNotFound();
    // A reporter without an org unit has nothing to do.
    assertThat(myWork(as("nobody", T, null, Role.REPORTER), "period=2019"))
        .containsEntry("total", 0);
  }

  private WebTestClient reporterAt(String orgUnit) {
    return as("reporter-" + orgUnit, T, orgUnit, Role.REPORTER);
  }

  private Map<String, Object> myWork(WebTestClient who, String query) {
    return who.get()
        .uri("/api/v1/tenants/" + T + "/my-work?" + query)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
        .returnResult()
        .getResponseBody();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(Map<String, Object> work) {
    return (List<Map<String, Object>>) work.get("items");
  }

  private Map<String, Object> item(WebTestClient who, String period, String form, String unit) {
    return items(myWork(who, "size=500&period=" + period)).stream()
        .filter(i -> form.equals(i.get("formCode")) && unit.equals(i.get("orgUnitId")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(form + " for " + unit + " not listed"));
  }

  private Map<String, Object> rural(WebTestClient who, String period) {
    return item(who, period, RURAL_FORM, rural);
  }

  private String reportPath(String form, String unit, String period) {
    return "/api/v1/tenants/" + T + "/reports/" + form + "/" + unit + "/" + period;
  }

  private WebTestClient.ResponseSpec save(WebTestClient who, String ifMatch) {
    var spec =
        who.put()
            .uri(reportPath(RURAL_FORM, rural, "2019"))
            .contentType(MediaType.APPLICATION_JSON);
    if (ifMatch != null) {
      spec = spec.header("If-Match", ifMatch);
    }
    return spec.bodyValue(Map.of("values", RURAL_VALUES)).exchange();
  }

  private WebTestClient.ResponseSpec step(
      WebTestClient who, String action, String ifMatch, String comment) {
    var spec =
        who.post()
            .uri(reportPath(RURAL_FORM, rural, "2019") + "/" + action)
            .header("If-Match", ifMatch);
    return comment == null
        ? spec.exchange()
        : spec.contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("comment", comment))
            .exchange();
  }

  private void window(String form, String period, String opens, String closes) {
    regionAdmin(T)
        .put()
        .uri("/api/v1/tenants/" + T + "/calendar/" + form + "/" + period)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("opens", opens, "closes", closes))
        .exchange()
        .expectStatus()
        .isOk();
  }

  /** A community active from 2000 and closed down on {@code day}: two versions of the unit. */
  private void insertClosedUnit(String id, String parent, String day) {
    database
        .inTenant(
            T,
            db ->
                db.sql(
                        "INSERT INTO org_unit (tenant_id, org_unit_id, level) VALUES (:t, :id, 'COMMUNITY')")
                    .bind("t", T)
                    .bind("id", id)
                    .fetch()
                    .rowsUpdated()
                    .then(
                        db.sql(
                                "INSERT INTO org_unit_version (tenant_id, org_unit_id, valid_from,"
                                    + " valid_to, revision, parent_id, name_zh, area, active, change_kind,"
                                    + " changed_by) VALUES"
                                    + " (:t, :id, DATE '2000-01-01', CAST(:d AS date), 1,"
                                    + " :parent, :name, 'URBAN', true, 'CREATE', 'test'),"
                                    + " (:t, :id, CAST(:d AS date), NULL, 2, :parent, :name, 'URBAN',"
                                    + " false, 'DEACTIVATE', 'test')")
                            .bind("t", T)
                            .bind("id", id)
                            .bind("d", day)
                            .bind("parent", parent)
                            .bind("name", "单元 " + id)
                            .fetch()
                            .rowsUpdated()))
        .then()
        .block(Duration.ofSeconds(10));
  }
}

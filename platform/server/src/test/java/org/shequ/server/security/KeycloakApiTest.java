package org.shequ.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.support.KeycloakServer;
import org.shequ.server.support.KeycloakServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The API against a real Keycloak and the realm as shipped ({@code deploy/keycloak/}, its
 * development variant with demo users): tokens got by the flows the realm allows (password grant
 * for users through the development client, client credentials for the batch uploader), read by the
 * server as an operator configures it.
 */
class KeycloakApiTest extends KeycloakServerTest {
  private static final String XINBEI = "changzhou-xinbei";
  private static final String FORM = "XB-COMMUNITY";
  private static final String UPLOADER = "shequ-uploader-changzhou-xinbei";
  private static final String UPLOADER_SECRET = "dev-uploader-changzhou-xinbei";

  @Autowired TenantDatabase tenants;

  /** A street and two communities of this test, under Xinbei's region unit. */
  private String street;

  private String community;
  private String otherCommunity;

  @BeforeEach
  void units() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    street = "kc-st-" + suffix;
    community = "kc-co-" + suffix;
    otherCommunity = "kc-co2-" + suffix;
    insertUnit(street, "STREET", XINBEI, null);
    insertUnit(community, "COMMUNITY", street, "URBAN");
    insertUnit(otherCommunity, "COMMUNITY", street, "RURAL");
  }

  @Test
  void keycloaksTokensCarryTheSubjectRolesAndClaimsTheServerReads() {
    JsonNode admin = KeycloakServer.claims(keycloak().passwordToken("admin-jiexiu"));
    assertThat(admin.path("sub").asString()).isNotBlank();
    assertThat(admin.path("iss").asString()).isEqualTo(keycloak().issuer());
    assertThat(admin.path("tenant").asString()).isEqualTo("jiexiu");
    assertThat(roles(admin)).contains("REGION_ADMIN");

    JsonNode reporter = KeycloakServer.claims(keycloak().passwordToken("reporter-" + XINBEI));
    assertThat(reporter.path("org_unit").asString()).isEqualTo(XINBEI);
    assertThat(roles(reporter)).contains("REPORTER").doesNotContain("REGION_ADMIN");

    JsonNode uploader = KeycloakServer.claims(keycloak().clientToken(UPLOADER, UPLOADER_SECRET));
    assertThat(uploader.path("sub").asString()).isNotBlank();
    assertThat(uploader.path("tenant").asString()).isEqualTo(XINBEI);
    assertThat(uploader.path("org_unit").asString()).isEqualTo(XINBEI);
    assertThat(roles(uploader)).contains("REPORTER");

    JsonNode analyst = KeycloakServer.claims(keycloak().passwordToken("analyst"));
    assertThat(analyst.has("tenant")).isFalse();
    assertThat(roles(analyst)).contains("NATIONAL_ANALYST");
  }

  @Test
  void aRegionAdminReadsItsOwnTenantAndNoOther() {
    WebTestClient admin = asUser("admin-jiexiu");
    admin.get().uri("/api/v1/tenants/jiexiu").exchange().expectStatus().isOk();
    admin.get().uri("/api/v1/tenants/jiexiu/org-units").exchange().expectStatus().isOk();

    for (String uri :
        List.of(
            "/api/v1/tenants/" + XINBEI,
            "/api/v1/tenants/" + XINBEI + "/org-units",
            "/api/v1/tenants/" + XINBEI + "/progress?period=2019")) {
      admin
          .get()
          .uri(uri)
          .exchange()
          .expectStatus()
          .isNotFound()
          .expectHeader()
          .contentType("application/problem+json");
    }
    admin
        .get()
        .uri("/api/v1/tenants")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[*].id")
        .isEqualTo(List.of("jiexiu"));
  }

  @Test
  void aReporterWritesAndSubmitsAndTheRegionAdminApproves() {
    WebTestClient reporter = asUser("reporter-" + XINBEI);
    reporter
        .put()
        .uri(report(community))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("values", validValues()))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectHeader()
        .valueEquals("ETag", "\"1\"");
    reporter
        .post()
        .uri(report(community) + "/submit")
        .header("If-Match", "\"1\"")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("SUBMITTED");
    // Approving is the region admin's, not the reporter's.
    reporter
        .post()
        .uri(report(community) + "/approve")
        .header("If-Match", "\"2\"")
        .exchange()
        .expectStatus()
        .isForbidden();
    // Another tenant's region admin does not even see it.
    asUser("admin-jiexiu")
        .post()
        .uri(report(community) + "/approve")
        .header("If-Match", "\"2\"")
        .exchange()
        .expectStatus()
        .isNotFound();

    asUser("admin-" + XINBEI)
        .post()
        .uri(report(community) + "/approve")
        .header("If-Match", "\"2\"")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("APPROVED");

    String reporterSub = keycloak().subjectOf("reporter-" + XINBEI);
    asUser("admin-" + XINBEI)
        .get()
        .uri(report(community) + "/history")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(history -> assertThat(history).contains(reporterSub));
  }

  @Test
  void theNationalAnalystReadsTheComparisonMatrixAndWritesNothing() {
    WebTestClient analyst = asUser("analyst");
    analyst
        .get()
        .uri("/api/v1/comparison/matrix?period=2019")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(matrix -> assertThat(matrix).contains("jiexiu", XINBEI));
    analyst
        .put()
        .uri(report(community))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("values", validValues()))
        .exchange()
        .expectStatus()
        .isForbidden();
    // A region admin is no national analyst.
    asUser("admin-jiexiu")
        .get()
        .uri("/api/v1/comparison/matrix?period=2019")
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  @Test
  void theServiceAccountMappedByClaimsWritesABatch() {
    String token = keycloak().clientToken(UPLOADER, UPLOADER_SECRET);
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(Map.of("orgUnit", community, "values", validValues(), "comment", "uploader"));
    rows.add(Map.of("orgUnit", otherCommunity, "values", validValues()));

    bearer(token)
        .mutate()
        .responseTimeout(Duration.ofSeconds(60))
        .build()
        .post()
        .uri("/api/v1/tenants/" + XINBEI + "/reports/batch?form=" + FORM + "&period=2019")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(rows)
        .exchange()
        .expectStatus()
        .isCreated();

    String uploaderSub = KeycloakServer.claims(token).path("sub").asString();
    for (String unit : List.of(community, otherCommunity)) {
      asUser("admin-" + XINBEI)
          .get()
          .uri(report(unit))
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.values.premises_area")
          .isEqualTo(800);
      assertThat(savedBy(unit)).isEqualTo(uploaderSub);
    }
    // The uploader's claims hold it to its own tenant.
    bearer(token)
        .get()
        .uri("/api/v1/tenants/jiexiu/org-units")
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void aTokenWithoutAUsableTenantIsRefusedWith401() {
    // A region admin in Keycloak whose token names no tenant, and who is a member of none.
    WebTestClient stranger = asUser("stranger");
    assertThat(KeycloakServer.claims(keycloak().passwordToken("stranger")).has("tenant")).isFalse();
    stranger
        .get()
        .uri("/api/v1/tenants/" + XINBEI + "/org-units")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType("application/problem+json");
    stranger
        .put()
        .uri(report(community))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("values", validValues()))
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType("application/problem+json");
  }

  @Test
  void aUserWithNothingInKeycloakIsPlacedByItsMembershipKeptInShequ() {
    // member has an account in Keycloak and nothing else: no tenant, no org unit, no role.
    String token = keycloak().passwordToken("member");
    JsonNode claims = KeycloakServer.claims(token);
    assertThat(claims.has("tenant")).isFalse();
    assertThat(roles(claims)).doesNotContain("REGION_ADMIN", "REPORTER");
    String sub = claims.path("sub").asString();

    // Not a member yet: nothing of the tenant.
    bearer(token)
        .get()
        .uri("/api/v1/tenants/" + XINBEI + "/org-units")
        .exchange()
        .expectStatus()
        .value(status -> assertThat(status).isIn(401, 403, 404));

    // The region admin invites the Keycloak username as a reporter of this test's street.
    String memberId =
        asUser("admin-" + XINBEI)
            .post()
            .uri("/api/v1/tenants/" + XINBEI + "/members")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(
                Map.of(
                    "username",
                    "member",
                    "roles",
                    List.of("REPORTER"),
                    "orgUnits",
                    List.of(street)))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(JsonNode.class)
            .returnResult()
            .getResponseBody()
            .path("id")
            .asString();

    // Its first request binds the membership to its Keycloak subject; from then on the subject
    // alone places it.
    bearer(token)
        .get()
        .uri("/api/v1/me")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.subject")
        .isEqualTo(sub)
        .jsonPath("$.tenant")
        .isEqualTo(XINBEI)
        .jsonPath("$.roles")
        .isEqualTo(List.of("REPORTER"))
        .jsonPath("$.source")
        .isEqualTo("MEMBERSHIP");
    asUser("admin-" + XINBEI)
        .get()
        .uri("/api/v1/tenants/" + XINBEI + "/members/" + memberId)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.subject")
        .isEqualTo(sub)
        .jsonPath("$.issuer")
        .isEqualTo(keycloak().issuer());

    // A fresh token of the same user writes in its street, by the membership alone.
    WebTestClient member = asUser("member");
    member
        .put()
        .uri(report(community))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("values", validValues()))
        .exchange()
        .expectStatus()
        .isCreated();
    assertThat(savedBy(community)).isEqualTo(sub);
    // And nowhere else.
    member.get().uri("/api/v1/tenants/jiexiu/org-units").exchange().expectStatus().isNotFound();
  }

  private static List<String> roles(JsonNode claims) {
    List<String> names = new ArrayList<>();
    claims.path("realm_access").path("roles").forEach(r -> names.add(r.asString()));
    return names;
  }

  private static String report(String unit) {
    return "/api/v1/tenants/" + XINBEI + "/reports/" + FORM + "/" + unit + "/2019";
  }

  /** A valid XB-COMMUNITY report: office space 100 m² of 800 m² premises. */
  private static Map<String, Object> validValues() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("premises_area", 800);
    v.put("office_area", 100);
    v.put("high_standard_harmonious", true);
    v.put("social_workers_under_45", 10);
    v.put("certified_social_workers_under_45", 5);
    v.put("info_platform_functions_extended", true);
    v.put("social_orgs", 8);
    v.put("social_orgs_with_party_work", 4);
    v.put("democratic_consultation", false);
    return v;
  }

  /** Who saved the report's latest version, read straight from the table. */
  private String savedBy(String unit) {
    return tenants
        .inTenantOne(
            XINBEI,
            db ->
                db.sql(
                        "SELECT actor FROM report_version WHERE form_code = :f"
                            + " AND org_unit_id = :u AND period = '2019'"
                            + " ORDER BY version DESC LIMIT 1")
                    .bind("f", FORM)
                    .bind("u", unit)
                    .map(r -> r.get("actor", String.class))
                    .one())
        .block(Duration.ofSeconds(10));
  }

  private void insertUnit(String id, String level, String parent, String area) {
    tenants
        .inTenant(
            XINBEI,
            db ->
                db.sql("INSERT INTO org_unit (tenant_id, org_unit_id, level) VALUES (:t, :id, :l)")
                    .bind("t", XINBEI)
                    .bind("id", id)
                    .bind("l", level)
                    .fetch()
                    .rowsUpdated()
                    .then(
                        db.sql(
                                "INSERT INTO org_unit_version (tenant_id, org_unit_id, valid_from,"
                                    + " parent_id, name_zh, area, change_kind, changed_by)"
                                    + " VALUES (:t, :id, DATE '2000-01-01', :parent, :name,"
                                    + " NULLIF(:area, ''), 'CREATE', 'test')")
                            .bind("t", XINBEI)
                            .bind("id", id)
                            .bind("parent", parent)
                            .bind("name", "单元 " + id)
                            .bind("area", area == null ? "" : area)
                            .fetch()
                            .rowsUpdated()))
        .then()
        .block(Duration.ofSeconds(10));
  }
}

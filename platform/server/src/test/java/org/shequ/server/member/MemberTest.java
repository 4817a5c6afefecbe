package org.shequ.server.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.server.security.Role;
import org.shequ.server.support.ShequServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Membership kept in Shequ, against the real database: who a member is decides every request, a
 * change applies to the member's next request with the same token, admins cannot escalate, and
 * another tenant's members are as absent as its data.
 */
class MemberTest extends ShequServerTest {
  static final String TENANT = "test-members";
  private static final String OTHER = "xiamen";

  private final String s = UUID.randomUUID().toString().substring(0, 8);
  private final String street = "mb-st-" + s;
  private final String village = "mb-v1-" + s;
  private final String otherVillage = "mb-v2-" + s;

  @BeforeEach
  void aStreetWithTwoVillages() {
    unit(street, null, "STREET");
    unit(village, street, "COMMUNITY");
    unit(otherVillage, street, "COMMUNITY");
  }

  private void unit(String id, String parent, String level) {
    Map<String, Object> body =
        parent == null
            ? Map.of("id", id, "level", level, "name", Map.of("zh", "成员街道" + id))
            : Map.of(
                "id",
                id,
                "parentId",
                parent,
                "level",
                level,
                "area",
                "RURAL",
                "population",
                900,
                "name",
                Map.of("zh", "成员村" + id));
    regionAdmin(TENANT)
        .post()
        .uri("/api/v1/tenants/{t}/org-units", TENANT)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
  }

  /** Adds a member as a platform admin; its JSON. */
  private Map<String, Object> add(
      String tenant, String username, List<String> roles, List<String> units) {
    return platformAdmin()
        .post()
        .uri("/api/v1/tenants/{t}/members", tenant)
        .bodyValue(Map.of("username", username, "roles", roles, "orgUnits", units))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
        .returnResult()
        .getResponseBody();
  }

  /** A client with a token that names only the member's identity (embedded issuer, subject). */
  private WebTestClient member(String username) {
    String token = tokens.issue(username, null, List.of(), null);
    return client.mutate().defaultHeader("Authorization", "Bearer " + token).build();
  }

  private WebTestClient.ResponseSpec unitAs(WebTestClient who, String unit) {
    return who.get().uri("/api/v1/tenants/{t}/org-units/{id}", TENANT, unit).exchange();
  }

  @Test
  void aReporterMovedToAnotherVillageLosesTheOldOneOnItsNextRequest() {
    String name = "mover-" + s;
    Map<String, Object> m = add(TENANT, name, List.of("REPORTER"), List.of(village));
    assertThat(m.get("status")).isEqualTo("ACTIVE");
    assertThat(m.get("subject")).isEqualTo(name);
    WebTestClient reporter = member(name);
    unitAs(reporter, village).expectStatus().isOk();
    unitAs(reporter, otherVillage).expectStatus().isNotFound();
    reporter
        .get()
        .uri("/api/v1/me")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.source")
        .isEqualTo("MEMBERSHIP")
        .jsonPath("$.tenant")
        .isEqualTo(TENANT)
        .jsonPath("$.orgUnits[0].id")
        .isEqualTo(village);

    regionAdmin(TENANT)
        .patch()
        .uri("/api/v1/tenants/{t}/members/{id}", TENANT, m.get("id"))
        .header("If-Match", "1")
        .bodyValue(Map.of("orgUnits", List.of(otherVillage)))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.version")
        .isEqualTo(2);

    // The same token, the next request.
    unitAs(reporter, village).expectStatus().isNotFound();
    unitAs(reporter, otherVillage).expectStatus().isOk();
  }

  @Test
  void aReporterWithSeveralVillagesCoversEach() {
    String name = "both-" + s;
    add(TENANT, name, List.of("REPORTER"), List.of(village, otherVillage));
    WebTestClient reporter = member(name);
    unitAs(reporter, village).expectStatus().isOk();
    unitAs(reporter, otherVillage).expectStatus().isOk();
    unitAs(reporter, street).expectStatus().isNotFound();
  }

  @Autowired org.shequ.server.plan.PlanRegistry plans;

  /** Values the form accepts: each field's minimum, false, or first option. */
  private Map<String, Object> validValues(String formCode) {
    var form = plans.plan("jiexiu-2018-2020").orElseThrow().plan().form(formCode).orElseThrow();
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    for (var f : form.fields()) {
      switch (f.type()) {
        case BOOLEAN -> values.put(f.code(), false);
        case INTEGER, DECIMAL, PERCENT ->
            values.put(f.code(), f.min() == null ? java.math.BigDecimal.ZERO : f.min());
        case ENUM -> values.put(f.code(), f.options().get(0).code());
        default -> {}
      }
    }
    return values;
  }

  @Test
  void aReporterWithSeveralVillagesWritesInEachAndNowhereElse() {
    String form = "JX-COMMUNITY";
    String third = "mb-v3-" + s;
    unit(third, street, "COMMUNITY");
    regionAdmin(TENANT)
        .put()
        .uri("/api/v1/tenants/{t}/calendar/{f}/2019", TENANT, form)
        .bodyValue(Map.of("opens", "2019-01-01", "closes", "2020-03-31"))
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    String name = "writer-" + s;
    add(TENANT, name, List.of("REPORTER"), List.of(village, otherVillage));
    WebTestClient reporter = member(name);
    for (String unit : List.of(village, otherVillage)) {
      reporter
          .put()
          .uri("/api/v1/tenants/{t}/reports/{f}/{u}/2019", TENANT, form, unit)
          .bodyValue(Map.of("values", validValues(form)))
          .exchange()
          .expectStatus()
          .isCreated();
    }
    reporter
        .put()
        .uri("/api/v1/tenants/{t}/reports/{f}/{u}/2019", TENANT, form, third)
        .bodyValue(Map.of("values", validValues(form)))
        .exchange()
        .expectStatus()
        .value(status -> assertThat(status).isIn(403, 404));
    // The review queue shows the reporter its two villages' reports, and no other.
    reporter
        .get()
        .uri("/api/v1/tenants/{t}/reports?formCode={f}&period=2019", TENANT, form)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items.length()")
        .isEqualTo(2);
  }

  @Test
  void aDeactivatedMemberIsRefusedAtOnceWhateverItsTokenClaims() {
    String name = "gone-" + s;
    Map<String, Object> m = add(TENANT, name, List.of("REGION_ADMIN"), List.of());
    // Its token also claims a region admin of the tenant: membership wins.
    WebTestClient claimsAdmin = as(name, TENANT, null, Role.REGION_ADMIN);
    unitAs(claimsAdmin, street).expectStatus().isOk();
    add(TENANT, "keeper-" + s, List.of("REGION_ADMIN"), List.of());

    regionAdmin(TENANT)
        .post()
        .uri("/api/v1/tenants/{t}/members/{id}/deactivate", TENANT, m.get("id"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("DEACTIVATED");

    unitAs(claimsAdmin, street).expectStatus().isForbidden();
    unitAs(member(name), street).expectStatus().isForbidden();
  }

  @Test
  void aRegionAdminCannotEscalate() {
    String name = "ra-" + s;
    add(TENANT, name, List.of("REGION_ADMIN"), List.of());
    WebTestClient admin = member(name);
    admin
        .post()
        .uri("/api/v1/tenants/{t}/members", TENANT)
        .bodyValue(Map.of("username", "esc-" + s, "roles", List.of("PLATFORM_ADMIN")))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:member-role-escalation");
    admin
        .post()
        .uri("/api/v1/tenants/{t}/members", TENANT)
        .bodyValue(Map.of("username", "esc2-" + s, "roles", List.of("NATIONAL_ANALYST")))
        .exchange()
        .expectStatus()
        .isForbidden();
    // A unit of another tenant is no unit of this one.
    String xiamenUnit = firstUnitOf(OTHER);
    admin
        .post()
        .uri("/api/v1/tenants/{t}/members", TENANT)
        .bodyValue(
            Map.of(
                "username",
                "esc3-" + s,
                "roles",
                List.of("REPORTER"),
                "orgUnits",
                List.of(xiamenUnit)))
        .exchange()
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:member-unit-outside-tenant");
    // Nor may it manage another tenant's members at all: 404, as for any of its data.
    admin.get().uri("/api/v1/tenants/{t}/members", OTHER).exchange().expectStatus().isNotFound();
    admin
        .post()
        .uri("/api/v1/tenants/{t}/members", OTHER)
        .bodyValue(Map.of("username", "esc4-" + s, "roles", List.of("REPORTER")))
        .exchange()
        .expectStatus()
        .isNotFound();
    // Nothing of it was stored.
    platformAdmin()
        .get()
        .uri("/api/v1/tenants/{t}/members?q=esc", TENANT)
        .exchange()
        .expectBody()
        .jsonPath("$.items[?(@.username =~ /esc.*" + s + "/)]")
        .doesNotExist();
    // A reporter manages nobody.
    String rep = "rep-" + s;
    add(TENANT, rep, List.of("REPORTER"), List.of(village));
    member(rep)
        .get()
        .uri("/api/v1/tenants/{t}/members", TENANT)
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  private String firstUnitOf(String tenant) {
    String id = "mb-x-" + s;
    regionAdmin(tenant)
        .post()
        .uri("/api/v1/tenants/{t}/org-units", tenant)
        .bodyValue(Map.of("id", id, "level", "STREET", "name", Map.of("zh", "外租户街道" + s)))
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    return id;
  }

  @Test
  void anotherTenantsMemberIsNotFound() {
    Map<String, Object> theirs = add(OTHER, "xm-" + s, List.of("REPORTER"), List.of());
    regionAdmin(TENANT)
        .get()
        .uri("/api/v1/tenants/{t}/members/{id}", TENANT, theirs.get("id"))
        .exchange()
        .expectStatus()
        .isNotFound();
    regionAdmin(TENANT)
        .post()
        .uri("/api/v1/tenants/{t}/members/{id}/deactivate", TENANT, theirs.get("id"))
        .exchange()
        .expectStatus()
        .isNotFound();
    regionAdmin(TENANT)
        .get()
        .uri("/api/v1/tenants/{t}/members/{id}", OTHER, theirs.get("id"))
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void theLastAdminStaysAndEveryChangeIsRecordedWithBeforeAndAfter() {
    String tenant = "test-members-admins";
    Map<String, Object> first = add(tenant, "first-" + s, List.of("REGION_ADMIN"), List.of());
    String firstId = (String) first.get("id");
    platformAdmin()
        .post()
        .uri("/api/v1/tenants/{t}/members/{id}/deactivate", tenant, firstId)
        .exchange()
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:member-last-admin");
    platformAdmin()
        .patch()
        .uri("/api/v1/tenants/{t}/members/{id}", tenant, firstId)
        .bodyValue(Map.of("roles", List.of("REPORTER")))
        .exchange()
        .expectStatus()
        .isEqualTo(409);

    add(tenant, "second-" + s, List.of("REGION_ADMIN"), List.of());
    platformAdmin()
        .patch()
        .uri("/api/v1/tenants/{t}/members/{id}", tenant, firstId)
        .header("If-Match", "7")
        .bodyValue(Map.of("roles", List.of("REPORTER")))
        .exchange()
        .expectStatus()
        .isEqualTo(412);
    member("second-" + s)
        .patch()
        .uri("/api/v1/tenants/{t}/members/{id}", tenant, firstId)
        .header("If-Match", "1")
        .bodyValue(Map.of("roles", List.of("REPORTER")))
        .exchange()
        .expectStatus()
        .isOk();

    member("second-" + s)
        .get()
        .uri("/api/v1/tenants/{t}/members/{id}/history", tenant, firstId)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.length()")
        .isEqualTo(2)
        .jsonPath("$[0].action")
        .isEqualTo("ADDED")
        .jsonPath("$[0].before")
        .doesNotExist()
        .jsonPath("$[0].after.roles[0]")
        .isEqualTo("REGION_ADMIN")
        .jsonPath("$[1].action")
        .isEqualTo("CHANGED")
        .jsonPath("$[1].by")
        .isEqualTo("second-" + s)
        .jsonPath("$[1].before.roles[0]")
        .isEqualTo("REGION_ADMIN")
        .jsonPath("$[1].after.roles[0]")
        .isEqualTo("REPORTER");
  }

  @Test
  void theSameUsernameTwiceIsAConflict() {
    add(TENANT, "twice-" + s, List.of("REPORTER"), List.of());
    platformAdmin()
        .post()
        .uri("/api/v1/tenants/{t}/members", TENANT)
        .bodyValue(Map.of("username", "TWICE-" + s, "roles", List.of("REPORTER")))
        .exchange()
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("urn:shequ:problem:member-exists");
  }

  @Test
  void anInvitedMemberIsBoundAtItsFirstSignInByUsername() {
    String name = "invited-" + s;
    Map<String, Object> m =
        platformAdmin()
            .post()
            .uri("/api/v1/tenants/{t}/members", TENANT)
            .bodyValue(
                Map.of(
                    "username",
                    name,
                    "roles",
                    List.of("REPORTER"),
                    "orgUnits",
                    List.of(village),
                    "invite",
                    true))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult()
            .getResponseBody();
    assertThat(m.get("status")).isEqualTo("INVITED");
    assertThat((String) m.get("invitationCode")).hasSizeGreaterThan(20);

    // An identity provider's token: another subject, the username as preferred_username.
    String token =
        org.shequ.server.security.SignedTokens.sign(
            dataDir(),
            new com.nimbusds.jwt.JWTClaimsSet.Builder()
                .issuer("urn:shequ:embedded")
                .subject("idp-" + s)
                .claim("preferred_username", name)
                .expirationTime(new java.util.Date(System.currentTimeMillis() + 600_000))
                .build());
    WebTestClient idp = client.mutate().defaultHeader("Authorization", "Bearer " + token).build();
    unitAs(idp, village).expectStatus().isOk();
    platformAdmin()
        .get()
        .uri("/api/v1/tenants/{t}/members/{id}/history", TENANT, m.get("id"))
        .exchange()
        .expectBody()
        .jsonPath("$[1].action")
        .isEqualTo("BOUND")
        .jsonPath("$[1].after.subject")
        .isEqualTo("idp-" + s)
        .jsonPath("$[1].after.status")
        .isEqualTo("ACTIVE");
  }

  @Test
  void theDemoSignInListsMembersAndSignsInAsOne() {
    String name = "demo-" + s;
    Map<String, Object> m = add(TENANT, name, List.of("REPORTER"), List.of(village));
    client
        .get()
        .uri("/api/v1/dev/members")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[?(@.username == '" + name + "')].tenant")
        .isEqualTo(TENANT);
    String token =
        (String)
            client
                .post()
                .uri("/api/v1/dev/token")
                .bodyValue(Map.of("memberId", m.get("id")))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("access_token");
    WebTestClient signedIn =
        client.mutate().defaultHeader("Authorization", "Bearer " + token).build();
    unitAs(signedIn, village).expectStatus().isOk();
    unitAs(signedIn, otherVillage).expectStatus().isNotFound();
  }
}

package org.shequ.server.member;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.shequ.server.security.Role;
import org.shequ.server.support.ShequServerTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The two other modes of {@code shequ.security.membership.mode}: claims only (memberships are not
 * read) and membership only (claims are ignored; the first platform admin comes from the bootstrap
 * configuration).
 */
class MembershipModeTest {
  static final String TENANT = MemberTest.TENANT;

  static WebTestClient bearer(WebTestClient client, String token) {
    return client.mutate().defaultHeader("Authorization", "Bearer " + token).build();
  }

  @Nested
  @TestPropertySource(properties = "shequ.security.membership.mode=CLAIMS_ONLY")
  class ClaimsOnly extends ShequServerTest {
    @Test
    void aMembersTokenClaimsDecideAndItsMembershipIsIgnored() {
      String name = "co-" + UUID.randomUUID().toString().substring(0, 8);
      platformAdmin()
          .post()
          .uri("/api/v1/tenants/{t}/members", TENANT)
          .bodyValue(Map.of("username", name, "roles", List.of("REGION_ADMIN")))
          .exchange()
          .expectStatus()
          .isCreated();
      // Its membership says region admin; a token claiming nothing gets nowhere.
      bearer(client, tokens.issue(name, null, List.of(), null))
          .get()
          .uri("/api/v1/tenants/{t}/members", TENANT)
          .exchange()
          .expectStatus()
          .isForbidden();
      // Its claims say national analyst: that is what it is.
      as(name, null, null, Role.NATIONAL_ANALYST)
          .get()
          .uri("/api/v1/me")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.source")
          .isEqualTo("CLAIMS")
          .jsonPath("$.roles[0]")
          .isEqualTo("NATIONAL_ANALYST")
          .jsonPath("$.tenant")
          .doesNotExist();
    }
  }

  @Nested
  @TestPropertySource(
      properties = {
        "shequ.security.membership.mode=MEMBERSHIP_ONLY",
        "shequ.security.bootstrap-admin.issuer=urn:shequ:embedded",
        "shequ.security.bootstrap-admin.subject=bootstrap-root"
      })
  class MembershipOnly extends ShequServerTest {
    @Test
    void claimsAreIgnoredAndTheBootstrapAdminStartsEverything() {
      String s = UUID.randomUUID().toString().substring(0, 8);
      // Claims alone: no role at all.
      regionAdmin(TENANT)
          .get()
          .uri("/api/v1/tenants/{t}/members", TENANT)
          .exchange()
          .expectStatus()
          .isForbidden();
      // The configured identity becomes the first platform admin, with no claims.
      WebTestClient root = bearer(client, tokens.issue("bootstrap-root", null, List.of(), null));
      root.get()
          .uri("/api/v1/me")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.roles[0]")
          .isEqualTo("PLATFORM_ADMIN")
          .jsonPath("$.source")
          .isEqualTo("MEMBERSHIP");
      root.get()
          .uri("/api/v1/platform/members?role=PLATFORM_ADMIN")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.items[?(@.subject == 'bootstrap-root')].username")
          .exists();
      // It adds a region admin, who works by membership alone.
      String admin = "mo-admin-" + s;
      root.post()
          .uri("/api/v1/tenants/{t}/members", TENANT)
          .bodyValue(Map.of("username", admin, "roles", List.of("REGION_ADMIN")))
          .exchange()
          .expectStatus()
          .isCreated();
      bearer(client, tokens.issue(admin, "xiamen", List.of(Role.PLATFORM_ADMIN), null))
          .get()
          .uri("/api/v1/tenants/{t}/members", TENANT)
          .exchange()
          .expectStatus()
          .isOk();
      // Its token's claims of another tenant and a platform role count for nothing.
      bearer(client, tokens.issue(admin, "xiamen", List.of(Role.PLATFORM_ADMIN), null))
          .get()
          .uri("/api/v1/platform/members")
          .exchange()
          .expectStatus()
          .isForbidden();
    }
  }
}

package org.shequ.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The demo users become members of the embedded default, once however often it starts, and the demo
 * sign-in signs in as one of them: its membership, not its token's claims, places it.
 */
class DemoMembersTest extends ShequServerTest {
  private static final String TENANT = "test-members-demo";

  @Autowired DemoMembers members;

  @Test
  void theDemoUsersOfATenantAreSeededOnceAsMembersAndSignInAsSuch() {
    String community = "dm-community";
    regionAdmin(TENANT)
        .post()
        .uri("/api/v1/tenants/{t}/org-units", TENANT)
        .bodyValue(Map.of("id", "dm-street", "level", "STREET", "name", Map.of("zh", "演示街道")))
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
    regionAdmin(TENANT)
        .post()
        .uri("/api/v1/tenants/{t}/org-units", TENANT)
        .bodyValue(
            Map.of(
                "id",
                community,
                "parentId",
                "dm-street",
                "level",
                "COMMUNITY",
                "area",
                "RURAL",
                "population",
                100,
                "name",
                Map.of("zh", "演示社区")))
        .exchange()
        .expectStatus()
        .is2xxSuccessful();

    members.seed(TENANT).block();
    members.seed(TENANT).block();

    List<Map<String, Object>> listed =
        client
            .get()
            .uri("/api/v1/dev/members")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .returnResult()
            .getResponseBody();
    List<Map<String, Object>> ours =
        listed.stream().filter(m -> TENANT.equals(m.get("tenant"))).toList();
    assertThat(ours)
        .extracting(m -> m.get("username"))
        .containsExactlyInAnyOrder("admin-" + TENANT, "reporter-" + TENANT);
    Map<String, Object> reporter =
        ours.stream().filter(m -> m.get("username").equals("reporter-" + TENANT)).findFirst().get();
    assertThat(reporter.get("roles")).isEqualTo(List.of("REPORTER"));

    String token =
        (String)
            client
                .post()
                .uri("/api/v1/dev/token")
                .bodyValue(Map.of("memberId", reporter.get("memberId")))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody()
                .get("access_token");
    WebTestClient signedIn =
        client.mutate().defaultHeader("Authorization", "Bearer " + token).build();
    signedIn
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
        .isEqualTo(community)
        .jsonPath("$.orgUnits[0].name")
        .isEqualTo("演示社区");
    // The old demo login page offers the member too.
    client
        .get()
        .uri("/dev/login")
        .exchange()
        .expectBody(String.class)
        .value(html -> assertThat(html).contains((String) reporter.get("memberId")));
  }
}

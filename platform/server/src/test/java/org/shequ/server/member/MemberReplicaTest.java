package org.shequ.server.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;
import org.shequ.server.support.TestDatabase;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A membership changed by another replica (here: straight in the database, as another process
 * writes it) reaches this server's next requests through {@code NOTIFY shequ_member_change}, well
 * before its cached memberships would expire.
 */
class MemberReplicaTest extends ShequServerTest {
  private static final String TENANT = MemberTest.TENANT;

  @Test
  void aUnitMovedElsewhereIsFollowedWithinTwoSeconds() throws Exception {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String street = "rp-st-" + s;
    String village = "rp-v1-" + s;
    String otherVillage = "rp-v2-" + s;
    unit(street, null, "STREET");
    unit(village, street, "COMMUNITY");
    unit(otherVillage, street, "COMMUNITY");
    String name = "replica-" + s;
    Map<String, Object> added =
        regionAdmin(TENANT)
            .post()
            .uri("/api/v1/tenants/{t}/members", TENANT)
            .bodyValue(
                Map.of(
                    "username", name, "roles", List.of("REPORTER"), "orgUnits", List.of(village)))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult()
            .getResponseBody();
    WebTestClient reporter =
        client
            .mutate()
            .defaultHeader("Authorization", "Bearer " + tokens.issue(name, null, List.of(), null))
            .build();
    // The membership is now remembered here.
    status(reporter, village, 200);
    status(reporter, otherVillage, 404);

    TestDatabase db = database();
    try (Connection owner =
        DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword())) {
      owner.setAutoCommit(false);
      try (PreparedStatement tenant =
              owner.prepareStatement("SELECT set_config('shequ.tenant_id', ?, true)");
          PreparedStatement move =
              owner.prepareStatement(
                  "UPDATE member_org_unit SET org_unit_id = ? WHERE tenant_id = ? AND member_id = ?")) {
        tenant.setString(1, TENANT);
        tenant.execute();
        move.setString(1, otherVillage);
        move.setString(2, TENANT);
        move.setObject(3, UUID.fromString((String) added.get("id")));
        assertThat(move.executeUpdate()).isEqualTo(1);
      }
      owner.commit();
    }

    Instant deadline = Instant.now().plus(Duration.ofSeconds(2));
    int old;
    do {
      old =
          reporter
              .get()
              .uri(unit(village))
              .exchange()
              .returnResult(String.class)
              .getStatus()
              .value();
    } while (old == 200 && Instant.now().isBefore(deadline));
    assertThat(old)
        .as("the old village, 2 s after another replica moved the member")
        .isEqualTo(404);
    status(reporter, otherVillage, 200);
  }

  private static String unit(String id) {
    return "/api/v1/tenants/" + TENANT + "/org-units/" + id;
  }

  private static void status(WebTestClient who, String unit, int status) {
    who.get().uri(unit(unit)).exchange().expectStatus().isEqualTo(status);
  }

  private void unit(String id, String parent, String level) {
    Map<String, Object> body =
        parent == null
            ? Map.of("id", id, "level", level, "name", Map.of("zh", "副本街道" + id))
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
                Map.of("zh", "副本村" + id));
    regionAdmin(TENANT)
        .post()
        .uri("/api/v1/tenants/{t}/org-units", TENANT)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
  }
}

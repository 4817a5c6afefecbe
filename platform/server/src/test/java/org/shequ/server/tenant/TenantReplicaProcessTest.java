package org.shequ.server.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.server.security.Role;
import org.shequ.server.support.ForkedServer;
import org.shequ.server.support.PostgresExtension;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestDatabase;
import org.shequ.server.support.TestPaths;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two replicas in two processes on one database: a tenant created, changed or deactivated on either
 * is served as it now is by the other within two seconds, although each keeps the registry cached
 * for longer (the database announces the change on {@code shequ_tenants}).
 */
@ExtendWith(PostgresExtension.class)
class TenantReplicaProcessTest {
  private static final Duration WITHIN = Duration.ofSeconds(2);
  private static final String TENANT = "replica-wujin";
  private static final String XINBEI = "changzhou-xinbei-2016-2020";

  @Test
  void aTenantChangedOnOneProcessIsServedByTheOtherWithinTwoSeconds(
      @TempDir Path tenants, TestDatabase db) throws Exception {
    try (RunningServer first =
            RunningServer.start(
                db,
                "shequ.plugins-dir=" + TestPaths.pluginsDir(),
                "shequ.tenants-dir=" + tenants,
                "shequ.embedded-database.enabled=false");
        ForkedServer second =
            ForkedServer.start(
                "tenant-replica-process",
                db,
                "shequ.plugins-dir=" + TestPaths.pluginsDir(),
                "shequ.tenants-dir=" + tenants)) {
      WebTestClient firstAdmin =
          first
              .client(first.token("ops", null, null, Role.PLATFORM_ADMIN))
              .mutate()
              .responseTimeout(Duration.ofSeconds(60))
              .build();
      WebTestClient secondAdmin = second.platformAdmin();

      // The second process has read (and cached) the registry without the tenant.
      assertThat(nameOn(secondAdmin)).isNull();
      firstAdmin
          .post()
          .uri("/api/v1/tenants")
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(tenant("武进区", "Wujin"))
          .exchange()
          .expectStatus()
          .isCreated();
      assertThat(until(() -> nameOn(secondAdmin), "Wujin")).isLessThan(WITHIN);

      // The first process has the tenant cached; the second changes it.
      assertThat(nameOn(firstAdmin)).isEqualTo("Wujin");
      secondAdmin
          .put()
          .uri("/api/v1/tenants/" + TENANT)
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(tenant("武进区", "Wujin District"))
          .exchange()
          .expectStatus()
          .isOk();
      assertThat(until(() -> nameOn(firstAdmin), "Wujin District")).isLessThan(WITHIN);

      firstAdmin
          .post()
          .uri("/api/v1/tenants/" + TENANT + "/deactivate")
          .exchange()
          .expectStatus()
          .is2xxSuccessful();
      assertThat(until(() -> activeOn(secondAdmin), "false")).isLessThan(WITHIN);
    }
  }

  private static Map<String, Object> tenant(String zh, String en) {
    return Map.of(
        "id",
        TENANT,
        "name",
        Map.of("zh", zh, "en", en),
        "divisionCode",
        "320412",
        "level",
        "DISTRICT",
        "plans",
        List.of(XINBEI));
  }

  /** The tenant's English name as {@code client}'s server serves it, or null when it has none. */
  private static String nameOn(WebTestClient client) {
    Map<?, ?> body = read(client);
    return body == null ? null : (String) ((Map<?, ?>) body.get("name")).get("en");
  }

  private static String activeOn(WebTestClient client) {
    Map<?, ?> body = read(client);
    return body == null ? null : String.valueOf(body.get("active"));
  }

  private static Map<?, ?> read(WebTestClient client) {
    var result =
        client
            .get()
            .uri("/api/v1/tenants/" + TENANT)
            .exchange()
            .expectBody(Map.class)
            .returnResult();
    return result.getStatus().is2xxSuccessful() ? result.getResponseBody() : null;
  }

  private static Duration until(Supplier<String> served, String expected)
      throws InterruptedException {
    Instant start = Instant.now();
    while (!Objects.equals(expected, served.get())) {
      assertThat(Duration.between(start, Instant.now()))
          .as("served %s", expected)
          .isLessThan(Duration.ofSeconds(15));
      Thread.sleep(50);
    }
    return Duration.between(start, Instant.now());
  }
}

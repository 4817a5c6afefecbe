package org.shequ.server.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.server.security.Role;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestPaths;

/**
 * Health follows the database: UP while it answers, DOWN with the reason once it is gone; the
 * readiness probe goes DOWN with it, the liveness probe stays UP.
 */
class HealthTest {

  @Test
  void healthIsDownWithTheReasonWhenTheDatabaseGoesAway(@TempDir java.nio.file.Path tenants)
      throws Exception {
    EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
    String jdbc = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
    try (RunningServer server =
        RunningServer.start(
            "spring.r2dbc.url=r2dbc:postgresql://localhost:" + pg.getPort() + "/postgres",
            "spring.r2dbc.username=postgres",
            "spring.r2dbc.password=postgres",
            "spring.liquibase.url=" + jdbc,
            "spring.liquibase.user=postgres",
            "spring.liquibase.password=postgres",
            "spring.r2dbc.pool.max-acquire-time=2s",
            "spring.r2dbc.pool.max-validation-time=2s",
            "shequ.tenants-dir=" + tenants,
            "shequ.embedded-database.active=true",
            "shequ.data-dir=" + TestPaths.tempDataDir(),
            "shequ.plugins-dir=" + TestPaths.pluginsDir())) {
      server
          .client()
          .get()
          .uri("/actuator/health")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.status")
          .isEqualTo("UP");
      probe(server, "/actuator/health/liveness", 200, "UP");
      probe(server, "/actuator/health/readiness", 200, "UP");

      pg.close();

      // Out of the load balancer, but not restarted: the process itself is fine.
      probe(server, "/actuator/health/readiness", 503, "DOWN");
      probe(server, "/actuator/health/liveness", 200, "UP");

      // The reason is a detail, shown to platform admins only.
      server
          .client(server.token("ops", null, null, Role.PLATFORM_ADMIN))
          .mutate()
          .responseTimeout(java.time.Duration.ofSeconds(30))
          .build()
          .get()
          .uri("/actuator/health")
          .exchange()
          .expectStatus()
          .isEqualTo(503)
          .expectBody()
          .jsonPath("$.status")
          .isEqualTo("DOWN")
          .jsonPath("$.components.r2dbc.status")
          .isEqualTo("DOWN")
          .jsonPath("$.components.r2dbc.details.error")
          .exists();
    }
  }

  private static void probe(RunningServer server, String path, int status, String state) {
    server
        .client()
        .mutate()
        .responseTimeout(java.time.Duration.ofSeconds(30))
        .build()
        .get()
        .uri(path)
        .exchange()
        .expectStatus()
        .isEqualTo(status)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(state);
  }
}

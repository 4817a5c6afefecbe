package org.shequ.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.server.plan.fixture.RuntimePlanModule;
import org.shequ.server.support.ForkedServer;
import org.shequ.server.support.PostgresExtension;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestDatabase;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two replicas as an operator runs them: a server in a JVM of its own beside this one, on one
 * database. A plugin installed on either is served by the other within five seconds.
 */
@ExtendWith(PostgresExtension.class)
class PluginReplicaProcessTest {
  private static final Duration WITHIN = Duration.ofSeconds(5);

  @Test
  void anInstallOnOneServerProcessIsServedByTheOtherWithinSeconds(
      @TempDir Path plugins, @TempDir Path tenants, TestDatabase db) throws Exception {
    Path national =
        PluginRefusalTest.builtPluginJars().stream()
            .filter(p -> p.toString().contains("plan-national"))
            .findFirst()
            .orElseThrow();
    Files.copy(national, plugins.resolve(national.getFileName()));
    try (RunningServer first = PluginInstallTest.start(db, plugins, tenants);
        // The database is migrated by the first replica; the second finds it current.
        ForkedServer other =
            ForkedServer.start(
                "plugin-replica-process",
                db,
                "shequ.plugins-dir=" + plugins,
                "shequ.tenants-dir=" + tenants)) {
      WebTestClient otherClient = other.client();
      assertThat(servedVersion(otherClient)).isNull();

      PluginInstallTest.upload(
              PluginInstallTest.ops(first), RuntimePluginJars.jar("1.0.0", 80, true), false)
          .expectStatus()
          .isCreated();
      assertThat(await(() -> servedVersion(otherClient), "1.0.0")).isLessThan(WITHIN);

      PluginInstallTest.upload(
              other.platformAdmin(), RuntimePluginJars.jar("2.0.0", 90, true), false)
          .expectStatus()
          .isCreated();
      assertThat(
              await(
                  () ->
                      first
                          .bean(PlanRegistry.class)
                          .plan(RuntimePlanModule.PLAN_ID)
                          .map(LoadedPlan::pluginVersion)
                          .orElse(null),
                  "2.0.0"))
          .isLessThan(WITHIN);
    }
  }

  /** The plugin version the server serves the run-time plan from, or null when it serves none. */
  private static String servedVersion(WebTestClient client) {
    var result =
        client
            .get()
            .uri("/api/v1/plans/" + RuntimePlanModule.PLAN_ID)
            .exchange()
            .expectBody(Map.class)
            .returnResult();
    if (!result.getStatus().is2xxSuccessful()) {
      return null;
    }
    Object plugin = result.getResponseBody().get("plugin");
    return plugin instanceof Map<?, ?> p ? (String) p.get("version") : null;
  }

  private static Duration await(Supplier<String> served, String version)
      throws InterruptedException {
    Instant start = Instant.now();
    while (!version.equals(served.get())) {
      assertThat(Duration.between(start, Instant.now()))
          .as("served version %s", version)
          .isLessThan(Duration.ofSeconds(15));
      Thread.sleep(50);
    }
    return Duration.between(start, Instant.now());
  }
}

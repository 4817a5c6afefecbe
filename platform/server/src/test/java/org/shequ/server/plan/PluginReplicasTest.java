package org.shequ.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.server.plan.fixture.RuntimePlanModule;
import org.shequ.server.support.PostgresExtension;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestDatabase;

/**
 * Two replicas on one database: a plugin installed, upgraded and disabled on one is served (or no
 * longer served) by the other within five seconds, told through PostgreSQL's LISTEN/NOTIFY.
 */
@ExtendWith(PostgresExtension.class)
class PluginReplicasTest {
  private static final Duration WITHIN = Duration.ofSeconds(5);

  @Test
  void aChangeOnOneReplicaIsServedByTheOtherWithinSeconds(
      @TempDir Path plugins, @TempDir Path tenants, TestDatabase db) throws Exception {
    Path national =
        PluginRefusalTest.builtPluginJars().stream()
            .filter(p -> p.toString().contains("plan-national"))
            .findFirst()
            .orElseThrow();
    Files.copy(national, plugins.resolve(national.getFileName()));
    try (RunningServer first = PluginInstallTest.start(db, plugins, tenants);
        RunningServer second = PluginInstallTest.start(db, plugins, tenants)) {
      assertThat(servedVersion(second)).isNull();

      PluginInstallTest.upload(
              PluginInstallTest.ops(first), RuntimePluginJars.jar("1.0.0", 80, true), false)
          .expectStatus()
          .isCreated();
      assertThat(awaitVersion(second, "1.0.0")).isLessThan(WITHIN);

      PluginInstallTest.upload(
              PluginInstallTest.ops(second), RuntimePluginJars.jar("2.0.0", 90, true), false)
          .expectStatus()
          .isCreated();
      assertThat(awaitVersion(first, "2.0.0")).isLessThan(WITHIN);

      PluginInstallTest.ops(first)
          .post()
          .uri("/api/v1/plugins/" + RuntimePluginJars.PLUGIN_ID + "/disable")
          .exchange()
          .expectStatus()
          .isOk();
      assertThat(awaitVersion(second, null)).isLessThan(WITHIN);
    }
  }

  private static String servedVersion(RunningServer server) {
    return server
        .bean(PlanRegistry.class)
        .plan(RuntimePlanModule.PLAN_ID)
        .map(LoadedPlan::pluginVersion)
        .orElse(null);
  }

  /** How long the server took to serve {@code version} (null: not served); fails after 15 s. */
  private static Duration awaitVersion(RunningServer server, String version)
      throws InterruptedException {
    Instant start = Instant.now();
    while (!java.util.Objects.equals(servedVersion(server), version)) {
      assertThat(Duration.between(start, Instant.now()))
          .as("served version %s", version)
          .isLessThan(Duration.ofSeconds(15));
      Thread.sleep(50);
    }
    return Duration.between(start, Instant.now());
  }
}

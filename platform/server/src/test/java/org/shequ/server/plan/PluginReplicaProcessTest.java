package org.shequ.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.server.ShequApplication;
import org.shequ.server.plan.fixture.RuntimePlanModule;
import org.shequ.server.support.PostgresExtension;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestDatabase;
import org.springframework.http.MediaType;
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
      @TempDir Path plugins, @TempDir Path tenants, @TempDir Path data, TestDatabase db)
      throws Exception {
    Path national =
        PluginRefusalTest.builtPluginJars().stream()
            .filter(p -> p.toString().contains("plan-national"))
            .findFirst()
            .orElseThrow();
    Files.copy(national, plugins.resolve(national.getFileName()));
    int port = freePort();
    Process other = null;
    try (RunningServer first = PluginInstallTest.start(db, plugins, tenants)) {
      // The database is migrated by the first replica; the second finds it current.
      other =
          fork(db, plugins, tenants, data, port, Path.of("target", "plugin-replica-process.log"));
      WebTestClient otherClient =
          WebTestClient.bindToServer()
              .baseUrl("http://localhost:" + port)
              .responseTimeout(Duration.ofSeconds(60))
              .build();
      awaitUp(other, otherClient);
      assertThat(servedVersion(otherClient)).isNull();

      PluginInstallTest.upload(
              PluginInstallTest.ops(first), RuntimePluginJars.jar("1.0.0", 80, true), false)
          .expectStatus()
          .isCreated();
      assertThat(await(() -> servedVersion(otherClient), "1.0.0")).isLessThan(WITHIN);

      WebTestClient otherOps =
          otherClient
              .mutate()
              .defaultHeader("Authorization", "Bearer " + platformAdminToken(otherClient))
              .build();
      PluginInstallTest.upload(otherOps, RuntimePluginJars.jar("2.0.0", 90, true), false)
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
    } finally {
      if (other != null) {
        other.destroy();
        if (!other.waitFor(60, TimeUnit.SECONDS)) {
          other.destroyForcibly();
        }
      }
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

  private static String platformAdminToken(WebTestClient client) {
    Map<?, ?> body =
        client
            .post()
            .uri("/api/v1/dev/token")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("subject", "ops", "roles", List.of("PLATFORM_ADMIN")))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    return (String) body.get("access_token");
  }

  private static void awaitUp(Process server, WebTestClient client) throws InterruptedException {
    Instant start = Instant.now();
    while (true) {
      assertThat(server.isAlive())
          .as("the forked server runs; see target/plugin-replica-process.log")
          .isTrue();
      assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMinutes(4));
      try {
        if (client
            .get()
            .uri("/api/v1/plans")
            .exchange()
            .returnResult(String.class)
            .getStatus()
            .is2xxSuccessful()) {
          return;
        }
      } catch (RuntimeException notYet) {
        // Connection refused until the server listens.
      }
      Thread.sleep(500);
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** A Shequ server in a JVM of its own, with this one's class path, on the same database. */
  private static Process fork(
      TestDatabase db, Path plugins, Path tenants, Path data, int port, Path log) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(
        List.of(
            "-Xmx512m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            ShequApplication.class.getName()));
    for (String p : db.springProperties()) {
      command.add("--" + p);
    }
    command.addAll(
        List.of(
            "--shequ.embedded-database.active=true",
            "--shequ.embedded-database.enabled=false",
            "--shequ.data-dir=" + data,
            "--shequ.plugins-dir=" + plugins,
            "--shequ.tenants-dir=" + tenants,
            "--shequ.demo-data.enabled=false",
            // Its class path names the change log's files differently from this JVM's, so it
            // leaves migrations to the first replica rather than re-running them under new names.
            "--spring.liquibase.enabled=false",
            "--server.port=" + port,
            "--logging.level.root=WARN"));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}

package org.shequ.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.server.support.RunningServer;
import tools.jackson.databind.JsonNode;

/**
 * The embedded PostgreSQL killed with {@code kill -9} in the middle of concurrent report writes:
 * every write the server acknowledged is still there, callers meanwhile get {@code 503}
 * problem+json with {@code Retry-After}, and the server heals itself: health goes DOWN with the
 * reason and back UP without anyone's help.
 */
class EmbeddedPostgresCrashTest {

  @Test
  void killingThePostmasterUnderLoadLosesNoAcknowledgedWriteAndHealsItself(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("data");
    try (RunningServer server = ReportLoad.embeddedServer(dir)) {
      ReportLoad load = new ReportLoad(server.port()).signIn();
      List<String> units = load.createCommunities("k", 40);
      long firstPostmaster = postmasterPid(data);

      List<JsonNode> downs = new CopyOnWriteArrayList<>();
      AtomicBoolean killed = new AtomicBoolean();
      Thread watcher = healthWatcher(load, downs);
      List<ReportLoad.Outcome> outcomes =
          load.writeConcurrently(
              ReportLoad.writes(units),
              8,
              acknowledged -> {
                if (acknowledged == 40 && killed.compareAndSet(false, true)) {
                  ProcessHandle.of(firstPostmaster).orElseThrow().destroyForcibly();
                }
              });

      assertThat(killed)
          .as(
              "the postmaster was killed mid-load; answers: %s; first refusal: %s; PostgreSQL log: %s",
              outcomes.stream()
                  .collect(
                      java.util.stream.Collectors.groupingBy(
                          ReportLoad.Outcome::status, java.util.stream.Collectors.counting())),
              outcomes.stream().filter(o -> !o.acknowledged()).findFirst().orElse(null),
              tail(data.resolve("embedded-postgres.log")))
          .isTrue();
      await().atMost(Duration.ofSeconds(60)).until(load::healthUp);
      watcher.interrupt();

      assertThat(ProcessHandle.of(firstPostmaster).map(ProcessHandle::isAlive))
          .isNotEqualTo(java.util.Optional.of(true));
      assertThat(postmasterPid(data)).as("a new postmaster runs").isNotEqualTo(firstPostmaster);
      assertThat(downs)
          .as("health went DOWN with the reason while the database was gone")
          .anySatisfy(
              h ->
                  assertThat(h.at("/components/embeddedPostgres/details/reason").asString())
                      .isNotBlank());
      assertThat(load.health().at("/components/embeddedPostgres/details/restarts").asInt())
          .isGreaterThanOrEqualTo(1);

      List<ReportLoad.Outcome> refused = outcomes.stream().filter(o -> !o.acknowledged()).toList();
      assertThat(refused).as("some writes met the outage").isNotEmpty();
      assertThat(refused)
          .allSatisfy(
              o -> {
                assertThat(o.status()).as(o.body()).isEqualTo(503);
                assertThat(o.contentType()).startsWith("application/problem+json");
                assertThat(o.retryAfter()).isNotBlank();
                assertThat(o.body()).contains("database-unavailable");
              });
      assertThat(outcomes.stream().filter(ReportLoad.Outcome::acknowledged).map(o -> o.write()))
          .as("every write got through in the end")
          .containsExactlyInAnyOrderElementsOf(ReportLoad.writes(units));
      load.assertEveryAcknowledgedWriteIsPresent(outcomes);
    }
  }

  /** Records every health document that is not UP, polled every 50 ms until interrupted. */
  private static Thread healthWatcher(ReportLoad load, List<JsonNode> downs) {
    Thread watcher =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                JsonNode health = load.health();
                if (health != null && !"UP".equals(health.path("status").asString())) {
                  downs.add(health);
                }
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "health-watcher");
    watcher.setDaemon(true);
    watcher.start();
    return watcher;
  }

  static String tail(Path log) throws Exception {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  static long postmasterPid(Path data) throws Exception {
    return Long.parseLong(
        Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim());
  }
}

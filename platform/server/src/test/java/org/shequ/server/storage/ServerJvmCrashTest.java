package org.shequ.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.server.ShequApplication;
import org.shequ.server.support.TestPaths;

/**
 * A server JVM killed with {@code kill -9} in the middle of concurrent report writes leaves its
 * PostgreSQL running; the next server on the same data directory must start anyway (stopping that
 * leftover postmaster) and still hold every write the dead one acknowledged. Both run as {@code
 * java} processes of their own, as an operator runs them.
 */
class ServerJvmCrashTest {

  @Test
  void aServerKilledUnderLoadRestartsOnItsDataDirectoryWithEveryAcknowledgedWrite(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("data");
    Path tenants = ReportLoad.tenantsDir(dir);
    // The forked servers' logs stay in target/ for whoever reads a failure.
    Process first = fork(data, tenants, Path.of("target", "server-jvm-crash-first.log"));
    Process second = null;
    long leftover = -1;
    try {
      ReportLoad load = new ReportLoad(portOf(first));
      awaitUp(first, load);
      load.signIn();
      List<String> units = load.createCommunities("j", 30);
      leftover = EmbeddedPostgresCrashTest.postmasterPid(data);

      AtomicBoolean killed = new AtomicBoolean();
      List<ReportLoad.Outcome> outcomes =
          load.writeConcurrently(
              ReportLoad.writes(units),
              6,
              acknowledged -> {
                if (acknowledged == 40 && killed.compareAndSet(false, true)) {
                  first.destroyForcibly(); // SIGKILL: no shutdown hook runs
                }
              });
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(killed).isTrue();
      assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive))
          .as("the killed server's PostgreSQL outlived it")
          .contains(true);
      assertThat(outcomes.stream().filter(ReportLoad.Outcome::acknowledged).count())
          .isGreaterThanOrEqualTo(40);

      // A new server on the same data directory starts, stopping the leftover postmaster first.
      Path secondLog = Path.of("target", "server-jvm-crash-second.log");
      second = fork(data, tenants, secondLog);
      ReportLoad again = new ReportLoad(portOf(second));
      awaitUp(second, again);
      assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive))
          .as("the leftover postmaster was stopped")
          .isNotEqualTo(Optional.of(true));
      again.signIn().assertEveryAcknowledgedWriteIsPresent(outcomes);

      // A normal stop takes the embedded PostgreSQL down with the server, and last: the server's
      // own connections (its LISTEN one included) close before the database goes.
      long postmaster = EmbeddedPostgresCrashTest.postmasterPid(data);
      second.destroy(); // SIGTERM
      assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> ProcessHandle.of(postmaster).map(p -> !p.isAlive()).orElse(true));
      assertThat(Files.readString(secondLog))
          .as("the database stopped under the server's feet")
          .doesNotContainPattern("Notifications on \\S+ lost")
          .doesNotContain("LISTEN connection is back")
          .doesNotContain("Async resource cleanup failed");
    } finally {
      first.destroyForcibly();
      if (second != null) {
        second.destroyForcibly();
      }
      if (leftover > 0) {
        ProcessHandle.of(leftover).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  private static void awaitUp(Process server, ReportLoad load) {
    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> !server.isAlive() || load.healthUp());
    assertThat(server.isAlive()).as("the forked server started; see its log in target/").isTrue();
  }

  /** Starts a Shequ server in a JVM of its own, with the tests' class path. */
  private static Process fork(Path data, Path tenants, Path log) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(
        List.of(
            "-Xmx512m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            ShequApplication.class.getName(),
            "--server.port=" + port,
            "--shequ.data-dir=" + data,
            "--shequ.tenants-dir=" + tenants,
            "--shequ.plugins-dir=" + TestPaths.pluginsDir(),
            "--shequ.demo-data.enabled=false",
            "--logging.level.root=WARN"));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    PORTS.put(process, port);
    return process;
  }

  private static final java.util.Map<Process, Integer> PORTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static int portOf(Process process) {
    return PORTS.get(process);
  }
}

package org.shequ.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded default's cold start, run as the README runs it ({@code java -jar
 * platform/server/target/shequ-server.jar}, no JVM options) on a fresh data directory: the time
 * from launch to readiness UP on the first start (initdb, schema, plugins, the repository's
 * tenants, synthetic demo data) and on a restart of the same directory.
 */
final class ColdStart {
  /** The times measured, the probe that answered, and the starts that failed, with why. */
  record Result(
      List<Duration> firstStarts, List<Duration> restarts, String probe, List<String> failures) {}

  private ColdStart() {}

  static Result measure(Options options, Path work) throws Exception {
    List<Duration> first = new ArrayList<>();
    List<Duration> restarts = new ArrayList<>();
    String probe = null;
    List<String> failures = new ArrayList<>();
    for (int i = 1; i <= options.coldStarts(); i++) {
      Path dir = Files.createDirectories(work.resolve("cold-start-" + i));
      List<String> args =
          List.of(
              "--shequ.data-dir=" + dir.resolve("data"),
              "--shequ.plugins-dir=" + options.pluginsDir(),
              "--shequ.tenants-dir=" + options.tenantsDir(),
              "--server.address=127.0.0.1");
      for (List<Duration> kind : List.of(first, restarts)) {
        String name = kind == first ? "first start" : "restart";
        try (ServerProcess server =
            ServerProcess.launch(
                options.serverJar(),
                dir.resolve(name.replace(' ', '-') + ".log"),
                Options.freePort(0),
                List.of(),
                args)) {
          Duration ready = server.awaitReady(Duration.ofSeconds(300));
          probe = server.probe();
          kind.add(ready);
          System.out.printf("cold start %d, %s: ready in %.1f s%n", i, name, seconds(ready));
        } catch (IllegalStateException e) {
          // A start that fails is a finding, not the end of the run.
          failures.add("%s %d: %s".formatted(name, i, e.getMessage()));
          System.out.printf("cold start %d, %s: %s%n", i, name, e.getMessage());
        }
        stopLeftoverPostgres(dir.resolve("data"));
      }
    }
    return new Result(first, restarts, probe, failures);
  }

  /**
   * A server stopped by SIGTERM stops its embedded PostgreSQL; if one survived, stop it, so the
   * next start is a cold one and nothing is left running.
   */
  private static void stopLeftoverPostgres(Path data) throws Exception {
    try (var found = Files.find(data, 3, (p, a) -> p.endsWith("postmaster.pid"))) {
      for (Path pidFile : found.toList()) {
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        ProcessHandle.of(pid)
            .ifPresent(
                h -> {
                  System.out.println("stopping the PostgreSQL the server left running: " + pid);
                  h.destroy();
                  h.onExit().join();
                });
      }
    }
  }

  static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}

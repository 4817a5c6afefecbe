package org.shequ.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded default's cold start on a fresh data directory: the time from launch to readiness UP
 * on the first start (initdb, schema, plugins, the repository's tenants, synthetic demo data) and
 * on a restart of the same directory. Measured two ways, run after run: as the README runs it (the
 * jar the build extracts, with the class data sharing archive its training run made) and as plain
 * {@code java -jar} of the fat jar with no JVM options, so the gain of the archive is shown too.
 */
final class ColdStart {
  /** How the server is launched: a name, the jar and the JVM options. */
  record Way(String name, Path jar, List<String> jvmOptions) {
    /** The command as a reader types it. */
    String command() {
      List<String> words = new ArrayList<>(List.of("java"));
      words.addAll(jvmOptions);
      words.addAll(List.of("-jar", jar.toString()));
      return String.join(" ", words);
    }
  }

  /** One way's times. */
  record Runs(Way way, List<Duration> firstStarts, List<Duration> restarts) {}

  /** The times measured per way, the probe that answered, and the starts that failed, with why. */
  record Result(List<Runs> runs, String probe, List<String> failures) {}

  /** What the JVM prints when it cannot map the archive; it then starts without it. */
  private static final String ARCHIVE_UNUSED = "Unable to use shared archive";

  private ColdStart() {}

  /** The ways measured: the README's (when the build made an archive) and plain java -jar. */
  static List<Way> ways(Options options) {
    List<Way> ways = new ArrayList<>();
    Path extracted = options.serverJar().resolveSibling("shequ");
    Path archive = extracted.resolve("shequ.jsa");
    if (Files.isRegularFile(archive)) {
      ways.add(
          new Way(
              "README (extracted jar, CDS archive)",
              extracted.resolve(options.serverJar().getFileName()),
              List.of("-XX:SharedArchiveFile=" + archive)));
    }
    ways.add(new Way("plain java -jar", options.serverJar(), List.of()));
    return ways;
  }

  static Result measure(Options options, Path work) throws Exception {
    List<Runs> all = new ArrayList<>();
    for (Way way : ways(options)) {
      all.add(new Runs(way, new ArrayList<>(), new ArrayList<>()));
    }
    String probe = null;
    List<String> failures = new ArrayList<>();
    for (int i = 1; i <= options.coldStarts(); i++) {
      // Ways alternate within a round, so a machine that slows down weighs on both alike.
      for (int w = 0; w < all.size(); w++) {
        Runs runs = all.get(w);
        Path dir = Files.createDirectories(work.resolve("cold-start-" + i + "-" + w));
        List<String> args =
            List.of(
                "--shequ.data-dir=" + dir.resolve("data"),
                "--shequ.plugins-dir=" + options.pluginsDir(),
                "--shequ.tenants-dir=" + options.tenantsDir(),
                "--server.address=127.0.0.1");
        for (List<Duration> kind : List.of(runs.firstStarts(), runs.restarts())) {
          String name = kind == runs.firstStarts() ? "first start" : "restart";
          Path log = dir.resolve(name.replace(' ', '-') + ".log");
          try (ServerProcess server =
              ServerProcess.launch(
                  runs.way().jar(), log, Options.freePort(0), runs.way().jvmOptions(), args)) {
            Duration ready = server.awaitReady(Duration.ofSeconds(300));
            probe = server.probe();
            if (Files.readString(log).contains(ARCHIVE_UNUSED)) {
              throw new IllegalStateException("the JVM did not use the CDS archive; see " + log);
            }
            kind.add(ready);
            System.out.printf(
                "cold start %d, %s, %s: ready in %.1f s%n",
                i, runs.way().name(), name, seconds(ready));
          } catch (IllegalStateException e) {
            // A start that fails is a finding, not the end of the run.
            failures.add("%s, %s %d: %s".formatted(runs.way().name(), name, i, e.getMessage()));
            System.out.printf("cold start %d, %s: %s%n", i, name, e.getMessage());
          }
          stopLeftoverPostgres(dir.resolve("data"));
        }
      }
    }
    return new Result(all, probe, failures);
  }

  /**
   * A server stopped by SIGTERM stops its embedded PostgreSQL; if one survived, stop it, so the
   * next start is a cold one and nothing is left running.
   */
  private static void stopLeftoverPostgres(Path data) throws Exception {
    if (!Files.isDirectory(data)) {
      return;
    }
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

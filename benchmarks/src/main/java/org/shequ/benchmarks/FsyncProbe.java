package org.shequ.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the disk under the database takes to make a write durable, measured by PostgreSQL's own
 * {@code pg_test_fsync} on the data directory's filesystem: a durable commit cannot answer sooner
 * than one WAL flush, so this bounds the rate of commits that do not share a flush.
 */
final class FsyncProbe {
  /** One line of pg_test_fsync's output: a method and its rate. */
  record Method(String section, String name, double opsPerSecond, double microsPerOp) {}

  /** What was found: the tool's path (empty when absent) and its figures. */
  record Result(Optional<Path> tool, List<Method> methods, String note) {
    /** The figure of the method PostgreSQL syncs its WAL with, in the 8 kB single-write test. */
    Optional<Method> walFlush(String walSyncMethod) {
      return methods.stream()
          .filter(m -> m.section().contains("one 8kB write"))
          .filter(m -> m.name().equals(walSyncMethod))
          .findFirst();
    }
  }

  private static final Pattern LINE =
      Pattern.compile("^\\s+(.+?)\\s+([0-9.]+) ops/sec\\s+([0-9.]+) usecs/op");

  private FsyncProbe() {}

  static Result run(Path dir, int secondsPerTest) throws Exception {
    Optional<Path> tool = find();
    if (tool.isEmpty()) {
      return new Result(
          tool, List.of(), "pg_test_fsync was not found under /usr/lib/postgresql/*/bin");
    }
    Path file = dir.resolve("pg_test_fsync.out");
    Process p =
        new ProcessBuilder(
                tool.get().toString(),
                "-f",
                file.toString(),
                "-s",
                Integer.toString(secondsPerTest))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      return new Result(tool, List.of(), "pg_test_fsync failed: " + out.strip());
    }
    Files.deleteIfExists(file);
    return new Result(tool, parse(out), "");
  }

  static List<Method> parse(String out) {
    List<Method> methods = new ArrayList<>();
    String section = "";
    for (String line : out.split("\n")) {
      if (!line.startsWith(" ") && line.strip().endsWith(":")) {
        section = line.strip();
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (m.find()) {
        methods.add(
            new Method(
                section,
                m.group(1),
                Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3))));
      }
    }
    return methods;
  }

  private static Optional<Path> find() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    Path best = null;
    try (DirectoryStream<Path> versions = Files.newDirectoryStream(root)) {
      for (Path v : versions) {
        Path tool = v.resolve("bin/pg_test_fsync");
        if (Files.isExecutable(tool) && (best == null || v.compareTo(best.getParent()) > 0)) {
          best = tool;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}

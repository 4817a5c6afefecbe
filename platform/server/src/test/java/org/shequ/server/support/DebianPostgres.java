package org.shequ.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL cluster of Debian's own server packages ({@code /usr/lib/postgresql/<version>/bin}),
 * in a temporary directory of its own, listening on 127.0.0.1 with SCRAM passwords for every role,
 * as an operator's external PostgreSQL would. Root runs it in a user namespace, as PostgreSQL
 * refuses to run as root.
 *
 * <p>Without Debian's PostgreSQL the calling test is skipped, unless {@code
 * SHEQU_EXTERNAL_PG_TESTS=required} (as in CI), where it fails.
 */
public final class DebianPostgres implements AutoCloseable {
  /** The superuser initdb makes. */
  public static final String SUPERUSER = "postgres";

  private final Path bin;
  private final Path dir;
  private final int port;
  private final String superuserPassword;

  private DebianPostgres(Path bin, Path dir, int port, String superuserPassword) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.superuserPassword = superuserPassword;
  }

  /** The newest Debian PostgreSQL's bin directory, if one is installed. */
  public static Optional<Path> installed() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(Comparator.comparingInt(DebianPostgres::major));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int major(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Skips the test without Debian's PostgreSQL, or fails it where it is required. */
  public static Path requireInstalled() {
    Optional<Path> bin = installed();
    if (bin.isEmpty() && "required".equals(System.getenv("SHEQU_EXTERNAL_PG_TESTS"))) {
      throw new IllegalStateException(
          "SHEQU_EXTERNAL_PG_TESTS=required but no /usr/lib/postgresql/*/bin/initdb: install"
              + " Debian's postgresql package");
    }
    Assumptions.assumeTrue(bin.isPresent(), "Debian's PostgreSQL is not installed");
    return bin.get();
  }

  /** A new cluster on {@code port}, started. */
  public static DebianPostgres start(int port) {
    Path bin = requireInstalled();
    try {
      Path dir = Files.createTempDirectory("shequ-debian-pg");
      String password = "pg-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
      Path pwfile = dir.resolve("pwfile");
      Files.writeString(pwfile, password + "\n");
      DebianPostgres pg = new DebianPostgres(bin, dir, port, password);
      pg.run(
          List.of(
              pg.program("initdb"),
              "-D",
              dir.resolve("data").toString(),
              "-U",
              SUPERUSER,
              "--pwfile=" + pwfile,
              "--auth=scram-sha-256",
              "-E",
              "UTF8",
              "--locale=C.UTF-8"),
          null);
      pg.run(
          List.of(
              pg.program("pg_ctl"),
              "-D",
              dir.resolve("data").toString(),
              "-l",
              dir.resolve("postgres.log").toString(),
              "-w",
              "-o",
              "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dir,
              "start"),
          null);
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return port;
  }

  public String superuserPassword() {
    return superuserPassword;
  }

  /** The server's major version, e.g. 15. */
  public int majorVersion() {
    return major(bin);
  }

  /**
   * Runs {@code sql} through Debian's {@code psql} as the superuser, stopping at the first error,
   * with the given psql variables ({@code -v name=value}); psql's output.
   */
  public String psql(String sql, String... variables) {
    try {
      Path file = dir.resolve("script-" + System.nanoTime() + ".sql");
      Files.writeString(file, sql);
      List<String> command = new ArrayList<>(List.of(bin.resolve("psql").toString()));
      command.addAll(
          List.of(
              "-X",
              "-h",
              "127.0.0.1",
              "-p",
              String.valueOf(port),
              "-U",
              SUPERUSER,
              "-d",
              "postgres",
              "-v",
              "ON_ERROR_STOP=1"));
      for (String v : variables) {
        command.addAll(List.of("-v", v));
      }
      command.addAll(List.of("-f", file.toString()));
      return run(command, superuserPassword);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** PostgreSQL refuses to run as root: root runs it in a user namespace of its own. */
  private String program(String name) {
    return bin.resolve(name).toString();
  }

  private String run(List<String> command, String pgPassword) throws IOException {
    List<String> full = new ArrayList<>();
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root && !command.get(0).endsWith("/psql")) {
      full.addAll(List.of("unshare", "-U"));
    }
    full.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
    if (pgPassword != null) {
      builder.environment().put("PGPASSWORD", pgPassword);
    }
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(full + " did not finish: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command.subList(0, 1))
              + " failed ("
              + process.exitValue()
              + "):\n"
              + output);
    }
    return output;
  }

  @Override
  public void close() {
    try {
      run(
          List.of(
              program("pg_ctl"), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"),
          null);
    } catch (IOException | RuntimeException e) {
      // Already gone: nothing to stop.
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is harmless.
    }
  }
}

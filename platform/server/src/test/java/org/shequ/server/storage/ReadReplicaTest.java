package org.shequ.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.server.security.Role;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestDatabase;
import org.shequ.server.support.TestPaths;
import org.shequ.server.support.TestPostgres;

/**
 * National reads served by a read replica: a real streaming replica of Debian's PostgreSQL (a
 * primary initialised with {@code wal_level=replica}, a standby made by {@code pg_basebackup -R}),
 * the server's own database on the primary and {@code shequ.national-database.url} on the standby.
 * The primary refuses the national role outright (its {@code pg_hba.conf}, which is not
 * replicated), so a comparison that answers was read on the standby; and the standby shows the
 * national role's connections.
 *
 * <p>Skipped where Debian's PostgreSQL server is not installed, unless {@code
 * SHEQU_EXTERNAL_PG_TESTS=required}, which fails it instead.
 */
class ReadReplicaTest {
  private static final String DATABASE = "shequ";

  @Test
  void comparisonReadsAreServedByTheStandby(@TempDir Path dir) throws Exception {
    Path bin = debianPostgres();
    int primaryPort = freePort(18520);
    int standbyPort = freePort(primaryPort + 1);
    Path primary = dir.resolve("primary");
    Path standby = dir.resolve("standby");
    List<Path> started = new ArrayList<>();
    try {
      run(
          bin,
          "initdb",
          "-D",
          primary.toString(),
          "-U",
          "postgres",
          "-A",
          "trust",
          "-E",
          "UTF8",
          "--locale=C",
          "--no-sync");
      Files.writeString(
          primary.resolve("postgresql.conf"),
          settings(primaryPort, dir) + "wal_level = replica\nmax_wal_senders = 4\n",
          java.nio.file.StandardOpenOption.APPEND);
      // The primary admits replication and every role but the national one.
      Files.writeString(
          primary.resolve("pg_hba.conf"),
          "host all "
              + TestPostgres.NATIONAL_ROLE
              + " 127.0.0.1/32 reject\n"
              + "host all all 127.0.0.1/32 trust\n"
              + "host replication postgres 127.0.0.1/32 trust\n");
      start(bin, primary, started);
      prepare(primaryPort);

      run(
          bin,
          "pg_basebackup",
          "-h",
          "127.0.0.1",
          "-p",
          Integer.toString(primaryPort),
          "-U",
          "postgres",
          "-D",
          standby.toString(),
          "-R",
          "-X",
          "stream");
      Files.writeString(
          standby.resolve("postgresql.conf"),
          settings(standbyPort, dir) + "hot_standby = on\n",
          java.nio.file.StandardOpenOption.APPEND);
      // The standby admits everyone, the national role included.
      Files.writeString(standby.resolve("pg_hba.conf"), "host all all 127.0.0.1/32 trust\n");
      start(bin, standby, started);
      assertThat(query(standbyPort, "SELECT pg_is_in_recovery()::text")).isEqualTo("true");

      TestDatabase db =
          new TestDatabase(
              "127.0.0.1",
              primaryPort,
              DATABASE,
              "postgres",
              "",
              TestPostgres.APP_ROLE,
              TestPostgres.APP_PASSWORD,
              TestPostgres.NATIONAL_ROLE,
              TestPostgres.NATIONAL_PASSWORD);
      try (RunningServer server =
          RunningServer.start(
              db,
              "shequ.national-database.url=r2dbc:postgresql://127.0.0.1:"
                  + standbyPort
                  + "/"
                  + DATABASE,
              "shequ.plugins-dir=" + TestPaths.pluginsDir(),
              "shequ.tenants-dir=" + TestPaths.tenantsDir(),
              "shequ.embedded-database.enabled=false")) {
        // The standby has replayed the schema and the tenants the primary's server wrote.
        awaitReplayed(standbyPort);
        var analyst =
            server
                .client(server.token("analyst", null, null, Role.NATIONAL_ANALYST))
                .mutate()
                .responseTimeout(Duration.ofSeconds(60))
                .build();
        analyst
            .get()
            .uri("/api/v1/comparison/matrix?period=2019")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.tenants.length()")
            .value(n -> assertThat((Integer) n).isPositive());

        String national =
            "SELECT count(*)::text FROM pg_stat_activity WHERE usename = '"
                + TestPostgres.NATIONAL_ROLE
                + "'";
        assertThat(Integer.parseInt(query(standbyPort, national))).isPositive();
        assertThat(query(primaryPort, national)).isEqualTo("0");
        // The server's own work stays on the primary.
        assertThat(
                Integer.parseInt(
                    query(
                        primaryPort,
                        "SELECT count(*)::text FROM pg_stat_activity WHERE usename = '"
                            + TestPostgres.APP_ROLE
                            + "'")))
            .isPositive();
      }
    } finally {
      for (int i = started.size() - 1; i >= 0; i--) {
        stop(bin, started.get(i));
      }
    }
  }

  private static String settings(int port, Path dir) {
    return "\nport = "
        + port
        + "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '"
        + dir
        + "'\nmax_connections = 50\n";
  }

  /** The database and the application's and national roles, as an operator makes them. */
  private static void prepare(int port) throws SQLException {
    try (Connection c = connect(port, "postgres");
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + DATABASE);
      st.execute(
          "CREATE ROLE "
              + TestPostgres.APP_ROLE
              + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '"
              + TestPostgres.APP_PASSWORD
              + "'");
      st.execute(
          "CREATE ROLE "
              + TestPostgres.NATIONAL_ROLE
              + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '"
              + TestPostgres.NATIONAL_PASSWORD
              + "'");
    }
  }

  /** Waits until the standby holds the tenants the server provisioned on the primary. */
  private static void awaitReplayed(int standbyPort) throws Exception {
    Instant start = Instant.now();
    while (true) {
      try {
        if (Integer.parseInt(queryIn(standbyPort, DATABASE, "SELECT count(*)::text FROM tenant"))
            > 0) {
          return;
        }
      } catch (SQLException notYet) {
        // The table is not replayed yet.
      }
      assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
      Thread.sleep(200);
    }
  }

  private static String query(int port, String sql) throws SQLException {
    return queryIn(port, DATABASE, sql);
  }

  private static String queryIn(int port, String database, String sql) throws SQLException {
    try (Connection c = connect(port, database);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static Connection connect(int port, String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
  }

  /** The newest {@code /usr/lib/postgresql/<version>/bin}, or the test is skipped (or fails). */
  private static Path debianPostgres() throws IOException {
    Optional<Path> bin = Optional.empty();
    Path root = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(root)) {
      List<Path> versions = new ArrayList<>();
      try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
        dirs.forEach(versions::add);
      }
      bin =
          versions.stream()
              .map(v -> v.resolve("bin"))
              .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
              .filter(b -> Files.isExecutable(b.resolve("pg_basebackup")))
              .max(Comparator.comparing(ReadReplicaTest::version));
    }
    if (bin.isEmpty()) {
      String message = "Debian's PostgreSQL server is not installed (/usr/lib/postgresql/*/bin)";
      if ("required".equals(System.getenv("SHEQU_EXTERNAL_PG_TESTS"))) {
        throw new AssertionError(message + ", and SHEQU_EXTERNAL_PG_TESTS=required");
      }
      Assumptions.abort(message);
    }
    return bin.get();
  }

  private static int version(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int freePort(int from) throws IOException {
    for (int port = from; port < 18600; port++) {
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        return port;
      } catch (IOException taken) {
        // Try the next one.
      }
    }
    throw new IOException("no free port in 18520-18599");
  }

  private static void start(Path bin, Path data, List<Path> started) throws IOException {
    run(bin, "pg_ctl", "-D", data.toString(), "-l", data + ".log", "-w", "-t", "120", "start");
    started.add(data);
  }

  private static void stop(Path bin, Path data) {
    try {
      run(bin, "pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
    } catch (IOException e) {
      System.err.println("could not stop PostgreSQL in " + data + ": " + e.getMessage());
    }
  }

  /**
   * Runs a PostgreSQL program to its end. PostgreSQL refuses to run as root: root runs it in a user
   * namespace, as the embedded PostgreSQL does.
   */
  private static void run(Path bin, String program, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      command.addAll(List.of("unshare", "-U"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(program + " did not finish: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + output);
    }
  }
}

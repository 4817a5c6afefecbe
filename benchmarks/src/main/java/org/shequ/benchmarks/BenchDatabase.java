package org.shequ.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL for the benchmark: embedded, in a directory of its own, tuned modestly, and as
 * durable as Shequ's own embedded database (zonky turns {@code fsync} off unless told otherwise),
 * so the figures are those of a server that loses no acknowledged write. The bulk load is durable
 * too: it commits a few large statements, so waiting for the WAL costs it next to nothing.
 */
final class BenchDatabase implements AutoCloseable {
  static final String DB = "shequ_bench";
  static final String APP_ROLE = "shequ_app";
  static final String APP_PASSWORD = "bench";
  static final String NATIONAL_ROLE = "shequ_national";
  static final String NATIONAL_PASSWORD = "bench-national";

  /** The settings a durable commit depends on, shown in the page as {@code SHOW} gives them. */
  static final List<String> DURABILITY =
      List.of(
          "fsync",
          "full_page_writes",
          "synchronous_commit",
          "wal_sync_method",
          "commit_delay",
          "wal_level",
          "server_version");

  private final EmbeddedPostgres pg;
  private final Path dir;

  private BenchDatabase(EmbeddedPostgres pg, Path dir) {
    this.pg = pg;
    this.dir = dir;
  }

  static BenchDatabase start(Path dir) throws Exception {
    EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir)
            .setCleanDataDirectory(true)
            .setServerConfig("max_connections", "200")
            .setServerConfig("shared_buffers", "1GB")
            .setServerConfig("work_mem", "64MB")
            .setServerConfig("maintenance_work_mem", "512MB")
            .setServerConfig("max_wal_size", "8GB")
            .setServerConfig("fsync", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("synchronous_commit", "on")
            .start();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + DB);
      s.execute(
          "CREATE ROLE "
              + APP_ROLE
              + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '"
              + APP_PASSWORD
              + "'");
      s.execute(
          "CREATE ROLE "
              + NATIONAL_ROLE
              + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '"
              + NATIONAL_PASSWORD
              + "'");
    }
    return new BenchDatabase(pg, dir);
  }

  int port() {
    return pg.getPort();
  }

  /** A connection as the schema owner (a superuser: loads data past row-level security). */
  Connection owner() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port() + "/" + DB, "postgres", "postgres");
  }

  /** Fails unless the server runs with PostgreSQL's durable settings, as measurements must. */
  void requireDurable() throws SQLException {
    try (Connection c = owner();
        Statement s = c.createStatement()) {
      for (String setting : new String[] {"fsync", "full_page_writes", "synchronous_commit"}) {
        try (var rs = s.executeQuery("SHOW " + setting)) {
          rs.next();
          if (!"on".equals(rs.getString(1))) {
            throw new IllegalStateException(
                "the benchmark's PostgreSQL runs with " + setting + " = " + rs.getString(1));
          }
        }
      }
    }
  }

  /** The values of {@link #DURABILITY}, by name, as the running server reports them. */
  Map<String, String> settings() throws SQLException {
    Map<String, String> values = new LinkedHashMap<>();
    try (Connection c = owner();
        Statement s = c.createStatement()) {
      for (String setting : DURABILITY) {
        try (var rs = s.executeQuery("SHOW " + setting)) {
          rs.next();
          values.put(setting, rs.getString(1));
        }
      }
    }
    return values;
  }

  /** The postmaster's process id, from its {@code postmaster.pid}. */
  long postmasterPid() throws java.io.IOException {
    return Long.parseLong(
        java.nio.file.Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
  }

  /** The data directory, for measuring its filesystem's flush latency. */
  Path directory() {
    return dir;
  }

  /** A connection as the application's role, for the hand-written SQL floor. */
  Connection app() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port() + "/" + DB, APP_ROLE, APP_PASSWORD);
  }

  /** A connection as the read-only national role, for the hand-written all-tenant floor. */
  Connection national() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port() + "/" + DB, NATIONAL_ROLE, NATIONAL_PASSWORD);
  }

  @Override
  public void close() throws Exception {
    pg.close();
  }
}

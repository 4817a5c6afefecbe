package org.shequ.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A real PostgreSQL for the benchmark: embedded, in a directory of its own, tuned modestly. */
final class BenchDatabase implements AutoCloseable {
  static final String DB = "shequ_bench";
  static final String APP_ROLE = "shequ_app";
  static final String APP_PASSWORD = "bench";
  static final String NATIONAL_ROLE = "shequ_national";
  static final String NATIONAL_PASSWORD = "bench-national";
  private final EmbeddedPostgres pg;

  private BenchDatabase(EmbeddedPostgres pg) {
    this.pg = pg;
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
    return new BenchDatabase(pg);
  }

  int port() {
    return pg.getPort();
  }

  /** A connection as the schema owner (a superuser: loads data past row-level security). */
  Connection owner() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port() + "/" + DB, "postgres", "postgres");
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

package org.shequ.server.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests use, started once per JVM: a Testcontainers PostgreSQL when a
 * Docker engine answers, otherwise the embedded PostgreSQL, otherwise the server named by {@code
 * SHEQU_TEST_PG_URL} ({@code postgresql://user:password@host:port/db}, a superuser). The log says
 * which. Each caller gets its own fresh database on it.
 */
public final class TestPostgres {
  private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
  public static final String APP_ROLE = "shequ_app";
  public static final String APP_PASSWORD = "shequ_app_test";
  public static final String NATIONAL_ROLE = "shequ_national";
  public static final String NATIONAL_PASSWORD = "shequ_national_test";
  private static final AtomicInteger counter = new AtomicInteger();
  private static volatile Server server;

  /** Where the server is and how to reach it as a superuser. */
  private record Server(String kind, String host, int port, String user, String password) {}

  private TestPostgres() {}

  /** A new, empty database with the application and national roles ready, on the shared server. */
  public static TestDatabase newDatabase(String prefix) {
    Server s = server();
    String name =
        prefix.toLowerCase().replaceAll("[^a-z0-9_]", "_")
            + "_"
            + counter.incrementAndGet()
            + "_"
            + ProcessHandle.current().pid();
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://" + s.host() + ":" + s.port() + "/postgres",
                s.user(),
                s.password());
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
      try (var rs = st.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + APP_ROLE + "'")) {
        if (!rs.next()) {
          st.execute(
              "CREATE ROLE "
                  + APP_ROLE
                  + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '"
                  + APP_PASSWORD
                  + "'");
        }
      }
      nationalRole(st);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return new TestDatabase(
        s.host(),
        s.port(),
        name,
        s.user(),
        s.password(),
        APP_ROLE,
        APP_PASSWORD,
        NATIONAL_ROLE,
        NATIONAL_PASSWORD);
  }

  /**
   * The national role, able to log in as an operator of an external database sets it up (the schema
   * would create it without LOGIN otherwise).
   */
  private static void nationalRole(Statement st) throws SQLException {
    try (var rs =
        st.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + NATIONAL_ROLE + "'")) {
      if (!rs.next()) {
        st.execute("CREATE ROLE " + NATIONAL_ROLE + " NOSUPERUSER NOBYPASSRLS");
      }
    }
    st.execute("ALTER ROLE " + NATIONAL_ROLE + " LOGIN PASSWORD '" + NATIONAL_PASSWORD + "'");
  }

  /** Which kind of server the tests run on: testcontainers, embedded or external. */
  public static String kind() {
    return server().kind();
  }

  private static Server server() {
    Server s = server;
    if (s == null) {
      synchronized (TestPostgres.class) {
        if (server == null) {
          server = start();
          log.info(
              "Tests use PostgreSQL from {} at {}:{}", server.kind(), server.host(), server.port());
        }
        s = server;
      }
    }
    return s;
  }

  private static Server start() {
    if (dockerAnswers()) {
      PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
      container.start();
      Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
      return new Server(
          "testcontainers",
          container.getHost(),
          container.getFirstMappedPort(),
          container.getUsername(),
          container.getPassword());
    }
    try {
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg)));
      return new Server("embedded", "localhost", pg.getPort(), "postgres", "postgres");
    } catch (IOException | RuntimeException e) {
      String url = System.getenv("SHEQU_TEST_PG_URL");
      if (url == null || url.isBlank()) {
        throw new IllegalStateException(
            "no PostgreSQL for tests: no Docker engine, the embedded PostgreSQL failed, and"
                + " SHEQU_TEST_PG_URL is not set",
            e);
      }
      URI uri = URI.create(url);
      String[] userInfo = uri.getUserInfo().split(":", 2);
      return new Server(
          "external",
          uri.getHost(),
          uri.getPort(),
          userInfo[0],
          userInfo.length > 1 ? userInfo[1] : "");
    }
  }

  private static boolean dockerAnswers() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static void close(EmbeddedPostgres pg) {
    try {
      pg.close();
    } catch (IOException e) {
      log.warn("embedded PostgreSQL did not stop cleanly", e);
    }
  }
}

package org.shequ.server.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The embedded default: when no {@code spring.r2dbc.url} is configured, starts a real PostgreSQL
 * whose files live in {@code <shequ.data-dir>/postgres} and points R2DBC and Liquibase at it.
 *
 * <p>It runs before the application context exists because the connection factory and Liquibase
 * read their URLs while the context starts. Liquibase connects as the database owner; the
 * application connects as {@value #APP_ROLE}, a role without superuser or BYPASSRLS, so row-level
 * security binds it.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

  /** The role the application's R2DBC connections use. */
  public static final String APP_ROLE = "shequ_app";

  static final String DATABASE = "shequ";
  static final String PROPERTY_SOURCE = "shequEmbeddedPostgres";
  private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

  private final Log log;

  public EmbeddedPostgresEnvironment(DeferredLogFactory logFactory) {
    this.log = logFactory.getLog(EmbeddedPostgresEnvironment.class);
  }

  @Override
  public int getOrder() {
    // After application.yaml and the environment are read, so their settings count.
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (StringUtils.hasText(environment.getProperty("spring.r2dbc.url"))
        || !environment.getProperty("shequ.embedded-database.enabled", Boolean.class, true)) {
      return;
    }
    Path dataDir = Path.of(environment.getProperty("shequ.data-dir", "data")).toAbsolutePath();
    Path pgDir = dataDir.resolve("postgres").normalize();
    EmbeddedPostgres pg = RUNNING.computeIfAbsent(pgDir, this::start);
    String appPassword = environment.getProperty("shequ.embedded-database.app-password", APP_ROLE);
    prepare(pg, appPassword);
    int port = pg.getPort();
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("spring.r2dbc.url", "r2dbc:postgresql://localhost:" + port + "/" + DATABASE);
    props.put("spring.r2dbc.username", APP_ROLE);
    props.put("spring.r2dbc.password", appPassword);
    props.put("spring.liquibase.url", "jdbc:postgresql://localhost:" + port + "/" + DATABASE);
    props.put("spring.liquibase.user", "postgres");
    props.put("spring.liquibase.password", "postgres");
    props.put("shequ.embedded-database.active", "true");
    nationalRole(pg, props);
    environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, props));
    application.addListeners(new StopOnClose(pgDir));
    log.info("Embedded PostgreSQL on port " + port + ", data in " + pgDir);
  }

  private EmbeddedPostgres start(Path pgDir) {
    try {
      Files.createDirectories(pgDir);
      return EmbeddedPostgres.builder()
          .setDataDirectory(pgDir)
          .setCleanDataDirectory(false)
          .setServerConfig("max_connections", "200")
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + pgDir, e);
    }
  }

  /** Creates the database and the application role once; idempotent on every start. */
  private static void prepare(EmbeddedPostgres pg, String appPassword) {
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      try (var rs =
          s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
        if (!rs.next()) {
          s.execute("CREATE DATABASE " + DATABASE);
        }
      }
      try (var rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + APP_ROLE + "'")) {
        if (!rs.next()) {
          s.execute("CREATE ROLE " + APP_ROLE + " LOGIN NOSUPERUSER NOBYPASSRLS");
        }
      }
      s.execute(
          "ALTER ROLE "
              + APP_ROLE
              + " PASSWORD '"
              + appPassword.replace("'", "''")
              + "' NOSUPERUSER NOBYPASSRLS");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the embedded PostgreSQL", e);
    }
  }

  /** Stops the embedded server when the (root) application context closes. */
  private record StopOnClose(Path pgDir) implements ApplicationListener<ContextClosedEvent> {
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
      if (event.getApplicationContext().getParent() == null) {
        stop(pgDir);
      }
    }
  }

  /** Stops the embedded server of a data directory, if this JVM started one. */
  public static void stop(Path pgDir) {
    EmbeddedPostgres pg = RUNNING.remove(pgDir);
    if (pg != null) {
      try {
        pg.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Lets the read-only national role log in, with a password generated for this start, and points
   * national reads at it ({@code shequ.national-database.*}); the schema grants it its reads.
   */
  private static void nationalRole(EmbeddedPostgres pg, Map<String, Object> props) {
    String role = NationalDatabaseProperties.DEFAULT_USERNAME;
    byte[] secret = new byte[24];
    new java.security.SecureRandom().nextBytes(secret);
    String password = java.util.HexFormat.of().formatHex(secret);
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      try (var rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
        if (!rs.next()) {
          s.execute("CREATE ROLE " + role + " NOSUPERUSER NOBYPASSRLS");
        }
      }
      s.execute("ALTER ROLE " + role + " LOGIN PASSWORD '" + password + "'");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the national role", e);
    }
    props.put("shequ.national-database.username", role);
    props.put("shequ.national-database.password", password);
  }
}

package org.shequ.server.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
 * security binds it; national (all-tenant) reads use {@value #NATIONAL_ROLE}. Every role has a
 * generated password kept in the data directory ({@link EmbeddedPostgresSecrets}); an {@link
 * EmbeddedPostgresSupervisor} restarts the server if it dies.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

  /** The role the application's R2DBC connections use. */
  public static final String APP_ROLE = "shequ_app";

  /** The read-only role of national (all-tenant) reads. */
  public static final String NATIONAL_ROLE = "shequ_national";

  static final String DATABASE = "shequ";
  static final String PROPERTY_SOURCE = "shequEmbeddedPostgres";

  /** Set to the PostgreSQL data directory when the embedded database runs. */
  public static final String DIRECTORY_PROPERTY = "shequ.embedded-database.directory";

  private static final Map<Path, EmbeddedPostgresSupervisor> RUNNING = new ConcurrentHashMap<>();

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
    Path dataDir =
        Path.of(environment.getProperty("shequ.data-dir", "data")).toAbsolutePath().normalize();
    Path pgDir = dataDir.resolve("postgres");
    EmbeddedPostgresSecrets secrets = EmbeddedPostgresSecrets.loadOrGenerate(dataDir);
    EmbeddedPostgresSupervisor supervisor =
        RUNNING.computeIfAbsent(pgDir, dir -> start(dir, dataDir, secrets, log));
    EmbeddedPostgresProcess pg = supervisor.process();
    prepare(pg, secrets);
    String url = EmbeddedPostgresProcess.HOST + ":" + pg.port() + "/" + DATABASE;
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("spring.r2dbc.url", "r2dbc:postgresql://" + url);
    props.put("spring.r2dbc.username", APP_ROLE);
    props.put("spring.r2dbc.password", secrets.app());
    props.put("spring.liquibase.url", "jdbc:postgresql://" + url);
    props.put("spring.liquibase.user", EmbeddedPostgresSecrets.SUPERUSER);
    props.put("spring.liquibase.password", secrets.superuser());
    props.put("shequ.national-database.username", NATIONAL_ROLE);
    props.put("shequ.national-database.password", secrets.national());
    props.put("shequ.embedded-database.active", "true");
    props.put(DIRECTORY_PROPERTY, pgDir.toString());
    environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, props));
    application.addListeners(new StopOnClose(pgDir));
    log.info("Embedded PostgreSQL on " + url + ", data in " + pgDir);
  }

  private static EmbeddedPostgresSupervisor start(
      Path pgDir, Path dataDir, EmbeddedPostgresSecrets secrets, Log log) {
    try {
      EmbeddedPostgresSupervisor supervisor =
          EmbeddedPostgresSupervisor.start(
              new EmbeddedPostgresProcess(
                  pgDir, freePort(), secrets, dataDir.resolve("embedded-postgres.log"), log));
      // Only now does the database know the passwords: keep them.
      try {
        secrets.keepIfNew(dataDir);
      } catch (RuntimeException e) {
        supervisor.stop();
        throw e;
      }
      // A JVM that ends without closing its context still stops its database cleanly.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(pgDir), "embedded-postgres-stop"));
      return supervisor;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + pgDir, e);
    }
  }

  /** A port free now on loopback; kept for the life of the JVM so restarts keep their URLs. */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** The supervisor of a data directory's embedded server, if this JVM runs one. */
  public static Optional<EmbeddedPostgresSupervisor> supervisor(Path pgDir) {
    return Optional.ofNullable(RUNNING.get(pgDir.toAbsolutePath().normalize()));
  }

  /**
   * Creates the database and the roles the server logs in as, and gives them their passwords;
   * idempotent on every start.
   */
  private static void prepare(EmbeddedPostgresProcess pg, EmbeddedPostgresSecrets secrets) {
    try (Connection c = pg.superuser("postgres");
        Statement s = c.createStatement()) {
      try (var rs =
          s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
        if (!rs.next()) {
          s.execute("CREATE DATABASE " + DATABASE);
        }
      }
      loginRole(s, APP_ROLE, secrets.app());
      loginRole(s, NATIONAL_ROLE, secrets.national());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the embedded PostgreSQL", e);
    }
  }

  private static void loginRole(Statement s, String role, String password) throws SQLException {
    try (var rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
      if (!rs.next()) {
        s.execute("CREATE ROLE " + role + " LOGIN NOSUPERUSER NOBYPASSRLS");
      }
    }
    s.execute(
        "ALTER ROLE "
            + role
            + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '"
            + password.replace("'", "''")
            + "'");
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
    EmbeddedPostgresSupervisor supervisor = RUNNING.remove(pgDir.toAbsolutePath().normalize());
    if (supervisor != null) {
      supervisor.stop();
    }
  }
}

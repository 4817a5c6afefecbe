package org.shequ.server.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ConfigurableApplicationContext;
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
 *
 * <p>The server starts on a thread of its own, in parallel with the building of the context; its
 * port and passwords are chosen first, so the properties are set at once, and the first bean that
 * connects waits for it ({@link AwaitEmbeddedPostgres}).
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

  /** The role the application's R2DBC connections use. */
  public static final String APP_ROLE = "shequ_app";

  /** The read-only role of national (all-tenant) reads. */
  public static final String NATIONAL_ROLE = "shequ_national";

  static final String DATABASE = "shequ";
  static final String PROPERTY_SOURCE = "shequEmbeddedPostgres";

  /** Set to the PostgreSQL data directory when the embedded database runs. */
  public static final String DIRECTORY_PROPERTY = EmbeddedDatabaseProperties.PREFIX + ".directory";

  private static final Map<Path, EmbeddedStart> RUNNING = new ConcurrentHashMap<>();

  /** The data directories whose database an application context stops when it closes. */
  private static final Set<Path> STOPPED_BY_CONTEXT = ConcurrentHashMap.newKeySet();

  /**
   * How long the JVM's shutdown hook leaves the closing context to stop the database itself: the
   * web server's graceful shutdown (30 s at most by default) and the beans' destruction.
   */
  private static final Duration CONTEXT_STOP_WAIT = Duration.ofSeconds(60);

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
    Binder settings = Binder.get(environment);
    if (StringUtils.hasText(environment.getProperty("spring.r2dbc.url"))
        || !settings
            .bindOrCreate(EmbeddedDatabaseProperties.PREFIX, EmbeddedDatabaseProperties.class)
            .enabled()) {
      return;
    }
    Path dataDir =
        settings
            .bindOrCreate("shequ", StorageProperties.class)
            .dataDir()
            .toAbsolutePath()
            .normalize();
    Path pgDir = dataDir.resolve("postgres");
    // initdb and the postmaster's start take seconds: they run while the context is built, and
    // the first bean that connects waits for them (AwaitEmbeddedPostgres).
    EmbeddedStart start =
        RUNNING.computeIfAbsent(
            pgDir,
            dir -> begin(dir, dataDir, EmbeddedPostgresSecrets.loadOrGenerate(dataDir), log));
    EmbeddedPostgresSecrets secrets = start.secrets();
    String url = EmbeddedPostgresProcess.HOST + ":" + start.port() + "/" + DATABASE;
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("spring.r2dbc.url", "r2dbc:postgresql://" + url);
    props.put("spring.r2dbc.username", APP_ROLE);
    props.put("spring.r2dbc.password", secrets.app());
    props.put("spring.liquibase.url", "jdbc:postgresql://" + url);
    props.put("spring.liquibase.user", EmbeddedPostgresSecrets.SUPERUSER);
    props.put("spring.liquibase.password", secrets.superuser());
    props.put("shequ.national-database.username", NATIONAL_ROLE);
    props.put("shequ.national-database.password", secrets.national());
    props.put(EmbeddedDatabaseProperties.PREFIX + ".active", "true");
    props.put(DIRECTORY_PROPERTY, pgDir.toString());
    environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, props));
    application.addInitializers(
        context -> {
          context.getBeanFactory().addBeanPostProcessor(new AwaitEmbeddedPostgres(pgDir));
          stopLast(context, pgDir);
        });
    log.info("Embedded PostgreSQL on " + url + ", data in " + pgDir + " (starting)");
  }

  /**
   * A data directory's embedded server: its port and passwords, fixed at once, and the server
   * itself, started in the background.
   */
  record EmbeddedStart(
      int port,
      EmbeddedPostgresSecrets secrets,
      CompletableFuture<EmbeddedPostgresSupervisor> supervisor) {}

  private static EmbeddedStart begin(
      Path pgDir, Path dataDir, EmbeddedPostgresSecrets secrets, Log log) {
    int port;
    try {
      port = freePort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port for the embedded PostgreSQL", e);
    }
    CompletableFuture<EmbeddedPostgresSupervisor> supervisor = new CompletableFuture<>();
    Thread starter =
        new Thread(
            () -> {
              try {
                EmbeddedPostgresSupervisor started = start(pgDir, dataDir, port, secrets, log);
                prepare(started.process(), secrets);
                supervisor.complete(started);
              } catch (RuntimeException e) {
                supervisor.completeExceptionally(e);
              }
            },
            "embedded-postgres-start");
    starter.setDaemon(true);
    starter.start();
    return new EmbeddedStart(port, secrets, supervisor);
  }

  private static EmbeddedPostgresSupervisor start(
      Path pgDir, Path dataDir, int port, EmbeddedPostgresSecrets secrets, Log log) {
    try {
      long began = System.nanoTime();
      EmbeddedPostgresSupervisor supervisor =
          EmbeddedPostgresSupervisor.start(
              new EmbeddedPostgresProcess(
                  pgDir, port, secrets, dataDir.resolve("embedded-postgres.log"), log));
      // Only now does the database know the passwords: keep them.
      try {
        secrets.keepIfNew(dataDir);
      } catch (RuntimeException e) {
        supervisor.stop();
        throw e;
      }
      // A JVM that ends without closing its context still stops its database cleanly.
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> stopAfterContext(pgDir), "embedded-postgres-stop"));
      log.info(
          "Embedded PostgreSQL in "
              + pgDir
              + " answers after "
              + (System.nanoTime() - began) / 1_000_000
              + " ms");
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

  /**
   * The supervisor of a data directory's embedded server, if this JVM runs one and it has started.
   */
  public static Optional<EmbeddedPostgresSupervisor> supervisor(Path pgDir) {
    EmbeddedStart start = RUNNING.get(pgDir.toAbsolutePath().normalize());
    if (start == null || !start.supervisor().isDone()) {
      return Optional.empty();
    }
    return Optional.ofNullable(start.supervisor().getNow(null));
  }

  /** Whether this JVM is still starting the data directory's embedded server. */
  public static boolean starting(Path pgDir) {
    EmbeddedStart start = RUNNING.get(pgDir.toAbsolutePath().normalize());
    return start != null && !start.supervisor().isDone();
  }

  /**
   * Waits until the data directory's embedded server answers, with its database and roles in place;
   * throws why it could not start. Start-up thread only.
   */
  static EmbeddedPostgresSupervisor awaitStarted(Path pgDir) {
    EmbeddedStart start = RUNNING.get(pgDir.toAbsolutePath().normalize());
    if (start == null) {
      throw new IllegalStateException("no embedded PostgreSQL was started in " + pgDir);
    }
    try {
      return start.supervisor().join();
    } catch (CompletionException e) {
      RUNNING.remove(pgDir.toAbsolutePath().normalize(), start);
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
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

  /**
   * Stops the embedded server when the application context closes, after everything else: a bean
   * registered before all others is destroyed after all others, so the web server has drained its
   * requests (graceful shutdown) and the connection pools and listeners have closed before the
   * database goes. On a context closed event it would go first, under in-flight requests.
   */
  private static void stopLast(ConfigurableApplicationContext context, Path pgDir) {
    // Every Spring Boot context's bean factory is a DefaultListableBeanFactory.
    ((DefaultSingletonBeanRegistry) context.getBeanFactory())
        .registerDisposableBean("embeddedPostgresStop", () -> stop(pgDir));
    STOPPED_BY_CONTEXT.add(pgDir.toAbsolutePath().normalize());
  }

  /**
   * The JVM's shutdown hook. On SIGTERM it runs at the same time as Spring's, which closes the
   * context; when a context stops this database (last, see {@link #stopLast}), the hook waits for
   * that rather than pulling the database from under requests still draining.
   */
  private static void stopAfterContext(Path pgDir) {
    Path key = pgDir.toAbsolutePath().normalize();
    long deadline = System.nanoTime() + CONTEXT_STOP_WAIT.toNanos();
    while (STOPPED_BY_CONTEXT.contains(key)
        && RUNNING.containsKey(key)
        && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    stop(pgDir);
  }

  /** Stops the embedded server of a data directory, if this JVM started one. */
  public static void stop(Path pgDir) {
    EmbeddedStart start = RUNNING.remove(pgDir.toAbsolutePath().normalize());
    if (start != null) {
      try {
        start.supervisor().join().stop();
      } catch (CompletionException e) {
        // It never ran: nothing to stop.
      }
    }
  }
}

package org.shequ.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestPaths;

/**
 * An external PostgreSQL that restarts under a running server: while it is gone requests get {@code
 * 503} problem+json with {@code Retry-After}; once it is back the connection pool drops its broken
 * connections and the next requests succeed, without restarting the server.
 */
class ExternalDatabaseRestartTest {

  @Test
  void thePoolRecoversByItselfWhenTheDatabaseRestarts(@TempDir Path dir) throws Exception {
    Path pgData = dir.resolve("pg");
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    EmbeddedPostgres pg = external(pgData, port);
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE shequ");
      s.execute("CREATE ROLE shequ_app LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD 'app'");
    }
    String db = "//localhost:" + port + "/shequ";
    try (RunningServer server =
        RunningServer.start(
            "spring.r2dbc.url=r2dbc:postgresql:" + db,
            "spring.r2dbc.username=shequ_app",
            "spring.r2dbc.password=app",
            "spring.liquibase.url=jdbc:postgresql:" + db,
            "spring.liquibase.user=postgres",
            "spring.liquibase.password=postgres",
            "shequ.embedded-database.active=true",
            "shequ.data-dir=" + dir.resolve("data"),
            "shequ.tenants-dir=" + ReportLoad.tenantsDir(dir),
            "shequ.plugins-dir=" + TestPaths.pluginsDir())) {
      ReportLoad load = new ReportLoad(server.port()).signIn();
      List<String> units = load.createCommunities("x", 2);
      String path = "/api/v1/tenants/" + ReportLoad.TENANT + "/org-units/" + units.get(0);
      assertThat(load.send("GET", path, null, true).statusCode()).isEqualTo(200);

      pg.close();
      HttpResponse<String> gone = load.send("GET", path, null, true);
      assertThat(gone.statusCode()).as(gone.body()).isEqualTo(503);
      assertThat(gone.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(gone.headers().firstValue("Retry-After")).isPresent();
      assertThat(gone.body()).contains("database-unavailable");

      pg = external(pgData, port);
      long back = System.nanoTime();
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> load.send("GET", path, null, true).statusCode() == 200);
      assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofSeconds(30));
      // Every following request works too: no broken connection is left in the pool.
      for (int i = 0; i < 20; i++) {
        assertThat(load.send("GET", path, null, true).statusCode()).isEqualTo(200);
      }
      assertThat(load.createCommunities("y", 1)).hasSize(1);
    } finally {
      pg.close();
    }
  }

  /** A PostgreSQL of the test's own (not the shared test server) on a fixed port and directory. */
  private static EmbeddedPostgres external(Path dir, int port) throws Exception {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dir)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }
}

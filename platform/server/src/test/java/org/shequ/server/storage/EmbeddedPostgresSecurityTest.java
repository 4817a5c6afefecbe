package org.shequ.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.server.support.RunningServer;
import org.springframework.core.env.Environment;

/**
 * The embedded PostgreSQL is not an open door and loses nothing it acknowledged: started on a data
 * directory that an earlier version left trusting every local connection, it asks every role for a
 * generated password kept owner-only in the data directory, listens on loopback only, and runs with
 * PostgreSQL's durable settings.
 */
class EmbeddedPostgresSecurityTest {

  @Test
  void anOpenDataDirectoryOfAnEarlierVersionIsClosedAndRunsDurably(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("data");
    Path pgDir = data.resolve("postgres");
    // As earlier versions left it: zonky's cluster, trusting every loopback connection.
    EmbeddedPostgres.builder().setDataDirectory(pgDir).setCleanDataDirectory(false).start().close();
    assertThat(Files.readString(pgDir.resolve("pg_hba.conf"))).contains("trust");

    try (RunningServer server = ReportLoad.embeddedServer(dir)) {
      Path secretsFile = data.resolve("embedded-postgres.secrets");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretsFile)))
          .isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
          .isEqualTo("rwx------");
      Properties secrets = new Properties();
      try (Reader in = Files.newBufferedReader(secretsFile)) {
        secrets.load(in);
      }
      assertThat(secrets.getProperty("superuser")).hasSizeGreaterThan(30).isNotEqualTo("postgres");

      Environment env = server.bean(Environment.class);
      int port = URI.create(env.getProperty("spring.r2dbc.url").substring(6)).getPort();
      assertThat(env.getProperty("shequ.national-database.username")).isEqualTo("shequ_national");
      assertThat(env.getProperty("shequ.national-database.password"))
          .isEqualTo(secrets.getProperty("national"));
      assertThat(env.getProperty("spring.r2dbc.password")).isEqualTo(secrets.getProperty("app"));

      // Every line of pg_hba.conf asks for a SCRAM password; none trusts.
      List<String> rules =
          Files.readAllLines(pgDir.resolve("pg_hba.conf")).stream()
              .filter(l -> !l.isBlank() && !l.startsWith("#"))
              .toList();
      assertThat(rules).isNotEmpty().allSatisfy(l -> assertThat(l).endsWith("scram-sha-256"));

      try (Connection c = connect(port, "postgres", secrets.getProperty("superuser"));
          Statement s = c.createStatement()) {
        for (String setting : List.of("fsync", "full_page_writes", "synchronous_commit")) {
          assertThat(show(s, setting)).as(setting).isEqualTo("on");
        }
        assertThat(show(s, "listen_addresses")).isEqualTo("127.0.0.1");
        assertThat(show(s, "unix_socket_directories")).isEmpty();
        assertThat(show(s, "password_encryption")).isEqualTo("scram-sha-256");
        for (String role : List.of("shequ_app", "shequ_national")) {
          try (var rs =
              s.executeQuery(
                  "SELECT rolcanlogin, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = '"
                      + role
                      + "'")) {
            assertThat(rs.next()).as(role).isTrue();
            assertThat(rs.getBoolean(1)).as(role + " logs in").isTrue();
            assertThat(rs.getBoolean(2)).as(role + " superuser").isFalse();
            assertThat(rs.getBoolean(3)).as(role + " bypasses RLS").isFalse();
          }
        }
      }
      connect(port, "shequ_app", secrets.getProperty("app")).close();
      connect(port, "shequ_national", secrets.getProperty("national")).close();

      // No role gets in without its password, or with a wrong one.
      for (String role : List.of("postgres", "shequ_app", "shequ_national")) {
        assertThatThrownBy(() -> connect(port, role, "postgres"))
            .isInstanceOf(SQLException.class)
            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28P01"));
        assertThatThrownBy(() -> connect(port, role, role)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url(port), role, null))
            .isInstanceOf(SQLException.class);
      }

      // Only the loopback address listens on the port, and no Unix socket exists for it.
      assertThat(listeners(Path.of("/proc/net/tcp"), port)).containsExactly("0100007F");
      assertThat(listeners(Path.of("/proc/net/tcp6"), port)).isEmpty();
      assertThat(Path.of("/tmp/.s.PGSQL." + port)).doesNotExist();
    }
  }

  private static String show(Statement s, String setting) throws SQLException {
    try (var rs = s.executeQuery("SHOW " + setting)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static Connection connect(int port, String user, String password) throws SQLException {
    return DriverManager.getConnection(url(port), user, password);
  }

  private static String url(int port) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/shequ";
  }

  /** The local addresses (kernel hex) of sockets listening on a TCP port, from /proc/net. */
  private static List<String> listeners(Path table, int port) throws Exception {
    if (!Files.exists(table)) {
      return List.of();
    }
    String portHex = String.format(":%04X", port);
    return Files.readAllLines(table).stream()
        .skip(1)
        .map(String::trim)
        .map(l -> l.split("\\s+"))
        .filter(f -> f[1].endsWith(portHex) && f[3].equals("0A")) // 0A: LISTEN
        .map(f -> f[1].substring(0, f[1].indexOf(':')))
        .toList();
  }
}

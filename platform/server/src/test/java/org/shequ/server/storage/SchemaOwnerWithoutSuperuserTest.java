package org.shequ.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shequ.server.demo.DemoDataSeeding;
import org.shequ.server.security.Role;
import org.shequ.server.support.PostgresExtension;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestDatabase;
import org.shequ.server.support.TestPaths;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A schema owned by a role without superuser, as on a managed PostgreSQL: row-level security then
 * binds the owner too, and still the report roll-up rebuilds across every tenant and national
 * comparisons show each region what its own progress shows, with no setting to open all tenants.
 */
@ExtendWith(PostgresExtension.class)
class SchemaOwnerWithoutSuperuserTest {
  private static final String OWNER_PASSWORD = "shequ_owner_test";
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final List<String> TENANTS = List.of("jiexiu", "changzhou-xinbei");

  private static TestDatabase superuser;
  private static TestDatabase owned;
  private static RunningServer server;

  @BeforeAll
  static void start(TestDatabase db) throws Exception {
    superuser = db;
    String owner = "owner_" + db.database();
    try (Connection c = superuserConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE ROLE "
              + owner
              + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE PASSWORD '"
              + OWNER_PASSWORD
              + "'");
      s.execute("ALTER DATABASE " + db.database() + " OWNER TO " + owner);
    }
    owned =
        new TestDatabase(
            db.host(),
            db.port(),
            db.database(),
            owner,
            OWNER_PASSWORD,
            db.appUser(),
            db.appPassword(),
            db.nationalUser(),
            db.nationalPassword());
    Path tenants = Files.createTempDirectory("shequ-tenants");
    for (String t : TENANTS) {
      Files.copy(Path.of(TestPaths.tenantsDir(), t + ".yaml"), tenants.resolve(t + ".yaml"));
    }
    server =
        RunningServer.start(
            owned,
            "shequ.demo-data.force=true",
            "shequ.plugins-dir=" + TestPaths.pluginsDir(),
            "shequ.tenants-dir=" + tenants);
    server.bean(DemoDataSeeding.class).await(Duration.ofMinutes(3));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theOwnerRebuildsTheReportRollUpOfEveryTenant() throws SQLException {
    Map<String, Long> before = reportCurrentPerTenant();
    assertThat(before).containsKeys(TENANTS.toArray(String[]::new));
    long written;
    try (Connection c =
            DriverManager.getConnection(owned.jdbcUrl(), owned.ownerUser(), owned.ownerPassword());
        Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT rebuild_report_current()")) {
      rs.next();
      written = rs.getLong(1);
    }
    assertThat(written).isEqualTo(before.values().stream().mapToLong(Long::longValue).sum());
    assertThat(reportCurrentPerTenant()).isEqualTo(before);
  }

  @Test
  void theComparisonShowsEachRegionWhatItsOwnProgressShows() {
    WebTestClient analyst =
        server.client(server.token("analyst", null, null, Role.NATIONAL_ANALYST));
    JsonNode matrix = get(analyst, "/api/v1/comparison/matrix?period=2019");
    List<JsonNode> figures = new ArrayList<>();
    for (JsonNode row : matrix.get("rows")) {
      for (JsonNode figure : row.get("tenants")) {
        if (figure.get("reports").asInt() > 0) {
          figures.add(figure);
        }
      }
    }
    assertThat(figures.stream().map(f -> f.get("tenant").asString()).distinct())
        .containsExactlyInAnyOrderElementsOf(TENANTS);
    for (JsonNode figure : figures) {
      String tenant = figure.get("tenant").asString();
      JsonNode progress =
          get(
              server.client(server.token("admin", tenant, null, Role.REGION_ADMIN)),
              "/api/v1/tenants/"
                  + tenant
                  + "/progress?period=2019&plan="
                  + figure.get("plan").asString());
      JsonNode own = null;
      for (JsonNode indicator : progress.get("indicators")) {
        if (indicator.get("code").asString().equals(figure.get("indicator").asString())) {
          own = indicator;
        }
      }
      assertThat(own).as("%s %s", tenant, figure.get("indicator")).isNotNull();
      assertThat(own.get("reports").asInt()).isEqualTo(figure.get("reports").asInt());
      if (figure.has("actual")) {
        assertThat(own.get("actual").decimalValue())
            .as("%s %s", tenant, figure.get("indicator"))
            .isEqualByComparingTo(figure.get("actual").decimalValue());
      } else {
        assertThat(own.get("actualStage")).isEqualTo(figure.get("actualStage"));
      }
    }
  }

  @Test
  void theProgressRollUpsRebuildOnRequest() {
    JsonNode builds =
        JSON.readTree(
            server
                .client(server.token("ops", null, null, Role.PLATFORM_ADMIN))
                .post()
                .uri("/api/v1/platform/progress-rollups/rebuild")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    assertThat(builds.size()).isPositive();
    for (JsonNode b : builds) {
      assertThat(b.get("rebuilt").asBoolean()).as(b.toString()).isTrue();
    }
  }

  private static JsonNode get(WebTestClient client, String uri) {
    return JSON.readTree(
        client
            .mutate()
            // National reads of two regions' demo data, on a machine that may be busy.
            .responseTimeout(Duration.ofSeconds(60))
            .build()
            .get()
            .uri(uri)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody());
  }

  private static Map<String, Long> reportCurrentPerTenant() throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection c = superuserConnection();
        Statement s = c.createStatement();
        var rs =
            s.executeQuery("SELECT tenant_id, count(*) FROM report_current GROUP BY tenant_id")) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
    }
    return counts;
  }

  private static Connection superuserConnection() throws SQLException {
    return DriverManager.getConnection(
        superuser.jdbcUrl(), superuser.ownerUser(), superuser.ownerPassword());
  }
}

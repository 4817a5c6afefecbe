package org.shequ.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shequ.server.security.Role;
import org.shequ.server.support.DebianPostgres;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestIssuer;
import org.shequ.server.support.TestPaths;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The external PostgreSQL recipe of {@code deploy/README.md}, exactly as written: its SQL run by
 * psql as the superuser of a Debian PostgreSQL cluster of its own, then the server started with the
 * README's arguments (host, passwords and issuer filled in), and used.
 */
class ExternalPostgresRecipeTest {
  private static final int PG_PORT = 18401;
  private static final int ISSUER_PORT = 18402;
  private static final Path README = locate("deploy/README.md");

  private static DebianPostgres pg;
  private static TestIssuer issuer;
  private static RunningServer server;

  @BeforeAll
  static void start() throws IOException {
    pg = DebianPostgres.start(PG_PORT);
    String readme = Files.readString(README);
    pg.psql(
        block(readme, "sql"),
        "owner_password=owner-secret",
        "app_password=app-secret",
        "national_password=national-secret");
    issuer = new TestIssuer(ISSUER_PORT).start();
    List<String> args = new ArrayList<>();
    for (String arg : arguments(block(readme, "sh"))) {
      args.add(
          arg.replace("db.example:5432", "127.0.0.1:" + PG_PORT)
              .replace("$OWNER_PASSWORD", "owner-secret")
              .replace("$APP_PASSWORD", "app-secret")
              .replace("$NATIONAL_PASSWORD", "national-secret")
              .replace("$ISSUER", issuer.uri()));
    }
    assertThat(args).noneMatch(a -> a.contains("$")).isNotEmpty();
    args.add("shequ.plugins-dir=" + TestPaths.pluginsDir());
    args.add("shequ.tenants-dir=" + jiexiuOnly());
    args.add("shequ.data-dir=" + TestPaths.tempDataDir());
    server = RunningServer.start(args.toArray(String[]::new));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (issuer != null) {
      issuer.close();
    }
    if (pg != null) {
      pg.close();
    }
  }

  @Test
  void theRecipeMakesOwnerAndRolesAsTheServerNeedsThem() {
    String roles =
        pg.psql(
            "\\pset format unaligned\n\\pset tuples_only on\n"
                + "SELECT rolname, rolcanlogin, rolsuper, rolbypassrls FROM pg_roles"
                + " WHERE rolname LIKE 'shequ%' ORDER BY 1;\n"
                + "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'shequ';\n");
    assertThat(roles)
        .contains("shequ_app|t|f|f", "shequ_national|t|f|f", "shequ_owner|t|f|f")
        .contains("\nshequ_owner");
    assertThat(pg.majorVersion()).isBetween(15, 17);
  }

  @Test
  void aRegionAdminWritesAndReadsAsTheApplicationRole() {
    WebTestClient admin = server.client(issuer.token("wang", "jiexiu", null, Role.REGION_ADMIN));
    admin
        .post()
        .uri("/api/v1/tenants/jiexiu/org-units")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "id",
                "RECIPE1",
                "parentId",
                "jiexiu",
                "level",
                "COMMUNITY",
                "area",
                "URBAN",
                "name",
                Map.of("zh", "配方社区"),
                "population",
                3000,
                "effective",
                "2018-01-01"))
        .exchange()
        .expectStatus()
        .isCreated();
    admin
        .get()
        .uri("/api/v1/tenants/jiexiu/org-units/RECIPE1")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.name.zh")
        .isEqualTo("配方社区");
  }

  @Test
  void aNationalAnalystReadsEveryTenantAsTheNationalRole() {
    server
        .client(issuer.token("li", null, null, Role.NATIONAL_ANALYST))
        .get()
        .uri("/api/v1/comparison/matrix?period=2019")
        .exchange()
        .expectStatus()
        .isOk();
  }

  @Test
  void aDatabaseOwnedByPostgresIsRefusedWithWhatToDo() {
    pg.psql("CREATE DATABASE shequ_wrong OWNER postgres;\n");
    assertThatThrownBy(
            () ->
                RunningServer.start(
                        "spring.r2dbc.url=r2dbc:postgresql://127.0.0.1:" + PG_PORT + "/shequ_wrong",
                        "spring.r2dbc.username=shequ_app",
                        "spring.r2dbc.password=app-secret",
                        "spring.liquibase.url=jdbc:postgresql://127.0.0.1:"
                            + PG_PORT
                            + "/shequ_wrong",
                        "spring.liquibase.user=shequ_owner",
                        "spring.liquibase.password=owner-secret",
                        "shequ.national-database.password=national-secret",
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer.uri(),
                        "shequ.plugins-dir=" + TestPaths.pluginsDir(),
                        "shequ.tenants-dir=" + jiexiuOnly(),
                        "shequ.data-dir=" + TestPaths.tempDataDir())
                    .close())
        .hasStackTraceContaining("may not create tables in schema public of database shequ_wrong")
        .hasStackTraceContaining("ALTER DATABASE shequ_wrong OWNER TO shequ_owner");
  }

  @Test
  void aMissingRoleIsNamedWithWhatToDo() {
    pg.psql("CREATE DATABASE shequ_noroles OWNER shequ_owner;\n");
    String url = "127.0.0.1:" + PG_PORT + "/shequ_noroles";
    assertThatThrownBy(
            () ->
                RunningServer.start(
                        "spring.r2dbc.url=r2dbc:postgresql://" + url,
                        "spring.r2dbc.username=shequ_missing",
                        "spring.r2dbc.password=app-secret",
                        "spring.liquibase.url=jdbc:postgresql://" + url,
                        "spring.liquibase.user=shequ_owner",
                        "spring.liquibase.password=owner-secret",
                        "spring.liquibase.parameters.appRole=shequ_missing",
                        "shequ.national-database.password=national-secret",
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer.uri(),
                        "shequ.plugins-dir=" + TestPaths.pluginsDir(),
                        "shequ.tenants-dir=" + jiexiuOnly(),
                        "shequ.data-dir=" + TestPaths.tempDataDir())
                    .close())
        .hasStackTraceContaining(
            "role shequ_missing does not exist and the schema owner may not create it")
        .hasStackTraceContaining("CREATE ROLE shequ_missing LOGIN");
  }

  /** The first fenced block of {@code language} in the External PostgreSQL section. */
  static String block(String readme, String language) {
    int section = readme.indexOf("\n## External PostgreSQL");
    assertThat(section).as("the README's External PostgreSQL section").isPositive();
    Matcher m =
        Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL)
            .matcher(readme.substring(section));
    assertThat(m.find()).as("a ```%s block in that section", language).isTrue();
    return m.group(1);
  }

  /** The {@code --name=value} arguments of a shell command, without their dashes. */
  static List<String> arguments(String command) {
    List<String> args = new ArrayList<>();
    Matcher m = Pattern.compile("--([a-z0-9.\\-]+=\\S+)").matcher(command);
    while (m.find()) {
      args.add(m.group(1));
    }
    return args;
  }

  private static String jiexiuOnly() {
    try {
      Path dir = Files.createTempDirectory("shequ-tenants");
      Files.copy(Path.of(TestPaths.tenantsDir(), "jiexiu.yaml"), dir.resolve("jiexiu.yaml"));
      return dir.toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A file of the repository, found upwards from the module's directory. */
  static Path locate(String path) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve(path))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(path + " not found above " + Path.of("").toAbsolutePath());
    }
    return dir.resolve(path);
  }
}

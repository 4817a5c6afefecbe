package org.shequ.server.support;

import java.util.List;
import org.shequ.server.security.DevTokenIssuer;
import org.shequ.server.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of tests that run the whole server on a real PostgreSQL (one database shared by every class
 * extending this, so Spring can reuse the context), with the plugins this build produced and the
 * repository's tenant files.
 */
// The database comes from the tests' PostgreSQL; inline properties are seen before the embedded
// default would start its own.
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "shequ.embedded-database.enabled=false")
@AutoConfigureWebTestClient
public abstract class ShequServerTest {
  private static final TestDatabase DATABASE = TestPostgres.newDatabase("server");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.r2dbc.url", DATABASE::r2dbcUrl);
    registry.add("spring.r2dbc.username", DATABASE::appUser);
    registry.add("spring.r2dbc.password", DATABASE::appPassword);
    registry.add("spring.liquibase.url", DATABASE::jdbcUrl);
    registry.add("spring.liquibase.user", DATABASE::ownerUser);
    registry.add("spring.liquibase.password", DATABASE::ownerPassword);
    registry.add("shequ.national-database.username", DATABASE::nationalUser);
    registry.add("shequ.national-database.password", DATABASE::nationalPassword);
    registry.add("shequ.plugins-dir", TestPaths::pluginsDir);
    registry.add("shequ.tenants-dir", () -> TENANTS_DIR);
    // Sign tokens as the embedded default does, with a key in a fresh data directory.
    registry.add("shequ.embedded-database.active", () -> "true");
    registry.add("shequ.data-dir", () -> DATA_DIR);
    // Tests cut LISTEN connections on purpose; every server of this JVM comes back within seconds.
    registry.add("shequ.live.reconnect-backoff-max", () -> "2s");
  }

  private static final String DATA_DIR = TestPaths.tempDataDir();

  /**
   * The repository's four tenants, plus tenants of their own for tests that write fixtures straight
   * into the tables (and so bypass the org-unit rules the other tests rely on).
   */
  private static final String TENANTS_DIR =
      TestPaths.tenantsWith(
          java.util.Map.ofEntries(
              java.util.Map.entry("test-jiexiu", "jiexiu-2018-2020"),
              java.util.Map.entry("test-xinbei", "changzhou-xinbei-2016-2020"),
              java.util.Map.entry("test-reports", "changzhou-xinbei-2016-2020"),
              java.util.Map.entry("test-rollup", "changzhou-xinbei-2016-2020"),
              java.util.Map.entry("test-fuzz", "changzhou-xinbei-2016-2020"),
              java.util.Map.entry("test-review", "changzhou-xinbei-2016-2020"),
              java.util.Map.entry("test-console-review", "changzhou-xinbei-2016-2020"),
              java.util.Map.entry("test-console-units", "changzhou-xinbei-2016-2020"),
              java.util.Map.entry("test-my-work", "zhejiang-2016-2020"),
              java.util.Map.entry("test-console-work", "zhejiang-2016-2020"),
              java.util.Map.entry("test-console-walk", "zhejiang-2016-2020"),
              java.util.Map.entry("test-console-a11y", "zhejiang-2016-2020"),
              java.util.Map.entry("test-cmp-jiexiu", "jiexiu-2018-2020"),
              java.util.Map.entry("test-cmp-xiamen", "xiamen-2016-2020"),
              java.util.Map.entry("test-cmp-zhejiang", "zhejiang-2016-2020"),
              java.util.Map.entry("test-console-progress", "changzhou-xinbei-2016-2020"),
              java.util.Map.entry("test-template", "zhejiang-2016-2020"),
              java.util.Map.entry("test-console-batch", "changzhou-xinbei-2016-2020"),
              java.util.Map.entry("test-members", "jiexiu-2018-2020"),
              java.util.Map.entry("test-members-admins", "jiexiu-2018-2020"),
              java.util.Map.entry("test-members-demo", "jiexiu-2018-2020"),
              java.util.Map.entry("test-console-members", "zhejiang-2016-2020")));

  @Autowired protected WebTestClient client;
  @Autowired protected DevTokenIssuer tokens;

  /** A client calling with a token for the given caller. */
  protected WebTestClient as(String subject, String tenant, String orgUnit, Role... roles) {
    String token = tokens.issue(subject, tenant, List.of(roles), orgUnit);
    return client.mutate().defaultHeader("Authorization", "Bearer " + token).build();
  }

  protected WebTestClient platformAdmin() {
    return as("ops", null, null, Role.PLATFORM_ADMIN);
  }

  protected WebTestClient nationalAnalyst() {
    return as("analyst", null, null, Role.NATIONAL_ANALYST);
  }

  protected WebTestClient regionAdmin(String tenant) {
    return as("admin-" + tenant, tenant, null, Role.REGION_ADMIN);
  }

  /** The server's data directory, where its signing key lives. */
  protected static java.nio.file.Path dataDir() {
    return java.nio.file.Path.of(DATA_DIR);
  }

  protected static TestDatabase database() {
    return DATABASE;
  }
}

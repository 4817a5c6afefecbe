package org.shequ.server.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that run the whole server on a real PostgreSQL (one database shared by every class
 * extending this, so Spring can reuse the context), with the plugins this build produced and the
 * repository's tenant files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
    registry.add("shequ.plugins-dir", TestPaths::pluginsDir);
    registry.add("shequ.tenants-dir", TestPaths::tenantsDir);
  }

  protected static TestDatabase database() {
    return DATABASE;
  }
}

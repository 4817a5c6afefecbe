package org.shequ.server.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo data at start-up, after the tenants are provisioned, when the server runs on its
 * own embedded PostgreSQL (never on a configured database, unless forced) and seeding is enabled.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class DemoDataRunner implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

  /**
   * The property source the embedded default adds when it has started its own PostgreSQL: the one
   * sure sign that the database is a local throw-away one and not a configured, possibly real one.
   */
  static final String EMBEDDED_SOURCE = "shequEmbeddedPostgres";

  private final DemoDataSeeder seeder;
  private final DemoDataProperties properties;
  private final ConfigurableEnvironment environment;

  DemoDataRunner(
      DemoDataSeeder seeder, DemoDataProperties properties, ConfigurableEnvironment environment) {
    this.seeder = seeder;
    this.properties = properties;
    this.environment = environment;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.enabled()) {
      log.info("Synthetic demo data is turned off (shequ.demo-data.enabled=false)");
      return;
    }
    if (!onEmbeddedDatabase() && !properties.force()) {
      return;
    }
    seeder.seedAll();
    refreshStatistics();
  }

  /**
   * Tells the planner how big the freshly seeded tables are. Without it the first progress queries
   * plan for empty tables and run for a minute until autovacuum catches up. ANALYZE needs the
   * owner, whose connection settings are Liquibase's; this runs on the start-up thread.
   */
  private void refreshStatistics() {
    String url = environment.getProperty("spring.liquibase.url");
    if (url == null) {
      return;
    }
    try (Connection c =
            DriverManager.getConnection(
                url,
                environment.getProperty("spring.liquibase.user"),
                environment.getProperty("spring.liquibase.password"));
        Statement s = c.createStatement()) {
      s.execute("ANALYZE");
    } catch (SQLException e) {
      log.warn("Could not refresh planner statistics after seeding: {}", e.getMessage());
    }
  }

  /**
   * Whether the application really talks to the embedded PostgreSQL: the embedded default started
   * it and no other setting (a test's or an operator's) points R2DBC elsewhere.
   */
  private boolean onEmbeddedDatabase() {
    PropertySource<?> embedded = environment.getPropertySources().get(EMBEDDED_SOURCE);
    return embedded != null
        && environment.getProperty("shequ.embedded-database.active", Boolean.class, false)
        && Objects.equals(
            environment.getProperty("spring.r2dbc.url"), embedded.getProperty("spring.r2dbc.url"));
  }
}

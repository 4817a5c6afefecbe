package org.shequ.server.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.shequ.server.progress.RollupRebuilds;
import org.shequ.server.tenant.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Seeds the demo data when the server runs on its own embedded PostgreSQL (never on a configured
 * database, unless forced) and seeding is enabled: once the server is ready, so a first start
 * serves at once. Tenants are seeded one by one, each in one transaction, so a tenant shows either
 * all of its demo data or none; {@link DemoDataSeeding} says how far it got.
 */
@Component
class DemoDataRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

  /**
   * The property source the embedded default adds when it has started its own PostgreSQL: the one
   * sure sign that the database is a local throw-away one and not a configured, possibly real one.
   */
  static final String EMBEDDED_SOURCE = "shequEmbeddedPostgres";

  private final DemoDataSeeder seeder;
  private final DemoDataSeeding seeding;
  private final RollupRebuilds rollups;
  private final DemoDataProperties properties;
  private final ConfigurableEnvironment environment;
  private final DemoMembers members;
  private volatile boolean closing;

  DemoDataRunner(
      DemoDataSeeder seeder,
      DemoDataSeeding seeding,
      RollupRebuilds rollups,
      DemoDataProperties properties,
      ConfigurableEnvironment environment,
      DemoMembers members) {
    this.members = members;
    this.seeder = seeder;
    this.seeding = seeding;
    this.rollups = rollups;
    this.properties = properties;
    this.environment = environment;
  }

  /**
   * Starts seeding on a worker thread once the server is ready (tenant files applied, plugins
   * loaded): generating and storing tens of thousands of reports is blocking work that must hold
   * neither readiness nor an event loop.
   */
  @EventListener(ApplicationReadyEvent.class)
  void seedAfterReadiness() {
    if (!properties.enabled()) {
      log.info("Synthetic demo data is turned off (shequ.demo-data.enabled=false)");
      seeding.ended(DemoDataSeeding.Stage.OFF);
      return;
    }
    if (!onEmbeddedDatabase() && !properties.force()) {
      seeding.ended(DemoDataSeeding.Stage.OFF);
      return;
    }
    seeding.started();
    Mono.fromRunnable(this::seedEveryTenant)
        .subscribeOn(Schedulers.boundedElastic())
        .subscribe(
            null,
            e -> {
              if (closing) {
                log.warn(
                    "The server stopped before the synthetic demo data was complete; each tenant"
                        + " left without it is seeded at the next start");
              } else {
                log.error("Seeding synthetic demo data failed", e);
              }
              seeding.ended(DemoDataSeeding.Stage.FAILED);
            },
            () -> seeding.ended(DemoDataSeeding.Stage.DONE));
  }

  /**
   * The server is stopping: seeding cut short by it is no failure of its own (a tenant's seeding is
   * one transaction, rolled back, and tried again at the next start).
   */
  @EventListener(ContextClosedEvent.class)
  void closing() {
    closing = true;
  }

  /**
   * Seeds each active tenant that has no org unit yet, then tells the planner about the new rows
   * and builds the tenant's roll-ups from them (until then progress reads answer from the reports,
   * as after any write outside the API). Blocks: worker thread only.
   */
  private void seedEveryTenant() {
    // The analyst and the operator first: they need no tenant's data to sign in.
    members.seedStaff().block();
    for (Tenant tenant : seeder.activeTenants()) {
      DemoDataSeeder.Outcome outcome = seeder.seed(tenant);
      if (outcome.seeded()) {
        refreshStatistics();
        rollups.tenant(tenant.id(), false).then().block();
      }
      members.seed(tenant.id()).block();
      seeding.tenantDone(tenant.id(), outcome.seeded());
    }
  }

  /**
   * Tells the planner how big the freshly seeded tables are. Without it the first progress queries
   * plan for empty tables and run for a minute until autovacuum catches up. ANALYZE needs the
   * owner, whose connection settings are Liquibase's.
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

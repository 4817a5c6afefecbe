package org.shequ.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.support.PostgresExtension;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestDatabase;
import org.shequ.server.support.TestPaths;
import org.shequ.server.support.TestPostgres;

/** When no demo data is seeded: turned off, or a configured (possibly real) database. */
@ExtendWith(PostgresExtension.class)
class DemoDataSwitchTest {

  @Test
  void theFlagTurnsSeedingOffEvenWhenForced(TestDatabase db) {
    try (RunningServer server =
        RunningServer.start(
            db,
            "shequ.demo-data.force=true",
            "shequ.demo-data.enabled=false",
            "shequ.plugins-dir=" + TestPaths.pluginsDir(),
            "shequ.tenants-dir=" + TestPaths.tenantsDir())) {
      assertThat(orgUnits(server, "jiexiu")).isZero();
      assertThat(orgUnits(server, "zhejiang")).isZero();
    }
  }

  @Test
  void aConfiguredDatabaseIsNeverSeeded() {
    TestDatabase configured = TestPostgres.newDatabase("demo_configured");
    try (RunningServer server =
        RunningServer.start(
            configured,
            "shequ.plugins-dir=" + TestPaths.pluginsDir(),
            "shequ.tenants-dir=" + TestPaths.tenantsDir())) {
      assertThat(orgUnits(server, "changzhou-xinbei")).isZero();
      assertThat(orgUnits(server, "xiamen")).isZero();
    }
  }

  private static long orgUnits(RunningServer server, String tenant) {
    return server
        .bean(TenantDatabase.class)
        .inTenantOne(
            tenant,
            db ->
                db.sql("SELECT count(*) AS n FROM org_unit")
                    .map(row -> row.get("n", Long.class))
                    .one())
        .block();
  }
}

package org.shequ.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;
import org.shequ.server.support.TestDatabase;
import org.shequ.server.support.TestPostgres;

/**
 * PostgreSQL itself keeps tenants apart: the application's role, whatever SQL it runs and whatever
 * it sets, sees and writes only the rows of the tenant set for its transaction. Only the national
 * role reads every tenant, and it writes nothing.
 */
class RowLevelSecurityTest extends ShequServerTest {
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String jiexiuUnit = "rls-jx-" + suffix;
  private final String xiamenUnit = "rls-xm-" + suffix;

  /** Every table whose rows belong to a tenant. */
  private static final String[] TENANT_TABLES = {
    "org_unit",
    "org_unit_version",
    "org_unit_lineage",
    "report_version",
    "idempotency_key",
    "reporting_calendar",
    "audit_log",
    "report_current",
    "progress_rollup",
    "progress_rollup_state"
  };

  /** What the national comparison reads, and all the national role may read. */
  private static final String[] NATIONAL_TABLES = {
    "org_unit", "org_unit_version", "report_current", "progress_rollup", "progress_rollup_state"
  };

  /** Settings that once opened, or might be hoped to open, every tenant. */
  private static final String[][] WIDENING_SETTINGS = {
    {"shequ.read_all_tenants", "on"},
    {"shequ.read_all_tenants", "true"},
    {"shequ.national", "on"},
    {"shequ.all_tenants", "on"},
    {"shequ.bypass_rls", "on"},
    {"shequ.role", "national"},
    {"shequ.rollup_maintained", "on"}
  };

  private Connection app() throws SQLException {
    TestDatabase db = database();
    Connection c = DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
    c.setAutoCommit(false);
    return c;
  }

  private Connection national() throws SQLException {
    TestDatabase db = database();
    Connection c =
        DriverManager.getConnection(db.jdbcUrl(), db.nationalUser(), db.nationalPassword());
    c.setAutoCommit(false);
    return c;
  }

  private static List<String> allTables() {
    List<String> all = new ArrayList<>(List.of(TENANT_TABLES));
    all.add("tenant");
    return all;
  }

  private static void set(Connection c, String name, String value) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT set_config(?, ?, false)")) {
      s.setString(1, name);
      s.setString(2, value);
      s.execute();
    }
  }

  /**
   * A row of {@code tenant} in every tenant table, written as the application would, so that seeing
   * none of them means being refused them. Harmless to other tests: an inactive unit, and a form no
   * plan has.
   */
  private void everyTenantTableHoldsARowOf(String tenant) throws SQLException {
    String form = "RLS-" + suffix;
    String other = xiamenUnit + "-b";
    try (Connection c = app()) {
      tenant(c, tenant);
      insertUnit(c, tenant, other);
      for (String sql :
          new String[] {
            "INSERT INTO org_unit_version (tenant_id, org_unit_id, valid_from, name_zh, active,"
                + " change_kind, changed_by) VALUES (:t, :u, DATE '2015-01-01', 'RLS', false,"
                + " 'CREATE', 'rls-test')",
            "INSERT INTO org_unit_lineage (tenant_id, predecessor_id, successor_id, effective, kind)"
                + " VALUES (:t, :o, :u, DATE '2016-01-01', 'MERGE')",
            "INSERT INTO report_version (tenant_id, form_code, org_unit_id, period, version,"
                + " plan_id, status, action, field_values, actor) VALUES (:t, :f, :u, '2019', 1,"
                + " 'rls', 'APPROVED', 'APPROVE', '{}', 'rls-test')",
            "INSERT INTO idempotency_key (tenant_id, caller_issuer, caller_subject,"
                + " idempotency_key, request_hash, response_status) VALUES (:t, 'rls', 'rls', :f,"
                + " 'rls', 200)",
            "INSERT INTO reporting_calendar (tenant_id, form_code, period, opens, closes,"
                + " updated_by) VALUES (:t, :f, '2019', DATE '2019-01-01', DATE '2019-12-31',"
                + " 'rls-test')",
            "INSERT INTO audit_log (tenant_id, actor, action, resource) VALUES (:t, 'rls-test',"
                + " 'RLS', :f)",
            "INSERT INTO progress_rollup (tenant_id, form_code, basis, period, group_id, path,"
                + " measures) VALUES (:t, :f, 'approved', '2019', :u, ARRAY[:u], '{0}')",
            "INSERT INTO progress_rollup_state (tenant_id, form_code, layout, rows)"
                + " VALUES (:t, :f, 'rls', 1)"
          }) {
        try (Statement s = c.createStatement()) {
          s.executeUpdate(
              sql.replace(":t", "'" + tenant + "'")
                  .replace(":u", "'" + xiamenUnit + "'")
                  .replace(":o", "'" + other + "'")
                  .replace(":f", "'" + form + "'"));
        }
      }
      c.commit();
    }
  }

  private static void tenant(Connection c, String tenant) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT set_config('shequ.tenant_id', ?, true)")) {
      s.setString(1, tenant);
      s.execute();
    }
  }

  private static void insertUnit(Connection c, String tenant, String id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO org_unit (tenant_id, org_unit_id, level) VALUES (?, ?, 'COMMUNITY')")) {
      s.setString(1, tenant);
      s.setString(2, id);
      s.executeUpdate();
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @BeforeEach
  void oneUnitInEachOfTwoTenants() throws SQLException {
    try (Connection c = app()) {
      tenant(c, "test-jiexiu");
      insertUnit(c, "test-jiexiu", jiexiuUnit);
      c.commit();
      tenant(c, "test-xinbei");
      insertUnit(c, "test-xinbei", xiamenUnit);
      c.commit();
    }
  }

  @Test
  void theApplicationRoleCannotBypassRowLevelSecurity() throws SQLException {
    try (Connection c = app()) {
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM pg_roles WHERE rolname = current_user"
                      + " AND (rolsuper OR rolbypassrls)"))
          .isZero();
    }
  }

  @Test
  void withNoTenantSetNoTenantRowIsVisible() throws SQLException {
    try (Connection c = app()) {
      assertThat(count(c, "SELECT count(*) FROM org_unit")).isZero();
      assertThat(count(c, "SELECT count(*) FROM org_unit_version")).isZero();
      assertThat(count(c, "SELECT count(*) FROM report_version")).isZero();
    }
  }

  @Test
  void aTenantSeesOnlyItsOwnRows() throws SQLException {
    try (Connection c = app()) {
      tenant(c, "test-jiexiu");
      assertThat(count(c, "SELECT count(*) FROM org_unit WHERE org_unit_id = '" + jiexiuUnit + "'"))
          .isOne();
      assertThat(count(c, "SELECT count(*) FROM org_unit WHERE org_unit_id = '" + xiamenUnit + "'"))
          .isZero();
      assertThat(count(c, "SELECT count(*) FROM org_unit WHERE tenant_id <> 'test-jiexiu'"))
          .isZero();
    }
  }

  @Test
  void aTenantCannotWriteAnotherTenantsRows() throws SQLException {
    try (Connection c = app()) {
      tenant(c, "test-jiexiu");
      assertThatThrownBy(() -> insertUnit(c, "test-xinbei", "rls-intruder-" + suffix))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("row-level security");
      c.rollback();
      tenant(c, "test-jiexiu");
      try (Statement s = c.createStatement()) {
        // An UPDATE aimed at the other tenant finds nothing to update.
        assertThat(
                s.executeUpdate(
                    "UPDATE org_unit_version SET valid_to = now()::date WHERE tenant_id = 'xiamen'"))
            .isZero();
      }
      c.rollback();
    }
  }

  @Test
  void noSettingWidensTheApplicationRoleBeyondItsTenant() throws SQLException {
    everyTenantTableHoldsARowOf("test-xinbei");
    try (Connection c = app()) {
      for (String tenant : new String[] {"test-jiexiu", null}) {
        if (tenant != null) {
          tenant(c, tenant);
        }
        for (String[] setting : WIDENING_SETTINGS) {
          set(c, setting[0], setting[1]);
        }
        for (String table : TENANT_TABLES) {
          assertThat(count(c, "SELECT count(*) FROM " + table + " WHERE tenant_id = 'test-xinbei'"))
              .as("%s with tenant %s and every setting", table, tenant)
              .isZero();
        }
        try (Statement s = c.createStatement()) {
          assertThat(
                  s.executeUpdate(
                      "UPDATE org_unit_version SET valid_to = valid_from"
                          + " WHERE tenant_id = 'test-xinbei'"))
              .isZero();
        }
        assertThatThrownBy(() -> insertUnit(c, "test-xinbei", "rls-widened-" + suffix))
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("row-level security");
        c.rollback();
      }
    }
  }

  @Test
  void aCraftedTenantSettingMatchesNoOtherTenant() throws SQLException {
    everyTenantTableHoldsARowOf("test-xinbei");
    try (Connection c = app()) {
      for (String crafted :
          new String[] {"*", "%", "", "test-jiexiu,test-xinbei", "{test-jiexiu,test-xinbei}"}) {
        tenant(c, crafted);
        for (String table : TENANT_TABLES) {
          assertThat(count(c, "SELECT count(*) FROM " + table + " WHERE tenant_id = 'test-xinbei'"))
              .as("%s with tenant setting '%s'", table, crafted)
              .isZero();
        }
        c.rollback();
      }
    }
  }

  @Test
  void theApplicationRoleCanNeitherTurnRowSecurityOffNorBecomeAnotherRole() throws SQLException {
    try (Connection c = app()) {
      try (Statement s = c.createStatement()) {
        s.execute("SET row_security = off");
        // Off means "fail rather than filter" for a role that does not bypass row-level security.
        assertThatThrownBy(() -> s.executeQuery("SELECT count(*) FROM org_unit"))
            .hasMessageContaining("row-level security");
      }
      c.rollback();
      for (String role : new String[] {TestPostgres.NATIONAL_ROLE, database().ownerUser()}) {
        try (Statement s = c.createStatement()) {
          assertThatThrownBy(() -> s.execute("SET ROLE " + role))
              .hasMessageContaining("permission denied");
        }
        c.rollback();
      }
      try (Statement s = c.createStatement()) {
        assertThatThrownBy(() -> s.execute("SELECT rebuild_report_current()"))
            .hasMessageContaining("permission denied");
      }
      c.rollback();
    }
  }

  @Test
  void noPolicyDependsOnAnySettingButTheTenant() throws SQLException {
    try (Connection c = app();
        Statement s = c.createStatement();
        var rs =
            s.executeQuery(
                "SELECT tablename, policyname, coalesce(qual, '') || ' ' || coalesce(with_check, '')"
                    + " FROM pg_policies WHERE schemaname = 'public'")) {
      int policies = 0;
      while (rs.next()) {
        policies++;
        String settings =
            rs.getString(3).replaceAll("current_setting\\('shequ\\.tenant_id'::text, true\\)", "");
        assertThat(settings)
            .as("policy %s on %s", rs.getString(2), rs.getString(1))
            .doesNotContain("current_setting")
            .doesNotContain("read_all_tenants");
      }
      assertThat(policies).isGreaterThanOrEqualTo(2 * TENANT_TABLES.length);
    }
  }

  @Test
  void onlyTheNationalRoleAndTheOwnerAreAdmittedToEveryTenant() throws SQLException {
    TestDatabase db = database();
    try (Connection c = app();
        Statement s = c.createStatement();
        var rs =
            s.executeQuery(
                "SELECT tablename, policyname, roles::text[] FROM pg_policies"
                    + " WHERE schemaname = 'public' AND qual = 'true'")) {
      int policies = 0;
      while (rs.next()) {
        policies++;
        assertThat((String[]) rs.getArray(3).getArray())
            .as("policy %s on %s", rs.getString(2), rs.getString(1))
            .isSubsetOf(TestPostgres.NATIONAL_ROLE, db.ownerUser());
      }
      assertThat(policies).isGreaterThanOrEqualTo(TENANT_TABLES.length);
    }
  }

  @Test
  void theNationalRoleReadsEveryTenantsRows() throws SQLException {
    everyTenantTableHoldsARowOf("test-xinbei");
    try (Connection c = national()) {
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM org_unit WHERE org_unit_id IN ('"
                      + jiexiuUnit
                      + "', '"
                      + xiamenUnit
                      + "')"))
          .isEqualTo(2);
      for (String table : NATIONAL_TABLES) {
        assertThat(count(c, "SELECT count(*) FROM " + table + " WHERE tenant_id = 'test-xinbei'"))
            .as(table)
            .isPositive();
      }
    }
  }

  @Test
  void theNationalRoleReadsOnlyWhatComparisonsNeedAndWritesNothing() throws SQLException {
    try (Connection c = national()) {
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM pg_roles WHERE rolname = current_user"
                      + " AND (rolsuper OR rolbypassrls)"))
          .isZero();
      List<String> readable = List.of(NATIONAL_TABLES);
      for (String table : TENANT_TABLES) {
        if (!readable.contains(table)) {
          assertThatThrownBy(() -> count(c, "SELECT count(*) FROM " + table))
              .as("read %s", table)
              .hasMessageContaining("permission denied");
          c.rollback();
        }
      }
      for (String table : allTables()) {
        for (String write :
            new String[] {
              "INSERT INTO " + table + " (tenant_id) VALUES ('test-xinbei')",
              "UPDATE " + table + " SET tenant_id = tenant_id",
              "DELETE FROM " + table,
              "TRUNCATE " + table
            }) {
          try (Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate(write))
                .as(write)
                .hasMessageContaining("permission denied");
          }
          c.rollback();
        }
      }
      try (Statement s = c.createStatement()) {
        assertThatThrownBy(() -> s.execute("SELECT rebuild_report_current()"))
            .hasMessageContaining("permission denied");
      }
      c.rollback();
    }
  }

  @Test
  void reportVersionsCanNeverBeChangedOrDeleted() throws SQLException {
    try (Connection c = app()) {
      tenant(c, "test-jiexiu");
      try (Statement s = c.createStatement()) {
        assertThatThrownBy(() -> s.executeUpdate("UPDATE report_version SET status = 'APPROVED'"))
            .hasMessageContaining("permission denied");
      }
      c.rollback();
      tenant(c, "test-jiexiu");
      try (Statement s = c.createStatement()) {
        assertThatThrownBy(() -> s.executeUpdate("DELETE FROM report_version"))
            .hasMessageContaining("permission denied");
      }
      c.rollback();
    }
  }
}

package org.shequ.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;
import org.shequ.server.support.TestDatabase;

/**
 * PostgreSQL itself keeps tenants apart: the application's role, whatever SQL it runs, sees and
 * writes only the rows of the tenant set for its transaction.
 */
class RowLevelSecurityTest extends ShequServerTest {
  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String jiexiuUnit = "rls-jx-" + suffix;
  private final String xiamenUnit = "rls-xm-" + suffix;

  private Connection app() throws SQLException {
    TestDatabase db = database();
    Connection c = DriverManager.getConnection(db.jdbcUrl(), db.appUser(), db.appPassword());
    c.setAutoCommit(false);
    return c;
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
  void nationalReadsSeeEveryTenantButWriteNothing() throws SQLException {
    try (Connection c = app()) {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT set_config('shequ.read_all_tenants', 'on', true)");
      }
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM org_unit WHERE org_unit_id IN ('"
                      + jiexiuUnit
                      + "', '"
                      + xiamenUnit
                      + "')"))
          .isEqualTo(2);
      assertThatThrownBy(() -> insertUnit(c, "test-xinbei", "rls-national-" + suffix))
          .isInstanceOf(SQLException.class);
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

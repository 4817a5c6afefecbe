package org.shequ.server.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shequ.server.support.TestDatabase;

/**
 * Everything Shequ keeps about one tenant, read straight from the tables as their owner (so no
 * row-level security hides a row): for each table, its row count and a digest of its rows. Equal
 * before and after a refused request means the refusal stored nothing. Roll-ups are left out: they
 * are rebuilt in the background, whatever the requests.
 */
final class StoredState implements AutoCloseable {
  private static final List<String> TABLES =
      List.of(
          "org_unit",
          "org_unit_version",
          "org_unit_lineage",
          "report_version",
          "report_current",
          "idempotency_key",
          "reporting_calendar",
          "audit_log");

  private final Connection connection;
  private final String tenant;

  StoredState(TestDatabase db, String tenant) {
    try {
      this.connection =
          DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the test database", e);
    }
    this.tenant = tenant;
  }

  /** Table → "rows:digest". */
  Map<String, String> snapshot() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String table : TABLES) {
      String sql =
          "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
              + " FROM "
              + table
              + " t WHERE tenant_id = ?";
      try (var st = connection.prepareStatement(sql)) {
        st.setString(1, tenant);
        try (var rs = st.executeQuery()) {
          rs.next();
          out.put(table, rs.getString(1));
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read " + table, e);
      }
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}

package org.shequ.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;
import org.shequ.server.support.TestDatabase;

/**
 * The schema stays ready to be distributed by {@code tenant_id} (Citus; see docs/scaling.md): every
 * tenant table's primary key, unique constraints and foreign keys lead with {@code tenant_id}, and
 * no foreign key joins rows of two tenants. A new table has to be one or the other: a tenant table
 * (with {@code tenant_id}) or one of the named platform tables that would become reference or
 * coordinator-local tables.
 */
class DistributionReadySchemaTest extends ShequServerTest {
  /** Tables without rows of any one tenant: reference tables (or local to the coordinator). */
  private static final Set<String> PLATFORM_TABLES =
      Set.of(
          "plugin_jar",
          "plan_snapshot",
          "platform_member",
          "platform_member_version",
          "databasechangelog",
          "databasechangeloglock");

  /**
   * Tables that name a tenant but describe tenants themselves: the registry and its history, and
   * which identity (or open invitation) belongs to which tenant's member, read at sign-in before
   * any tenant is known. Small and read by every node, so reference tables rather than distributed
   * ones.
   */
  private static final Set<String> TENANT_REGISTRY =
      Set.of("tenant", "tenant_revision", "member_identity", "member_invitation");

  @Test
  void everyTenantTableIsKeyedByTenantFirst() throws SQLException {
    List<String> wrong = new ArrayList<>();
    for (String table : tenantTables()) {
      for (List<String> key : keys(table)) {
        if (!key.get(0).equals("tenant_id")) {
          wrong.add(table + " " + key);
        }
      }
    }
    assertThat(wrong).as("primary and unique keys not led by tenant_id").isEmpty();
  }

  @Test
  void noForeignKeyCrossesTenants() throws SQLException {
    List<String> wrong = new ArrayList<>();
    String sql =
        """
        SELECT c.conname, src.relname AS source, dst.relname AS target,
               (SELECT attname FROM pg_attribute
                 WHERE attrelid = c.conrelid AND attnum = c.conkey[1]) AS first_column,
               (SELECT attname FROM pg_attribute
                 WHERE attrelid = c.confrelid AND attnum = c.confkey[1]) AS first_target_column
          FROM pg_constraint c
          JOIN pg_class src ON src.oid = c.conrelid
          JOIN pg_class dst ON dst.oid = c.confrelid
          JOIN pg_namespace n ON n.oid = src.relnamespace
         WHERE c.contype = 'f' AND n.nspname = 'public'
        """;
    Set<String> tenantTables = tenantTables();
    try (Connection c = owner();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        String source = r.getString("source");
        if (!tenantTables.contains(source)) {
          continue;
        }
        // A tenant row may point at the tenant registry (a reference table) or at a row of its
        // own tenant; any other reference would join across the distribution column.
        boolean sameTenant =
            "tenant_id".equals(r.getString("first_column"))
                && "tenant_id".equals(r.getString("first_target_column"));
        if (!sameTenant) {
          wrong.add(r.getString("conname") + ": " + source + " → " + r.getString("target"));
        }
      }
    }
    assertThat(wrong).as("foreign keys that do not pair tenant_id with tenant_id").isEmpty();
  }

  @Test
  void everyTableIsEitherATenantTableOrANamedPlatformTable() throws SQLException {
    Set<String> unplaced = new TreeSet<>(allTables());
    unplaced.removeAll(tenantTables());
    unplaced.removeAll(PLATFORM_TABLES);
    unplaced.removeAll(TENANT_REGISTRY);
    assertThat(unplaced)
        .as("tables that are neither keyed by tenant nor named as platform tables")
        .isEmpty();
    assertThat(tenantTables()).contains("org_unit", "report_version", "progress_rollup");
  }

  @Test
  void everyTenantTableIsBoundByRowLevelSecurity() throws SQLException {
    List<String> open = new ArrayList<>();
    try (Connection c = owner();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT relname FROM pg_class WHERE relkind = 'r' AND NOT relrowsecurity"
                    + " AND relnamespace = 'public'::regnamespace")) {
      while (r.next()) {
        open.add(r.getString(1));
      }
    }
    assertThat(open).doesNotContainAnyElementsOf(tenantTables());
  }

  /** Ordinary tables of the schema that have a tenant_id column, less the tenant registry. */
  private Set<String> tenantTables() throws SQLException {
    Set<String> tables = new TreeSet<>();
    try (Connection c = owner();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                """
                SELECT c.relname FROM pg_class c
                  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'
                 WHERE c.relkind IN ('r', 'p') AND c.relnamespace = 'public'::regnamespace
                   AND NOT c.relispartition
                """)) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    tables.removeAll(TENANT_REGISTRY);
    return tables;
  }

  private Set<String> allTables() throws SQLException {
    Set<String> tables = new TreeSet<>();
    try (Connection c = owner();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT relname FROM pg_class WHERE relkind IN ('r', 'p') AND NOT relispartition"
                    + " AND relnamespace = 'public'::regnamespace")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    return tables;
  }

  /** The first key of each primary key and unique index of {@code table}, with the index name. */
  private List<List<String>> keys(String table) throws SQLException {
    List<List<String>> keys = new ArrayList<>();
    String sql =
        """
        SELECT pg_get_indexdef(i.indexrelid, 1, true) AS first, i.indexrelid::regclass::text AS name
          FROM pg_index i
         WHERE i.indrelid = ('public.' || '%s')::regclass AND (i.indisprimary OR i.indisunique)
        """
            .formatted(table);
    try (Connection c = owner();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        keys.add(List.of(r.getString("first"), r.getString("name")));
      }
    }
    if (keys.isEmpty()) {
      keys.add(List.of("(no primary key)"));
    }
    return keys;
  }

  private Connection owner() throws SQLException {
    TestDatabase db = database();
    return DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
  }
}

package org.shequ.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.server.support.PostgresExtension;
import org.shequ.server.support.RunningServer;
import org.shequ.server.support.TestDatabase;
import org.shequ.server.support.TestPaths;

/**
 * A start on a database whose schema is current leaves Liquibase out; a start whose change log
 * differs from the one last applied migrates as before.
 */
@ExtendWith(PostgresExtension.class)
class SchemaSkipTest {
  private static final String CHANGESET = "001-app-role";

  @Test
  void aCurrentSchemaIsNotMigratedAgainAndAChangedOneIs(TestDatabase db, @TempDir Path tenants)
      throws SQLException {
    start(db, tenants);
    assertThat(comment(db)).startsWith("shequ-schema sha256:");
    int applied = changesets(db);

    // Liquibase would run the change set again if it ran at all.
    execute(db, "DELETE FROM databasechangelog WHERE id = '" + CHANGESET + "'");
    start(db, tenants);
    assertThat(changesets(db)).isEqualTo(applied - 1);

    // Another change log than the one last applied: Liquibase runs and restores it.
    execute(db, "COMMENT ON TABLE databasechangelog IS 'shequ-schema sha256:older'");
    start(db, tenants);
    assertThat(changesets(db)).isEqualTo(applied);
    assertThat(comment(db)).startsWith("shequ-schema sha256:").isNotEqualTo("older");
  }

  private static void start(TestDatabase db, Path tenants) {
    // A start that completes has migrated, or found nothing to migrate.
    RunningServer.start(
            db,
            "shequ.plugins-dir=" + TestPaths.pluginsDir(),
            "shequ.tenants-dir=" + tenants,
            "shequ.demo-data.enabled=false")
        .close();
  }

  private static int changesets(TestDatabase db) throws SQLException {
    return Integer.parseInt(query(db, "SELECT count(*) FROM databasechangelog"));
  }

  private static String comment(TestDatabase db) throws SQLException {
    return query(db, "SELECT obj_description('databasechangelog'::regclass, 'pg_class')");
  }

  private static String query(TestDatabase db, String sql) throws SQLException {
    try (Connection c = connect(db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void execute(TestDatabase db, String sql) throws SQLException {
    try (Connection c = connect(db);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static Connection connect(TestDatabase db) throws SQLException {
    return DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
  }
}

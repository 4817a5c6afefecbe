package org.shequ.server.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Before the schema is migrated, checks that the database was set up as {@code deploy/README.md}
 * says, and stops the start with a message naming what to fix: the role Liquibase connects as may
 * create tables in its schema (on PostgreSQL 15 and later only the database owner may, in {@code
 * public}), and the application's and national reads' roles exist and are bound by row-level
 * security. Otherwise Liquibase would fail on its first statement with PostgreSQL's bare
 * "permission denied for schema public".
 */
@Component
class SchemaOwnerCheck implements BeanPostProcessor, EnvironmentAware {
  private static final String RECIPE = "deploy/README.md, External PostgreSQL";

  private volatile Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof SpringLiquibase liquibase) {
      List<String> problems = problems(liquibase);
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "the database is not set up for Shequ: "
                + String.join("; ", problems)
                + " ("
                + RECIPE
                + ")");
      }
    }
    return bean;
  }

  private List<String> problems(SpringLiquibase liquibase) {
    Map<String, String> parameters =
        Binder.get(environment)
            .bind("spring.liquibase.parameters", Bindable.mapOf(String.class, String.class))
            .orElse(Map.of());
    List<String> problems = new ArrayList<>();
    try (Connection c = liquibase.getDataSource().getConnection()) {
      schemaRights(c, liquibase.getDefaultSchema()).ifPresent(problems::add);
      for (String role :
          List.of(
              parameters.getOrDefault("appRole", EmbeddedPostgresEnvironment.APP_ROLE),
              parameters.getOrDefault("nationalRole", EmbeddedPostgresEnvironment.NATIONAL_ROLE))) {
        role(c, role).ifPresent(problems::add);
      }
    } catch (SQLException e) {
      // Liquibase reports a database it cannot reach in its own words.
      return List.of();
    }
    return problems;
  }

  private static Optional<String> schemaRights(Connection c, String schema) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT current_user, current_database(), coalesce(?, current_schema(), 'public'),"
                + " has_schema_privilege(coalesce(?, current_schema(), 'public'), 'CREATE')")) {
      s.setString(1, schema);
      s.setString(2, schema);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        if (rs.getBoolean(4)) {
          return Optional.empty();
        }
        return Optional.of(
            "role %s may not create tables in schema %s of database %s: make it the owner of both"
                    .formatted(rs.getString(1), rs.getString(3), rs.getString(2))
                + " (ALTER DATABASE %s OWNER TO %s; ALTER SCHEMA %s OWNER TO %s)"
                    .formatted(rs.getString(2), rs.getString(1), rs.getString(3), rs.getString(1)));
      }
    }
  }

  private static boolean mayCreateRoles(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user");
        ResultSet rs = s.executeQuery()) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  private static Optional<String> role(Connection c, String role) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT rolsuper OR rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = ?")) {
      s.setString(1, role);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          if (mayCreateRoles(c)) {
            // The schema creates it (without LOGIN), as the embedded default and tests rely on.
            return Optional.empty();
          }
          return Optional.of(
              "role %s does not exist and the schema owner may not create it: create it (CREATE ROLE %s LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '...')"
                  .formatted(role, role));
        }
        if (rs.getBoolean(1)) {
          return Optional.of(
              "role %s is a superuser or may bypass row-level security: ALTER ROLE %s NOSUPERUSER NOBYPASSRLS"
                  .formatted(role, role));
        }
        return Optional.empty();
      }
    }
  }
}

package org.shequ.server.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Skips the schema migration when the database's schema is what this build would make: Liquibase
 * reads and checks its whole change log on every start (a second or more, most of it before the
 * first query), to find on a restart that nothing is to be done. After each migration the {@link
 * SchemaFingerprint} is kept as the comment of Liquibase's own change-log table; a start whose
 * fingerprint equals it leaves Liquibase out. Any change to a change file, a new one or another
 * parameter runs Liquibase as before.
 */
@Component
class SkipCurrentSchema implements BeanPostProcessor, EnvironmentAware {
  private static final Logger log = LoggerFactory.getLogger(SkipCurrentSchema.class);
  private static final String PREFIX = "shequ-schema sha256:";

  private volatile String pending;
  private volatile Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  /** What else decides what Liquibase applies: its parameters, contexts and labels. */
  private Map<String, String> settings(SpringLiquibase liquibase) {
    Map<String, String> settings =
        new TreeMap<>(
            Binder.get(environment)
                .bind("spring.liquibase.parameters", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of()));
    settings.put(" contexts", String.valueOf(liquibase.getContexts()));
    settings.put(" labels", String.valueOf(liquibase.getLabelFilter()));
    return settings;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof SpringLiquibase liquibase) {
      String fingerprint =
          SchemaFingerprint.of(
              liquibase.getResourceLoader() == null
                  ? getClass().getClassLoader()
                  : liquibase.getResourceLoader().getClassLoader(),
              settings(liquibase));
      String kept = kept(liquibase);
      if ((PREFIX + fingerprint).equals(kept)) {
        log.info("Database schema is current (fingerprint {}): migration skipped", fingerprint);
        liquibase.setShouldRun(false);
      } else {
        pending = fingerprint;
      }
    }
    return bean;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof SpringLiquibase liquibase && pending != null) {
      keep(liquibase, pending);
      pending = null;
    }
    return bean;
  }

  /** The fingerprint kept by the last migration, or null (none yet, or no change-log table). */
  private static String kept(SpringLiquibase liquibase) {
    try (Connection c = dataSource(liquibase).getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT obj_description(to_regclass(?), 'pg_class')")) {
      s.setString(1, table(liquibase));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      log.debug("No schema fingerprint read: {}", e.getMessage());
      return null;
    }
  }

  private static void keep(SpringLiquibase liquibase, String fingerprint) {
    try (Connection c = dataSource(liquibase).getConnection();
        Statement s = c.createStatement()) {
      // COMMENT takes no parameters; the table name comes from configuration, the value is hex.
      s.execute("COMMENT ON TABLE " + table(liquibase) + " IS '" + PREFIX + fingerprint + "'");
    } catch (SQLException e) {
      log.warn(
          "Could not keep the schema fingerprint; the next start migrates: {}", e.getMessage());
    }
  }

  private static DataSource dataSource(SpringLiquibase liquibase) {
    return liquibase.getDataSource();
  }

  private static String table(SpringLiquibase liquibase) {
    String schema =
        liquibase.getLiquibaseSchema() != null
            ? liquibase.getLiquibaseSchema()
            : liquibase.getDefaultSchema();
    String table =
        liquibase.getDatabaseChangeLogTable() == null
            ? "databasechangelog"
            : liquibase.getDatabaseChangeLogTable();
    return schema == null ? table : schema + "." + table;
  }
}

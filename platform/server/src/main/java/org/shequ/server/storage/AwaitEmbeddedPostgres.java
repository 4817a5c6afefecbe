package org.shequ.server.storage;

import io.r2dbc.spi.ConnectionFactory;
import java.nio.file.Path;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Holds back the beans that connect to the embedded PostgreSQL until it answers: the schema
 * migration, and any connection factory or data source, before they are handed out. Everything else
 * in the context is built meanwhile, while PostgreSQL starts on its own thread.
 */
final class AwaitEmbeddedPostgres implements BeanPostProcessor {
  private final Path pgDir;
  private volatile boolean started;

  AwaitEmbeddedPostgres(Path pgDir) {
    this.pgDir = pgDir;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof SpringLiquibase) {
      await();
    }
    return bean;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof ConnectionFactory || bean instanceof DataSource) {
      await();
    }
    return bean;
  }

  private void await() {
    if (!started) {
      EmbeddedPostgresEnvironment.awaitStarted(pgDir);
      started = true;
    }
  }
}

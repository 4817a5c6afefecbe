package org.shequ.server.storage;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.ValidationDepth;
import java.time.Duration;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Flux;

/**
 * Read-only work over every tenant (the national comparison), on a small connection pool of its own
 * that connects as the national role ({@link NationalDatabaseProperties}). Row-level security
 * admits that role to every tenant's rows and its grants allow reads only; the application's own
 * role has no way to do the same.
 *
 * <p>The pool is deliberately not a {@code ConnectionFactory} bean: the application's connection
 * factory, client and transaction manager stay the only ones Spring wires everywhere else.
 */
@Component
public class NationalDatabase implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(NationalDatabase.class);

  /** National reads are few and heavy; a handful of connections serves them. */
  private static final int MAX_CONNECTIONS = 4;

  private final ConnectionPool pool;
  private final DatabaseClient db;
  private final TransactionalOperator readOnly;

  public NationalDatabase(NationalDatabaseProperties properties, R2dbcProperties r2dbc) {
    String url = properties.url() != null ? properties.url() : r2dbc.getUrl();
    if (url == null) {
      throw new IllegalStateException(
          "no database for national reads: set shequ.national-database.url or spring.r2dbc.url");
    }
    if (properties.password() == null) {
      log.warn(
          "shequ.national-database.password is not set: national comparisons fail unless the"
              + " database lets {} in without one",
          properties.username());
    }
    this.pool = pool(url, properties);
    this.db = DatabaseClient.create(pool);
    DefaultTransactionDefinition ro = new DefaultTransactionDefinition();
    ro.setReadOnly(true);
    this.readOnly = TransactionalOperator.create(new R2dbcTransactionManager(pool), ro);
  }

  /** Read-only work over every tenant's rows, in one read-only transaction. */
  public <T> Flux<T> acrossTenants(Function<DatabaseClient, Publisher<T>> work) {
    return readOnly.transactional(Flux.defer(() -> work.apply(db)));
  }

  private static ConnectionPool pool(String url, NationalDatabaseProperties properties) {
    ConnectionFactoryOptions.Builder options =
        ConnectionFactoryOptions.parse(url)
            .mutate()
            .option(ConnectionFactoryOptions.USER, properties.username());
    if (properties.password() != null) {
      options.option(ConnectionFactoryOptions.PASSWORD, properties.password());
    }
    ConnectionFactory connections = ConnectionFactories.get(options.build());
    if (connections instanceof ConnectionPool given) {
      // An r2dbc:pool: URL brings its own pool settings.
      return given;
    }
    return new ConnectionPool(
        ConnectionPoolConfiguration.builder(connections)
            .name("shequ-national")
            // No connection before the first national read: the server starts even while the
            // national role is not set up yet.
            .initialSize(0)
            .maxSize(MAX_CONNECTIONS)
            .maxIdleTime(Duration.ofMinutes(10))
            .maxAcquireTime(Duration.ofSeconds(10))
            // Ask the server, not the socket, so connections of a restarted database are replaced.
            .validationDepth(ValidationDepth.REMOTE)
            .build());
  }

  @Override
  public void destroy() {
    pool.dispose();
  }
}

package org.shequ.server.plan;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Follows the plugin changes made on any replica: {@code LISTEN shequ_plugins} on a connection of
 * its own (not one of the pool's), and a reload of the whole plugin set on each notification. A
 * burst of notifications costs one reload more at most. When the connection is lost it reconnects
 * with back-off and reloads once, for the notifications it may have missed meanwhile.
 */
@Component
class PluginChangeListener implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(PluginChangeListener.class);

  private final R2dbcProperties r2dbc;
  private final PluginLifecycle lifecycle;
  private volatile Disposable subscription;

  PluginChangeListener(R2dbcProperties r2dbc, PluginLifecycle lifecycle) {
    this.r2dbc = r2dbc;
    this.lifecycle = lifecycle;
  }

  @Override
  public void start() {
    if (r2dbc.getUrl() == null) {
      log.warn("No spring.r2dbc.url: plugin changes made on other replicas are not followed");
      return;
    }
    AtomicBoolean reconnected = new AtomicBoolean(false);
    subscription =
        Flux.usingWhen(
                connect(),
                connection ->
                    connection
                        .createStatement("LISTEN " + PluginJarStore.CHANNEL)
                        .execute()
                        .flatMap(r -> r.getRowsUpdated())
                        .then(Mono.fromRunnable(() -> log.info("Listening for plugin changes")))
                        // Changes made while this connection was down are caught up once.
                        .thenMany(
                            Flux.concat(
                                reconnected.getAndSet(true)
                                    ? Mono.just("(reconnected)")
                                    : Mono.<String>empty(),
                                connection
                                    .getNotifications()
                                    .map(n -> n.getParameter() == null ? "" : n.getParameter()))),
                Connection::close)
            .onBackpressureLatest()
            .concatMap(
                pluginId -> {
                  log.info("Plugin {} changed: reloading plugins", pluginId);
                  return lifecycle
                      .reload()
                      .onErrorResume(
                          e -> {
                            log.error("Reloading plugins after a change failed", e);
                            return Mono.empty();
                          });
                },
                1)
            .then(Mono.error(new IllegalStateException("plugin notifications ended")))
            .retryWhen(
                Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))
                    .maxBackoff(Duration.ofSeconds(30))
                    .doBeforeRetry(
                        s ->
                            log.warn(
                                "Plugin notifications lost ({}); reconnecting",
                                s.failure().getMessage())))
            .subscribe();
  }

  private Mono<PostgresqlConnection> connect() {
    ConnectionFactoryOptions.Builder options =
        ConnectionFactoryOptions.parse(r2dbc.getUrl()).mutate();
    if (r2dbc.getUsername() != null) {
      options.option(ConnectionFactoryOptions.USER, r2dbc.getUsername());
    }
    if (r2dbc.getPassword() != null) {
      options.option(ConnectionFactoryOptions.PASSWORD, r2dbc.getPassword());
    }
    return Mono.from(ConnectionFactories.get(options.build()).create())
        .map(PluginChangeListener::postgres);
  }

  /** The driver's connection under any pool wrapper (an {@code r2dbc:pool:} URL). */
  private static PostgresqlConnection postgres(Connection connection) {
    Object c = connection;
    while (!(c instanceof PostgresqlConnection) && c instanceof Wrapped<?> wrapped) {
      c = wrapped.unwrap();
    }
    if (c instanceof PostgresqlConnection pg) {
      return pg;
    }
    throw new IllegalStateException("plugin notifications need PostgreSQL, not " + c.getClass());
  }

  @Override
  public void stop() {
    Disposable s = subscription;
    if (s != null) {
      s.dispose();
    }
  }

  @Override
  public boolean isRunning() {
    Disposable s = subscription;
    return s != null && !s.isDisposed();
  }
}

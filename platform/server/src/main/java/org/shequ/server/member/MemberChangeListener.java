package org.shequ.server.member;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
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
 * Follows membership changes made on any replica: {@code LISTEN shequ_member_change} on a
 * connection of its own (as the plugin listener does), and every remembered membership forgotten on
 * each notification, so the change applies to the next request here too. While the connection is
 * down nothing is remembered longer than the cache's time to live; on reconnecting everything is
 * forgotten once, for the notifications missed meanwhile.
 */
@Component
class MemberChangeListener implements SmartLifecycle {
  static final String CHANNEL = "shequ_member_change";
  private static final Logger log = LoggerFactory.getLogger(MemberChangeListener.class);

  private final R2dbcProperties r2dbc;
  private final MembershipResolver resolver;
  private volatile Disposable subscription;

  MemberChangeListener(R2dbcProperties r2dbc, MembershipResolver resolver) {
    this.r2dbc = r2dbc;
    this.resolver = resolver;
  }

  @Override
  public void start() {
    if (r2dbc.getUrl() == null) {
      log.warn("No spring.r2dbc.url: membership changes made on other replicas are not followed");
      return;
    }
    subscription =
        Flux.usingWhen(
                connect(),
                connection ->
                    connection
                        .createStatement("LISTEN " + CHANNEL)
                        .execute()
                        .flatMap(r -> r.getRowsUpdated())
                        .then(Mono.fromRunnable(resolver::forgetAll))
                        .thenMany(connection.getNotifications()),
                Connection::close)
            .doOnNext(n -> resolver.forgetAll())
            .then(Mono.error(new IllegalStateException("membership notifications ended")))
            .retryWhen(
                Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))
                    .maxBackoff(Duration.ofSeconds(30))
                    .doBeforeRetry(
                        s ->
                            log.warn(
                                "Membership notifications lost ({}); reconnecting",
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
        .map(MemberChangeListener::postgres);
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
    throw new IllegalStateException("membership notifications need PostgreSQL, not " + c);
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

package org.shequ.server.storage;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * How replicas tell each other that something changed: PostgreSQL's {@code LISTEN/NOTIFY}, and
 * nothing else between them. Each followed channel has a connection of its own (not one of the
 * pool's, which would give it back). A lost connection is reconnected with back-off, and the
 * follower is then called once without a payload, for the notifications it may have missed.
 */
@Component
public class DatabaseChannels {
  private static final Logger log = LoggerFactory.getLogger(DatabaseChannels.class);

  private final R2dbcProperties r2dbc;

  public DatabaseChannels(R2dbcProperties r2dbc) {
    this.r2dbc = r2dbc;
  }

  /**
   * Follows {@code channel} until the returned subscription is disposed: {@code onChange} gets each
   * notification's payload, or an empty one after a reconnection. Calls run one at a time; a burst
   * of notifications while one runs costs one more call at most. Null when there is no {@code
   * spring.r2dbc.url} to listen on.
   */
  public Disposable follow(String channel, Function<Optional<String>, Mono<?>> onChange) {
    if (r2dbc.getUrl() == null) {
      log.warn(
          "No spring.r2dbc.url: changes on {} made by other replicas are not followed", channel);
      return null;
    }
    AtomicBoolean reconnected = new AtomicBoolean(false);
    return Flux.usingWhen(
            connect(),
            connection -> notifications(connection, channel, reconnected),
            Connection::close)
        .onBackpressureLatest()
        .concatMap(payload -> handled(channel, onChange, payload), 1)
        .then(Mono.error(new IllegalStateException("notifications on " + channel + " ended")))
        .retryWhen(
            Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))
                .maxBackoff(Duration.ofSeconds(30))
                .doBeforeRetry(
                    s ->
                        log.warn(
                            "Notifications on {} lost ({}); reconnecting",
                            channel,
                            s.failure().getMessage())))
        .subscribe();
  }

  private static Flux<Optional<String>> notifications(
      PostgresqlConnection connection, String channel, AtomicBoolean reconnected) {
    return connection
        .createStatement("LISTEN " + channel)
        .execute()
        .flatMap(r -> r.getRowsUpdated())
        .then(Mono.fromRunnable(() -> log.info("Listening on {}", channel)))
        // Changes made while this connection was down are caught up once.
        .thenMany(
            Flux.concat(
                reconnected.getAndSet(true) ? Mono.just(Optional.<String>empty()) : Mono.empty(),
                connection
                    .getNotifications()
                    .map(n -> Optional.ofNullable(n.getParameter()).filter(p -> !p.isEmpty()))));
  }

  private static Mono<Void> handled(
      String channel, Function<Optional<String>, Mono<?>> onChange, Optional<String> payload) {
    return Mono.defer(() -> onChange.apply(payload))
        .then()
        .onErrorResume(
            e -> {
              log.error("Following a change on {} failed", channel, e);
              return Mono.empty();
            });
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
        .map(DatabaseChannels::postgres);
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
    throw new IllegalStateException("notifications need PostgreSQL, not " + c.getClass());
  }
}

package org.shequ.server.live;

import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * This replica's ear on the database: {@code LISTEN shequ_report_change} on a connection of its own
 * (made from the driver, never one of the pool's, which would go back to the pool still listening),
 * each notification passed to the {@link ReportChangeFeed}. When the connection is lost, or stops
 * answering the periodic check, it is opened again with growing pauses; the embedded PostgreSQL's
 * supervisor may be restarting the database meanwhile.
 */
@Component
class ReportChangeListener implements SmartLifecycle {
  /** The channel the {@code report_change_notify()} trigger announces on. */
  static final String CHANNEL = "shequ_report_change";

  /** How the connection shows in {@code pg_stat_activity.application_name}. */
  static final String APPLICATION_NAME = "shequ-live";

  /**
   * Notifications heard within this window are passed on together, identical ones once: a bulk
   * approval of 500 reports in 500 transactions makes a dashboard re-read once or twice, not 500
   * times, and the delay stays well inside the one second dashboards are promised.
   */
  private static final Duration COALESCING = Duration.ofMillis(100);

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private static final Logger log = LoggerFactory.getLogger(ReportChangeListener.class);

  private final R2dbcProperties r2dbc;
  private final ReportChangeFeed feed;
  private final LiveProperties properties;
  private final JsonMapper json;
  private volatile Disposable subscription;

  ReportChangeListener(
      R2dbcProperties r2dbc, ReportChangeFeed feed, LiveProperties properties, JsonMapper json) {
    this.r2dbc = r2dbc;
    this.feed = feed;
    this.properties = properties;
    this.json = json;
  }

  @Override
  public void start() {
    feed.reopen();
    if (r2dbc.getUrl() == null) {
      log.warn("No spring.r2dbc.url: report changes are not pushed to dashboards");
      return;
    }
    subscription =
        Flux.usingWhen(connect(), this::listen, ReportChangeListener::close)
            .then(Mono.<Void>error(new IllegalStateException("the LISTEN connection closed")))
            .doOnError(e -> feed.lost(String.valueOf(e.getMessage())))
            .retryWhen(
                Retry.backoff(Long.MAX_VALUE, properties.reconnectBackoff())
                    .maxBackoff(properties.reconnectBackoffMax())
                    .doBeforeRetry(
                        s ->
                            log.debug(
                                "Opening the LISTEN connection again after: {}",
                                s.failure().getMessage())))
            .subscribe();
  }

  /**
   * Notifications of one connection until it fails. The notifications are subscribed to before
   * {@code LISTEN} runs, so none sent once it has run is missed.
   */
  private Flux<ReportChange> listen(PostgresqlConnection connection) {
    Flux<ReportChange> heard =
        connection
            .getNotifications()
            .concatMapIterable(this::change)
            .bufferTimeout(1024, COALESCING)
            .concatMapIterable(ReportChangeListener::coalesced)
            .doOnNext(feed::publish);
    Flux<ReportChange> listening =
        listenOn(connection)
            .then(
                Mono.fromRunnable(
                    () -> {
                      log.info("Listening for report changes on {}", CHANNEL);
                      feed.opened();
                    }))
            .thenMany(checks(connection));
    return Flux.merge(heard, listening);
  }

  /**
   * A round trip now and then; an error ends the connection's turn. Emits nothing. The round trip
   * is the {@code LISTEN} again (a no-op on a channel already listened to), so the connection's
   * {@code pg_stat_activity.query} keeps saying what it is for.
   */
  private Flux<ReportChange> checks(PostgresqlConnection connection) {
    return Flux.interval(properties.connectionCheck())
        .concatMap(tick -> listenOn(connection).timeout(CONNECT_TIMEOUT).then(Mono.empty()));
  }

  private static Mono<Long> listenOn(PostgresqlConnection connection) {
    return connection
        .createStatement("LISTEN " + CHANNEL)
        .execute()
        .flatMap(r -> r.getRowsUpdated())
        .then(Mono.just(0L));
  }

  /** The change a notification announces; none for a payload this version does not read. */
  private List<ReportChange> change(Notification notification) {
    try {
      Announcement a = json.readValue(notification.getParameter(), Announcement.class);
      return List.of(new ReportChange(a.tenant(), a.formCode(), a.period(), a.status(), now()));
    } catch (JacksonException | IllegalArgumentException e) {
      log.warn("Ignoring a report-change notification that does not read: {}", e.getMessage());
      return List.of();
    }
  }

  private static Instant now() {
    return Instant.now();
  }

  /** One change per key, the latest heard, in the order first heard. */
  static List<ReportChange> coalesced(List<ReportChange> heard) {
    Map<ReportChange.Key, ReportChange> latest = new LinkedHashMap<>();
    for (ReportChange c : heard) {
      latest.put(c.key(), c);
    }
    return List.copyOf(latest.values());
  }

  /** The trigger's payload. */
  record Announcement(String tenant, String formCode, int period, String status) {
    Announcement {
      if (tenant == null || formCode == null || status == null) {
        throw new IllegalArgumentException("tenant, formCode and status are required");
      }
    }
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
    options.option(PostgresqlConnectionFactoryProvider.APPLICATION_NAME, APPLICATION_NAME);
    options.option(ConnectionFactoryOptions.CONNECT_TIMEOUT, CONNECT_TIMEOUT);
    return Mono.from(ConnectionFactories.get(options.build()).create())
        .timeout(CONNECT_TIMEOUT)
        .map(ReportChangeListener::postgres);
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
    throw new IllegalStateException("report changes need PostgreSQL, not " + c.getClass());
  }

  /** Closing a connection that already died must not hold up opening the next one. */
  private static Mono<Void> close(PostgresqlConnection connection) {
    return Mono.from(connection.close()).timeout(CONNECT_TIMEOUT).onErrorResume(e -> Mono.empty());
  }

  @Override
  public void stop() {
    Disposable s = subscription;
    if (s != null) {
      s.dispose();
    }
    feed.close();
  }

  @Override
  public boolean isRunning() {
    Disposable s = subscription;
    return s != null && !s.isDisposed();
  }
}

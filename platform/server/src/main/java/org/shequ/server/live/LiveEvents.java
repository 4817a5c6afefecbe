package org.shequ.server.live;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One subscriber's event stream: {@code ready} once this replica listens, its changes, and a
 * keep-alive comment at intervals; it ends with the {@code LISTEN} session it started in, or when
 * the server stops (so a graceful shutdown is not held up by open streams).
 */
@Component
class LiveEvents {
  static final String READY = "ready";
  static final String CHANGE = "change";
  static final String KEEP_ALIVE = "keep-alive";

  /** How soon a client reconnects after the stream ends (sent once, with {@code ready}). */
  private static final Duration RETRY = Duration.ofSeconds(1);

  private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);

  private final ReportChangeFeed feed;
  private final Duration keepAlive;
  private final int buffer;

  LiveEvents(ReportChangeFeed feed, LiveProperties properties) {
    this.feed = feed;
    this.keepAlive = properties.keepAlive();
    this.buffer = properties.subscriberBuffer();
  }

  Flux<ServerSentEvent<Object>> stream(Predicate<ReportChange> shown) {
    Flux<ServerSentEvent<Object>> heard =
        feed.session().flatMapMany(session -> sessionEvents(session, shown));
    return heard
        .publish(events -> Flux.merge(events, keepAlives().takeUntilOther(ended(events))))
        .takeUntilOther(feed.closed())
        // A client that does not keep up loses its oldest events, never holding up the others;
        // an event only says "re-read", so a newer one makes up for those lost.
        .onBackpressureBuffer(
            buffer,
            dropped -> log.debug("A slow event stream missed {}", dropped.id()),
            BufferOverflowStrategy.DROP_OLDEST);
  }

  /** {@code ready}, then the session's changes this subscriber may see, until the session ends. */
  private static Flux<ServerSentEvent<Object>> sessionEvents(
      ReportChangeFeed.Session session, Predicate<ReportChange> shown) {
    Flux<ServerSentEvent<Object>> changes =
        session.changes().filter(n -> shown.test(n.change())).map(LiveEvents::change);
    return Flux.concat(Mono.just(ready()), changes).takeUntilOther(session.ending());
  }

  private Flux<ServerSentEvent<Object>> keepAlives() {
    return Flux.interval(keepAlive, keepAlive)
        .map(tick -> ServerSentEvent.builder().comment(KEEP_ALIVE).build());
  }

  /** Emits when the events end, so the keep-alives end with them. */
  private static Mono<Boolean> ended(Flux<?> events) {
    return events.then(Mono.just(true));
  }

  private static ServerSentEvent<Object> ready() {
    return ServerSentEvent.<Object>builder(new LiveEventsController.Ready(Instant.now()))
        .event(READY)
        .retry(RETRY)
        .build();
  }

  private static ServerSentEvent<Object> change(ReportChangeFeed.Numbered numbered) {
    return ServerSentEvent.<Object>builder(numbered.change())
        .id(Long.toString(numbered.id()))
        .event(CHANGE)
        .build();
  }
}

package org.shequ.server.live;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Fans the changes this replica hears out to every open event stream. Changes are heard in
 * sessions, one per {@code LISTEN} connection: a stream belongs to one session and ends with it,
 * because changes committed while no connection listened are never heard; the client reconnects,
 * gets {@code ready} once a new session listens, and re-reads everything.
 */
@Component
public class ReportChangeFeed {
  private static final Logger log = LoggerFactory.getLogger(ReportChangeFeed.class);

  private final AtomicLong ids = new AtomicLong();
  // The newest session, ended or not; a new subscriber waits for one that listens.
  private final Sinks.Many<Session> sessions = Sinks.many().replay().latest();
  // Replaced when the server starts again after a stop (a paused context is stopped and started).
  private Sinks.One<Boolean> closed = Sinks.one();
  private boolean stopped;
  private Session current;
  private Instant lostAt = Instant.now();
  private String lostBecause = "not connected yet";
  private long sessionsOpened;

  /** A change heard, with its event id (increasing in this process). */
  public record Numbered(long id, ReportChange change) {}

  /** Whether this replica hears changes now, for its health. */
  public record Listening(boolean listening, Instant since, String reason, long sessions) {}

  /** The session that listens now, as soon as there is one; empty once the server stops. */
  Mono<Session> session() {
    return sessions.asFlux().filter(s -> !s.ended()).next().takeUntilOther(closed());
  }

  /** Completes when the server stops: every stream ends then, including those still waiting. */
  synchronized Mono<Boolean> closed() {
    return closed.asMono();
  }

  /** The server starts again after a stop: new streams wait for a session again. */
  synchronized void reopen() {
    if (stopped) {
      closed = Sinks.one();
      stopped = false;
    }
  }

  /** A {@code LISTEN} connection is in place: changes are heard from now on. */
  synchronized void opened() {
    end("replaced");
    current = new Session();
    sessionsOpened++;
    sessions.emitNext(current, Sinks.EmitFailureHandler.FAIL_FAST);
  }

  /** The {@code LISTEN} connection is gone: streams end, changes from now on go unheard. */
  synchronized void lost(String because) {
    if (current != null) {
      log.warn("Report changes are not heard until the LISTEN connection is back: {}", because);
    }
    end(because);
  }

  synchronized void publish(ReportChange change) {
    if (current != null) {
      current.publish(new Numbered(ids.incrementAndGet(), change));
    }
  }

  /** The server stops: every stream ends. */
  synchronized void close() {
    end("stopped");
    stopped = true;
    closed.tryEmitValue(true);
  }

  public synchronized Listening listening() {
    return current != null
        ? new Listening(true, current.since, null, sessionsOpened)
        : new Listening(false, lostAt, lostBecause, sessionsOpened);
  }

  private void end(String because) {
    if (current != null) {
      current.end();
      current = null;
      lostAt = Instant.now();
      lostBecause = because;
    }
  }

  /** The changes heard through one {@code LISTEN} connection. */
  static final class Session {
    private final Sinks.Many<Numbered> changes = Sinks.many().multicast().directBestEffort();
    private final Sinks.One<Boolean> ending = Sinks.one();
    private final Instant since = Instant.now();
    private volatile boolean ended;

    /** This session's changes, to whoever subscribes and asks for them. */
    Flux<Numbered> changes() {
      return changes.asFlux();
    }

    /** Emits once the session is over. */
    Mono<Boolean> ending() {
      return ending.asMono();
    }

    boolean ended() {
      return ended;
    }

    private void publish(Numbered change) {
      // No subscriber is fine: nobody is watching.
      changes.tryEmitNext(change);
    }

    private void end() {
      ended = true;
      ending.tryEmitValue(true);
      changes.tryEmitComplete();
    }
  }
}

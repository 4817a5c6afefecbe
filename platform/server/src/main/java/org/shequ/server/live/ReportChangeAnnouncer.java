package org.shequ.server.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Announces the server's own report writes on {@code shequ_report_change} once they have committed,
 * every replica hearing them as it hears the {@code report_change_notify()} trigger.
 *
 * <p>Why not the trigger: PostgreSQL holds a database-wide lock from a notifying transaction's
 * commit until its WAL is on disk, so with durable commits every write that notifies waits for the
 * previous one's flush: writes could not share a flush, and ingest stopped at about one write per
 * fsync. The server's writes tell the trigger to stay silent ({@code
 * shequ.report_change_announced}) and hand their change here instead: identical changes within a
 * short window are sent once, all of a window's in one statement of its own, which then waits for
 * one flush for all of them. Dashboards still hear of a change well within their second (this
 * window and the listener's). A change committed just before the server dies unannounced is re-read
 * at the next one.
 */
@Component
public class ReportChangeAnnouncer implements SmartLifecycle {
  /** How long changes gather before they are sent together. */
  private static final Duration WINDOW = Duration.ofMillis(50);

  private static final Logger log = LoggerFactory.getLogger(ReportChangeAnnouncer.class);

  private final DatabaseClient db;
  private final JsonMapper json;
  private final Set<String> pending = ConcurrentHashMap.newKeySet();
  private volatile Disposable sending;

  ReportChangeAnnouncer(DatabaseClient db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  /** A report change committed by this server; announced within {@link #WINDOW}. */
  public void changed(String tenant, String formCode, String period, String status) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("tenant", tenant);
    payload.put("formCode", formCode);
    payload.put("period", Integer.parseInt(period));
    payload.put("status", status);
    pending.add(json.writeValueAsString(payload));
  }

  /** Sends what gathered since the last call, in one statement; nothing when nothing did. */
  Mono<Void> send() {
    List<String> payloads = new ArrayList<>();
    for (Iterator<String> i = pending.iterator(); i.hasNext(); ) {
      payloads.add(i.next());
      i.remove();
    }
    if (payloads.isEmpty()) {
      return Mono.empty();
    }
    return db.sql("SELECT pg_notify(:channel, p) FROM unnest(CAST(:payloads AS text[])) p")
        .bind("channel", ReportChangeListener.CHANNEL)
        .bind("payloads", payloads.toArray(String[]::new))
        .fetch()
        .rowsUpdated()
        .then()
        .onErrorResume(
            e -> {
              log.warn("Could not announce {} report changes: {}", payloads.size(), e.toString());
              return Mono.empty();
            });
  }

  @Override
  public void start() {
    sending = Flux.interval(WINDOW).onBackpressureDrop().concatMap(tick -> send(), 1).subscribe();
  }

  @Override
  public void stop(Runnable callback) {
    Disposable s = sending;
    sending = null;
    if (s != null) {
      s.dispose();
    }
    // What gathered last is still announced, without holding up the shutdown for long.
    send()
        .timeout(Duration.ofSeconds(2))
        .onErrorComplete()
        .doFinally(x -> callback.run())
        .subscribe();
  }

  @Override
  public void stop() {
    stop(() -> {});
  }

  @Override
  public boolean isRunning() {
    return sending != null;
  }
}

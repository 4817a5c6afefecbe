package org.shequ.server.storage;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the embedded PostgreSQL running: notices the moment its postmaster exits, says so (see
 * {@link #state()}), and starts it again on the same port, waiting longer after each failed attempt
 * (from {@link #FIRST_RETRY} doubling up to {@link #LONGEST_RETRY}) and never giving up, so the
 * server recovers without a person.
 */
public final class EmbeddedPostgresSupervisor {
  static final Duration FIRST_RETRY = Duration.ofMillis(250);
  static final Duration LONGEST_RETRY = Duration.ofSeconds(10);

  /** Whether the database runs, and if not, why and since when. */
  public record State(
      boolean up, long pid, int port, int restarts, String problem, Instant downSince) {}

  private final EmbeddedPostgresProcess postgres;
  private final ScheduledExecutorService restarter =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "embedded-postgres-supervisor");
            t.setDaemon(true);
            return t;
          });
  private volatile Process running;
  private volatile State state;
  private volatile boolean stopping;
  private int restarts;

  private EmbeddedPostgresSupervisor(EmbeddedPostgresProcess postgres) {
    this.postgres = postgres;
  }

  /** Readies the data directory, starts PostgreSQL and watches it from now on. */
  static EmbeddedPostgresSupervisor start(EmbeddedPostgresProcess postgres) throws IOException {
    EmbeddedPostgresSupervisor supervisor = new EmbeddedPostgresSupervisor(postgres);
    postgres.prepareDirectory();
    supervisor.started(postgres.start());
    return supervisor;
  }

  public State state() {
    return state;
  }

  EmbeddedPostgresProcess process() {
    return postgres;
  }

  private synchronized void started(Process postmaster) {
    running = postmaster;
    state = new State(true, postmaster.pid(), postgres.port(), restarts, null, null);
    postmaster.onExit().thenAccept(this::exited);
  }

  private synchronized void exited(Process postmaster) {
    if (stopping || postmaster != running) {
      return;
    }
    String problem =
        "PostgreSQL (pid "
            + postmaster.pid()
            + ") exited with code "
            + postmaster.exitValue()
            + "; restarting it";
    postgres
        .log()
        .error("The embedded database in " + postgres.directory() + " stopped: " + problem);
    state = new State(false, -1, postgres.port(), restarts, problem, Instant.now());
    schedule(1, FIRST_RETRY);
  }

  private void schedule(int attempt, Duration delay) {
    if (!stopping) {
      restarter.schedule(() -> restart(attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private synchronized void restart(int attempt) {
    if (stopping) {
      return;
    }
    try {
      Process postmaster = postgres.start();
      restarts++;
      postgres
          .log()
          .info(
              "The embedded database in "
                  + postgres.directory()
                  + " runs again (pid "
                  + postmaster.pid()
                  + ", attempt "
                  + attempt
                  + ")");
      started(postmaster);
    } catch (IOException | RuntimeException e) {
      Duration next = backoff(attempt);
      String problem =
          "restart attempt " + attempt + " failed: " + e.getMessage() + "; next in " + next;
      postgres.log().warn("The embedded database in " + postgres.directory() + ": " + problem);
      state =
          new State(
              false,
              -1,
              postgres.port(),
              restarts,
              problem,
              state.downSince() == null ? Instant.now() : state.downSince());
      schedule(attempt + 1, next);
    }
  }

  static Duration backoff(int attempt) {
    long millis = FIRST_RETRY.toMillis() << Math.min(attempt, 16);
    return Duration.ofMillis(Math.min(millis, LONGEST_RETRY.toMillis()));
  }

  /** Stops watching and shuts PostgreSQL down cleanly; idempotent. */
  public void stop() {
    synchronized (this) {
      if (stopping) {
        return;
      }
      stopping = true;
      restarter.shutdownNow();
    }
    postgres.stop();
    state = new State(false, -1, postgres.port(), restarts, "stopped", Instant.now());
  }
}

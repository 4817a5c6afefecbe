package org.shequ.server.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/**
 * Where the start-up seeding of demo data stands. Seeding runs after the server is ready, so a
 * first start serves at once; this says which tenants are seeded so far (each one's data appears
 * whole, in one transaction, with its roll-ups) and when it is done, for health details and tests.
 */
@Component
public class DemoDataSeeding {

  /** The stages of start-up seeding. */
  public enum Stage {
    /** Not started yet: the server is not ready. */
    WAITING,
    /** Turned off, or the database is not the embedded one: nothing will be seeded. */
    OFF,
    /** Tenants are being seeded, one at a time. */
    SEEDING,
    /** Every tenant that needed it is seeded, its roll-ups built and statistics refreshed. */
    DONE,
    /** Seeding stopped on an error (logged); tenants seeded before it are complete. */
    FAILED
  }

  /** What health shows: the stage, the tenants finished and since when. */
  public record Status(Stage stage, List<String> seeded, List<String> checked, Instant since) {}

  private final CompletableFuture<Status> finished = new CompletableFuture<>();
  private volatile Status status = new Status(Stage.WAITING, List.of(), List.of(), Instant.now());

  public Status status() {
    return status;
  }

  /**
   * Waits until seeding is over (done, off or failed) and answers how it ended; for tests and
   * tools, never on an event-loop thread.
   */
  public Status await(Duration timeout) throws TimeoutException {
    try {
      return finished.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for demo data", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  synchronized void started() {
    status = new Status(Stage.SEEDING, List.of(), List.of(), Instant.now());
  }

  /** A tenant was looked at: {@code seeded} if it got demo data, else it had units already. */
  synchronized void tenantDone(String tenantId, boolean seeded) {
    List<String> checked = new ArrayList<>(status.checked());
    checked.add(tenantId);
    List<String> done = new ArrayList<>(status.seeded());
    if (seeded) {
      done.add(tenantId);
    }
    status = new Status(status.stage(), List.copyOf(done), List.copyOf(checked), status.since());
  }

  synchronized void ended(Stage stage) {
    status = new Status(stage, status.seeded(), status.checked(), Instant.now());
    finished.complete(status);
  }
}

package org.shequ.server.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shequ.server.support.ShequServerTest;
import org.shequ.server.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.scheduler.Schedulers;

/**
 * A stale roll-up asked for by two callers at once (two replicas, or two readers of one) is rebuilt
 * once: each form's rebuild takes the tenant's exclusive advisory lock in PostgreSQL and looks
 * again whether the form is still stale only once it holds it.
 */
class RollupRebuildOnceTest extends ShequServerTest {
  private static final String TENANT = "test-rollup";

  @Autowired RollupRebuilds rebuilds;

  @Test
  void twoConcurrentRequestsRebuildEachStaleFormOnce() throws Exception {
    TestDatabase db = database();
    try (Connection owner =
        DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword())) {
      // Current first, then stale: the database forgets which layout each form was built with.
      rebuilds.tenant(TENANT, false).collectList().block(Duration.ofMinutes(2));
      try (Statement st = owner.createStatement()) {
        assertThat(
                st.executeUpdate(
                    "DELETE FROM progress_rollup_state WHERE tenant_id = '" + TENANT + "'"))
            .isPositive();
      }

      // Hold the tenant's lock, so both requests are certain to overlap.
      owner.setAutoCommit(false);
      try (PreparedStatement lock =
          owner.prepareStatement("SELECT pg_advisory_xact_lock(progress_rollup_lock_key(?))")) {
        lock.setString(1, TENANT);
        lock.execute();
      }
      CompletableFuture<List<RollupRebuilds.FormBuild>> first = request();
      CompletableFuture<List<RollupRebuilds.FormBuild>> second = request();
      awaitWaiters(owner, 2);
      owner.commit();

      List<RollupRebuilds.FormBuild> builds =
          Stream.concat(
                  first.get(2, TimeUnit.MINUTES).stream(), second.get(2, TimeUnit.MINUTES).stream())
              .toList();
      Map<String, Long> rebuiltPerForm =
          builds.stream()
              .collect(
                  Collectors.groupingBy(
                      RollupRebuilds.FormBuild::form,
                      Collectors.filtering(
                          RollupRebuilds.FormBuild::rebuilt, Collectors.counting())));
      assertThat(rebuiltPerForm).isNotEmpty();
      assertThat(rebuiltPerForm.values()).allMatch(n -> n == 1);
      // Each request looked at every form.
      assertThat(builds).hasSize(rebuiltPerForm.size() * 2);
    }
  }

  @Test
  void theRollupLagIsTheAgeOfTheStaleRollupReadersWaitFor() throws Exception {
    TestDatabase db = database();
    try (Connection owner =
        DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword())) {
      rebuilds.tenant(TENANT, false).collectList().block(Duration.ofMinutes(2));
      // The lag covers every tenant: a rebuild another test's read asked for may still be running.
      await().atMost(Duration.ofSeconds(30)).until(() -> rebuilds.lag().isZero());
      try (Statement st = owner.createStatement()) {
        st.executeUpdate("DELETE FROM progress_rollup_state WHERE tenant_id = '" + TENANT + "'");
      }
      owner.setAutoCommit(false);
      try (PreparedStatement lock =
          owner.prepareStatement("SELECT pg_advisory_xact_lock(progress_rollup_lock_key(?))")) {
        lock.setString(1, TENANT);
        lock.execute();
      }
      // A reader finds it stale and asks; the rebuild waits for the lock.
      rebuilds.request(TENANT);
      awaitWaiters(owner, 1);
      Thread.sleep(1100);
      assertThat(rebuilds.lag()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
      owner.commit();

      Instant start = Instant.now();
      while (!rebuilds.lag().isZero()) {
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMinutes(1));
        Thread.sleep(50);
      }
    }
  }

  private CompletableFuture<List<RollupRebuilds.FormBuild>> request() {
    return rebuilds
        .tenant(TENANT, false)
        .collectList()
        .subscribeOn(Schedulers.boundedElastic())
        .toFuture();
  }

  /** Waits until {@code n} sessions wait for an advisory lock the test's session holds. */
  private static void awaitWaiters(Connection owner, int n) throws Exception {
    Instant start = Instant.now();
    try (Connection watcher =
        DriverManager.getConnection(
            database().jdbcUrl(), database().ownerUser(), database().ownerPassword())) {
      while (true) {
        try (Statement st = watcher.createStatement();
            ResultSet rs =
                st.executeQuery(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")) {
          rs.next();
          if (rs.getInt(1) >= n) {
            return;
          }
        }
        assertThat(Duration.between(start, Instant.now()))
            .as("both rebuilds wait for the tenant's roll-up lock")
            .isLessThan(Duration.ofSeconds(30));
        Thread.sleep(50);
      }
    }
  }
}

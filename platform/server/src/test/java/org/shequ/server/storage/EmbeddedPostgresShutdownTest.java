package org.shequ.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.server.support.RunningServer;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import reactor.core.publisher.Mono;

/**
 * A server told to stop lets its web server drain and its pools close before the embedded
 * PostgreSQL goes: whatever the context shuts down still reaches the database, and the database is
 * stopped once the context is closed.
 */
class EmbeddedPostgresShutdownTest {

  @Test
  void theDatabaseStopsLastWhenTheServerStops(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    AtomicReference<Object> answerWhileClosing = new AtomicReference<>();
    long postmaster;
    try (RunningServer server = ReportLoad.embeddedServer(dir)) {
      postmaster = EmbeddedPostgresCrashTest.postmasterPid(data);
      ConnectionFactory database = server.bean(ConnectionFactory.class);
      // Registered after every bean of the context, so it is shut down before any of them, as
      // the web server's graceful shutdown is: the database must still answer it.
      ((DefaultSingletonBeanRegistry) server.context().getBeanFactory())
          .registerDisposableBean(
              "closingProbe", () -> answerWhileClosing.set(selectOne(database)));
    }

    assertThat(answerWhileClosing.get())
        .as("the database answered while the context was closing")
        .isEqualTo(1);
    assertThat(data.resolve("postgres/postmaster.pid"))
        .as("the embedded PostgreSQL is stopped once the server has stopped")
        .doesNotExist();
    // Its process is gone a moment later, once the JVM has reaped it.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> ProcessHandle.of(postmaster).map(h -> !h.isAlive()).orElse(true));
  }

  private static Object selectOne(ConnectionFactory database) {
    try {
      return Mono.usingWhen(
              Mono.from(database.create()),
              c ->
                  Mono.from(c.createStatement("SELECT 1").execute())
                      .flatMap(r -> Mono.from(r.map((row, meta) -> row.get(0, Integer.class)))),
              Connection::close)
          .block(Duration.ofSeconds(10));
    } catch (RuntimeException e) {
      return e.toString();
    }
  }
}

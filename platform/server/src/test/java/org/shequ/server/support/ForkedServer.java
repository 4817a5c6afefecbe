package org.shequ.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.shequ.server.ShequApplication;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A Shequ server in a JVM of its own, as a second replica beside the test's: this JVM's class path
 * and {@code java}, the given database, its own data directory and port. It leaves migrations to
 * the first replica (its class path names the change log's files differently from this JVM's, so it
 * would re-run them under new names). Its output goes to a log file under {@code target/}.
 */
public final class ForkedServer implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private final Process process;
  private final int port;
  private final Path log;

  private ForkedServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts the server on {@code db} with {@code properties} (as {@code name=value}) and waits until
   * it serves requests. {@code name} names its log, {@code target/<name>.log}.
   */
  public static ForkedServer start(String name, TestDatabase db, String... properties)
      throws IOException, InterruptedException {
    int port = freePort();
    Path log = Path.of("target", name + ".log");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(
        List.of(
            "-Xmx512m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            ShequApplication.class.getName()));
    List<String> props = new ArrayList<>(List.of(db.springProperties()));
    props.addAll(
        List.of(
            "shequ.embedded-database.active=true",
            "shequ.embedded-database.enabled=false",
            "shequ.data-dir=" + Files.createTempDirectory("shequ-forked-data"),
            "shequ.demo-data.enabled=false",
            "spring.liquibase.enabled=false",
            "server.port=" + port,
            "logging.level.root=WARN"));
    props.addAll(List.of(properties));
    props.forEach(p -> command.add("--" + p));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ForkedServer server = new ForkedServer(process, port, log);
    try {
      server.awaitUp();
    } catch (RuntimeException | Error | InterruptedException e) {
      server.close();
      throw e;
    }
    return server;
  }

  public int port() {
    return port;
  }

  /** A client of this server, patient enough for a loaded machine. */
  public WebTestClient client() {
    return WebTestClient.bindToServer()
        .baseUrl("http://localhost:" + port)
        .responseTimeout(Duration.ofSeconds(60))
        .build();
  }

  /** A client that calls as a platform admin, with a token this server signed. */
  public WebTestClient platformAdmin() {
    return client()
        .mutate()
        .defaultHeader("Authorization", "Bearer " + platformAdminToken())
        .build();
  }

  private String platformAdminToken() {
    Map<?, ?> body =
        client()
            .post()
            .uri("/api/v1/dev/token")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("subject", "ops", "roles", List.of("PLATFORM_ADMIN")))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    return (String) body.get("access_token");
  }

  private void awaitUp() throws InterruptedException {
    Instant start = Instant.now();
    WebTestClient client = client();
    while (true) {
      assertThat(process.isAlive()).as("the forked server runs; see %s", log).isTrue();
      assertThat(Duration.between(start, Instant.now()))
          .as("the forked server starts; see %s", log)
          .isLessThan(START_TIMEOUT);
      try {
        if (client
            .get()
            .uri("/api/v1/plans")
            .exchange()
            .returnResult(String.class)
            .getStatus()
            .is2xxSuccessful()) {
          return;
        }
      } catch (RuntimeException notYet) {
        // Connection refused until the server listens.
      }
      Thread.sleep(500);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }
}

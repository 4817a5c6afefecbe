package org.shequ.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The Shequ server under test, as its own JVM started from the built jar. */
final class ServerProcess implements AutoCloseable {
  private static final String READINESS = "/actuator/health/readiness";
  private static final String HEALTH = "/actuator/health";
  private final Process process;
  private final long launched;
  private final Path log;
  private String probe = READINESS;
  final int port;

  private ServerProcess(Process process, long launched, Path log, int port) {
    this.process = process;
    this.launched = launched;
    this.log = log;
    this.port = port;
  }

  /**
   * Starts the jar with a 2 GB heap and waits until it is ready, for at most 10 minutes (a loaded
   * machine).
   */
  static ServerProcess start(Path jar, Path log, int port, List<String> args) throws Exception {
    ServerProcess server = launch(jar, log, port, List.of("-Xmx2g"), args);
    server.awaitReady(Duration.ofSeconds(600));
    return server;
  }

  /** Starts the jar as {@code java <jvmOptions> -jar <jar> --server.port=<port> <args>}. */
  static ServerProcess launch(
      Path jar, Path log, int port, List<String> jvmOptions, List<String> args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.add("-jar");
    cmd.add(jar.toString());
    cmd.add("--server.port=" + port);
    cmd.addAll(args);
    long launched = System.nanoTime();
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ServerProcess(p, launched, log, port);
  }

  /**
   * Polls the readiness probe back to back (every 50 ms) until it answers 200 and returns the time
   * since launch; falls back to the whole health when the server has no readiness group (404).
   */
  Duration awaitReady(Duration timeout) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    while (System.nanoTime() - launched < timeout.toNanos()) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server exited; see " + log);
      }
      try {
        int status =
            http.send(
                    HttpRequest.newBuilder(URI.create(url(probe)))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status == 200) {
          return Duration.ofNanos(System.nanoTime() - launched);
        }
        if (status == 404 && probe.equals(READINESS)) {
          probe = HEALTH;
          continue;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    close();
    throw new IllegalStateException(
        "the server was not ready in " + timeout.toSeconds() + " s; see " + log);
  }

  /** The probe that answered {@link #awaitReady}: readiness, or the whole health without it. */
  String probe() {
    return probe;
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  long pid() {
    return process.pid();
  }

  /** Stops the server as an operator would (SIGTERM), and forcibly after 60 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}

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

/** The Shequ server under test, as its own JVM started from the built jar. */
final class ServerProcess implements AutoCloseable {
  private final Process process;
  final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static ServerProcess start(Path jar, Path log, int port, List<String> args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx2g");
    cmd.add("-jar");
    cmd.add(jar.toString());
    cmd.add("--server.port=" + port);
    cmd.addAll(args);
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ServerProcess server = new ServerProcess(p, port);
    long started = System.nanoTime();
    HttpClient http = HttpClient.newHttpClient();
    while (System.nanoTime() - started < Duration.ofSeconds(120).toNanos()) {
      if (!p.isAlive()) {
        throw new IllegalStateException("the server exited; see " + log);
      }
      try {
        var r =
            http.send(
                HttpRequest.newBuilder(URI.create(server.url("/actuator/health"))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return server;
        }
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(250);
    }
    server.close();
    throw new IllegalStateException("the server did not become healthy in 120 s; see " + log);
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(
          Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}

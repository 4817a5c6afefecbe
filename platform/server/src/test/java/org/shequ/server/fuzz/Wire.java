package org.shequ.server.fuzz;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Sends probes to the running server exactly as given, as the caller each names. */
final class Wire {
  private final String base;
  private final Map<Who, String> tokens;
  private final WebTestClient client;

  /** An answer: status, headers, body, and how long it took. */
  record Outcome(int status, HttpHeaders headers, byte[] body, Duration took) {}

  Wire(int port, Map<Who, String> tokens) {
    this.base = "http://localhost:" + port;
    this.tokens = tokens;
    // Long enough to see a slow refusal for what it is rather than a client time-out.
    this.client =
        WebTestClient.bindToServer().baseUrl(base).responseTimeout(Duration.ofSeconds(60)).build();
  }

  Outcome send(Probe p) {
    long start = System.nanoTime();
    // A URI object, not a template: the target goes out as written, encodings and all.
    var spec =
        client
            .method(p.method())
            .uri(URI.create(base + p.target()))
            .headers(
                h -> {
                  String token = tokens.get(p.who());
                  if (token != null) {
                    h.setBearerAuth(token);
                  }
                  p.headers().forEach(h::set);
                  if (p.contentType() != null) {
                    h.set(HttpHeaders.CONTENT_TYPE, p.contentType());
                  }
                });
    var result =
        (p.body() == null ? spec.exchange() : spec.bodyValue(p.body()).exchange())
            .expectBody(byte[].class)
            .returnResult();
    return new Outcome(
        result.getStatus().value(),
        result.getResponseHeaders(),
        result.getResponseBody() == null ? new byte[0] : result.getResponseBody(),
        Duration.ofNanos(System.nanoTime() - start));
  }
}

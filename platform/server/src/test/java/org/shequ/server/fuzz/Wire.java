package org.shequ.server.fuzz;

import io.netty.buffer.Unpooled;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Sends probes to the running server exactly as given, as the caller each names. The target goes
 * out as written, even where it is no valid URI (a lone {@code %}), which is why this is Reactor
 * Netty's client and not one that parses the target into a {@link java.net.URI} first.
 */
final class Wire {
  /** Long enough to see a slow refusal for what it is rather than a client time-out. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final String base;
  private final Map<Who, String> tokens;
  private final HttpClient client;

  /** An answer: status, headers, body, and how long it took. */
  record Outcome(int status, HttpHeaders headers, byte[] body, Duration took) {}

  Wire(int port, Map<Who, String> tokens) {
    this.base = "http://localhost:" + port;
    this.tokens = tokens;
    this.client = HttpClient.create();
  }

  Outcome send(Probe p) {
    return send(p, PATIENCE);
  }

  /** Sends the probe, and fails if no answer comes within {@code patience}. */
  Outcome send(Probe p, Duration patience) {
    try {
      return exchange(p, patience);
    } catch (RuntimeException e) {
      throw new AssertionError("no answer within " + patience + " to " + p, e);
    }
  }

  private Outcome exchange(Probe p, Duration patience) {
    long start = System.nanoTime();
    var request =
        client
            .headers(
                h -> {
                  String token = tokens.get(p.who());
                  if (token != null) {
                    h.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
                  }
                  p.headers().forEach(h::set);
                  if (p.contentType() != null) {
                    h.set(HttpHeaders.CONTENT_TYPE, p.contentType());
                  }
                })
            .request(io.netty.handler.codec.http.HttpMethod.valueOf(p.method().name()))
            .uri(base + p.target());
    var sent =
        p.body() == null
            ? request
            : request.send(Mono.fromCallable(() -> Unpooled.wrappedBuffer(p.body())));
    Outcome answer =
        sent.responseSingle(
                (response, content) ->
                    content
                        .asByteArray()
                        .defaultIfEmpty(new byte[0])
                        .map(
                            body -> {
                              HttpHeaders headers = new HttpHeaders();
                              response
                                  .responseHeaders()
                                  .forEach(e -> headers.add(e.getKey(), e.getValue()));
                              return new Outcome(
                                  response.status().code(),
                                  headers,
                                  body,
                                  Duration.ofNanos(System.nanoTime() - start));
                            }))
            .block(patience);
    if (answer == null) {
      throw new AssertionError("no answer to " + p);
    }
    return answer;
  }
}

package org.shequ.server.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link ApiProblem} straight to the response, in the shape {@link ProblemAdvice} gives
 * it, for refusals made before any handler runs (web filters, the request firewall).
 */
public final class ProblemResponses {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemResponses() {}

  public static Mono<Void> write(ServerWebExchange exchange, ApiProblem problem) {
    ServerHttpResponse response = exchange.getResponse();
    if (response.isCommitted()) {
      return Mono.empty();
    }
    response.setStatusCode(problem.status());
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    byte[] json =
        JSON.writeValueAsBytes(
            body(problem, Languages.of(exchange.getRequest()), exchange.getRequest().getURI()));
    DataBuffer buffer = response.bufferFactory().wrap(json);
    return response.writeWith(Mono.just(buffer));
  }

  /** The problem's members in the caller's language. */
  public static Map<String, Object> body(ApiProblem problem, Locale locale, Object instance) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.type().toString());
    body.put("title", problem.title().in(locale));
    body.put("status", problem.status().value());
    body.put("detail", problem.detail().in(locale));
    if (instance != null) {
      body.put("instance", instance.toString());
    }
    if (!problem.errors().isEmpty()) {
      body.put(
          "errors",
          problem.errors().stream()
              .map(
                  e ->
                      Map.of(
                          "field", e.field(), "code", e.code(), "message", e.message().in(locale)))
              .toList());
    }
    problem.extra().forEach(body::putIfAbsent);
    return body;
  }

  /** The problem as JSON bytes, in {@code locale}, for writers below Spring (Netty). */
  public static byte[] json(ApiProblem problem, Locale locale) {
    return JSON.writeValueAsBytes(body(problem, locale, null));
  }
}

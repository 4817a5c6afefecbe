package org.shequ.server.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders every error of every route as RFC 9457 problem+json in the caller's language: Shequ's own
 * {@link ApiProblem}s, Spring's refusals (no route, 405, 406, 413, 415, unreadable input) and, as a
 * generic 500 whose cause is logged, anything else. Runs before Spring Boot's default error
 * handler, so no route ever answers with Boot's {@code {"timestamp":…}} JSON.
 */
@Component
@Order(-2)
public class ProblemHandler implements WebExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  ProblemHandler() {
    ProblemMessages.load();
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(ex);
    }
    ApiProblem problem = ExceptionProblems.of(ex);
    if (problem != null && problem.status() == HttpStatus.SERVICE_UNAVAILABLE) {
      TraceIdFilter.inLog(
          exchange,
          () ->
              log.warn(
                  "{} {}: unavailable: {}",
                  exchange.getRequest().getMethod(),
                  exchange.getRequest().getPath().value(),
                  ex.toString()));
    }
    if (problem == null) {
      TraceIdFilter.inLog(
          exchange,
          () ->
              log.error(
                  "{} {} failed",
                  exchange.getRequest().getMethod(),
                  exchange.getRequest().getPath().value(),
                  ex));
      problem = Problems.internalError();
    }
    return write(exchange, problem);
  }

  /** Answers {@code exchange} with {@code problem}, e.g. from a web filter. */
  public static Mono<Void> write(ServerWebExchange exchange, ApiProblem problem) {
    Locale locale = Languages.of(exchange.getRequest());
    ServerHttpResponse response = exchange.getResponse();
    response.setStatusCode(problem.status());
    HttpHeaders headers = response.getHeaders();
    headers.remove(HttpHeaders.ETAG);
    headers.remove(HttpHeaders.CONTENT_DISPOSITION);
    headers.remove(HttpHeaders.CONTENT_LENGTH);
    headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    problem.headers().forEach(headers::set);
    String traceId = TraceIds.of(exchange);
    headers.set(TraceIds.HEADER, traceId);
    byte[] body =
        JSON.writeValueAsBytes(
            body(problem, exchange.getRequest().getPath().value(), locale, traceId));
    return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
  }

  /**
   * {@code problem} as problem+json bytes in {@code locale}, without an instance: for writers below
   * Spring (Netty's own refusals).
   */
  public static byte[] json(ApiProblem problem, Locale locale) {
    return JSON.writeValueAsBytes(body(problem, null, locale, null));
  }

  /** The members of {@code problem} in {@code locale}, without an instance or a trace id. */
  static Map<String, Object> members(ApiProblem problem, Locale locale) {
    return java.util.Collections.unmodifiableMap(body(problem, null, locale, null));
  }

  /** A whole response's problem+json: {@code members} with the response's trace id. */
  static byte[] json(Map<String, Object> members, String traceId) {
    Map<String, Object> body = new LinkedHashMap<>(members);
    body.put("traceId", traceId);
    return JSON.writeValueAsBytes(body);
  }

  /** The problem+json members of {@code problem} in {@code locale}. */
  static Map<String, Object> body(
      ApiProblem problem, String instance, Locale locale, String traceId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.type().toString());
    body.put("title", problem.title().in(locale));
    body.put("status", problem.status().value());
    body.put("detail", problem.detail().in(locale));
    if (instance != null) {
      body.put("instance", instance);
    }
    if (!problem.errors().isEmpty()) {
      List<Map<String, Object>> errors =
          problem.errors().stream()
              .map(
                  e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("field", e.field());
                    m.put("code", e.code());
                    m.put("message", e.message().in(locale));
                    return m;
                  })
              .toList();
      body.put("errors", errors);
    }
    problem.extra().forEach((k, v) -> body.put(k, ProblemMessages.resolveAll(v, locale)));
    if (traceId != null) {
      body.put("traceId", traceId);
    }
    return body;
  }
}

package org.shequ.server.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/** Renders {@link ApiProblem}s as problem+json in Chinese or English by {@code Accept-Language}. */
@RestControllerAdvice
public class ProblemAdvice {

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> handle(ApiProblem problem, ServerWebExchange exchange) {
    Locale locale = Languages.of(exchange.getRequest());
    ProblemDetail body = ProblemDetail.forStatus(problem.status());
    body.setType(problem.type());
    body.setTitle(problem.title().in(locale));
    body.setDetail(problem.detail().in(locale));
    body.setInstance(exchange.getRequest().getURI());
    if (!problem.errors().isEmpty()) {
      body.setProperty(
          "errors",
          problem.errors().stream()
              .map(
                  e ->
                      Map.of(
                          "field", e.field(), "code", e.code(), "message", e.message().in(locale)))
              .toList());
    }
    problem.extra().forEach(body::setProperty);
    return ResponseEntity.status(problem.status())
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }
}

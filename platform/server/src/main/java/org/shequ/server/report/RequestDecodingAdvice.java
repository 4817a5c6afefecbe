package org.shequ.server.report;

import java.util.Locale;
import java.util.stream.Collectors;
import org.shequ.server.web.Languages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns WebFlux's own refusals of a request body on the report routes (malformed JSON, unknown or
 * mistyped properties, a body over the size limit, a wrong content type) into problem+json that
 * says what is wrong, in the caller's language. Runs before the generic problem-details handler.
 */
@RestControllerAdvice(basePackageClasses = RequestDecodingAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestDecodingAdvice {

  @ExceptionHandler({ContentTooLargeException.class, DataBufferLimitException.class})
  ResponseEntity<ProblemDetail> tooLarge(Exception e, ServerWebExchange exchange) {
    return problem(
        exchange,
        HttpStatus.CONTENT_TOO_LARGE,
        "payload-too-large",
        "请求体过大（上限 256KB）",
        "the request body is larger than the limit of 256KB");
  }

  @ExceptionHandler(UnsupportedMediaTypeStatusException.class)
  ResponseEntity<ProblemDetail> mediaType(
      UnsupportedMediaTypeStatusException e, ServerWebExchange exchange) {
    String given = e.getContentType() == null ? "none" : e.getContentType().toString();
    return problem(
        exchange,
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "unsupported-media-type",
        "请求体应为 application/json（收到：" + given + "）",
        "the request body must be application/json (got " + given + ")");
  }

  @ExceptionHandler(ServerWebInputException.class)
  ResponseEntity<ProblemDetail> input(ServerWebInputException e, ServerWebExchange exchange) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DataBufferLimitException) {
        return tooLarge(e, exchange);
      }
      if (t instanceof UnrecognizedPropertyException u) {
        return problem(
            exchange,
            HttpStatus.BAD_REQUEST,
            "unknown-property",
            "请求体中有未知属性“" + u.getPropertyName() + "”",
            "the body has an unknown property '" + u.getPropertyName() + "'");
      }
      if (t instanceof MismatchedInputException m) {
        String path = path(m);
        return problem(
            exchange,
            HttpStatus.BAD_REQUEST,
            "wrong-type",
            "请求体中“" + path + "”的类型不对",
            "the body's '" + path + "' has the wrong type");
      }
      if (t instanceof StreamReadException) {
        return problem(
            exchange,
            HttpStatus.BAD_REQUEST,
            "malformed-json",
            "请求体不是有效的 JSON",
            "the request body is not valid JSON");
      }
      if (t instanceof JacksonException j) {
        String path = path(j);
        return problem(
            exchange,
            HttpStatus.BAD_REQUEST,
            "unreadable-body",
            "无法读取请求体中的“" + path + "”",
            "cannot read the body's '" + path + "'");
      }
    }
    if (e.getMessage() != null && e.getMessage().contains("No request body")) {
      return problem(
          exchange,
          HttpStatus.BAD_REQUEST,
          "body-required",
          "缺少请求体",
          "the request body is missing");
    }
    String reason = e.getReason() == null ? "invalid request" : e.getReason();
    return problem(
        exchange,
        HttpStatus.BAD_REQUEST,
        "invalid-request",
        "请求无效：" + reason,
        "invalid request: " + reason);
  }

  private static String path(JacksonException e) {
    String path =
        e.getPath().stream()
            .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("."));
    return path.isEmpty() ? "(body)" : path;
  }

  private static ResponseEntity<ProblemDetail> problem(
      ServerWebExchange exchange, HttpStatus status, String type, String zh, String en) {
    Locale locale = Languages.of(exchange.getRequest());
    ProblemDetail body = ProblemDetail.forStatus(status);
    body.setType(java.net.URI.create("urn:shequ:problem:" + type));
    body.setTitle(status.getReasonPhrase());
    body.setDetail(Locale.CHINESE.equals(locale) ? zh : en);
    body.setInstance(exchange.getRequest().getURI());
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }
}

package org.shequ.server.web;

import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import tools.jackson.core.JacksonException;

/**
 * Spring's and Jackson's own refusals of a request (no route, wrong method, unreadable body,
 * missing parameter…) as Shequ problems, so every "no" looks the same.
 */
final class ExceptionProblems {
  private ExceptionProblems() {}

  /** The problem for {@code e}, or null when {@code e} is no refusal of the request (a bug). */
  static ApiProblem of(Throwable e) {
    if (e instanceof ApiProblem problem) {
      return problem;
    }
    if (tooLarge(e)) {
      return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large").build();
    }
    if (e instanceof UnsupportedMediaTypeStatusException u) {
      MediaType given = u.getContentType();
      return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type")
          .detail(
              given == null ? "-" : given.toString(),
              u.getSupportedMediaTypes().stream()
                  .map(MediaType::toString)
                  .collect(Collectors.joining(", ")))
          .build();
    }
    if (e instanceof NotAcceptableStatusException n) {
      return Problems.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable")
          .detail(
              n.getSupportedMediaTypes().stream()
                  .map(MediaType::toString)
                  .collect(Collectors.joining(", ")))
          .build();
    }
    if (e instanceof MethodNotAllowedException m) {
      String allowed =
          m.getSupportedMethods().stream().map(Object::toString).collect(Collectors.joining(", "));
      return Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed")
          .detail(m.getHttpMethod(), allowed)
          .header("Allow", allowed)
          .build();
    }
    if (e instanceof WebExchangeBindException bind) {
      var builder = Problems.of(HttpStatus.BAD_REQUEST, "invalid-body");
      for (var f : bind.getFieldErrors()) {
        if (required(f)) {
          builder.field(f.getField(), "required", f.getField());
        } else {
          builder.field(f.getField(), "invalid-value");
        }
      }
      return builder.build();
    }
    if (e instanceof MissingRequestValueException missing) {
      return Problems.of(HttpStatus.BAD_REQUEST, "missing-parameter")
          .detail(missing.getName())
          .field(missing.getName(), "required", missing.getName())
          .build();
    }
    if (e instanceof ServerWebInputException input) {
      return input(input);
    }
    if (e instanceof DecodingException decoding) {
      // A body read after the handler started, e.g. a multipart file part.
      return undecodable(decoding);
    }
    if (e instanceof ErrorResponse response) {
      return ofStatus(response.getStatusCode());
    }
    if (DatabaseUnavailability.causes(e)) {
      // Nothing was acknowledged: the caller may retry once the database is back.
      return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable")
          .header("Retry-After", "5")
          .build();
    }
    return null;
  }

  /** Whether a Bean Validation failure says the value is missing. */
  private static boolean required(org.springframework.validation.FieldError f) {
    String code = String.valueOf(f.getCode());
    return code.startsWith("NotNull") || code.startsWith("NotBlank") || code.startsWith("NotEmpty");
  }

  private static ApiProblem input(ServerWebInputException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JacksonException j) {
        return BodyProblems.of(j);
      }
      if (t instanceof TypeMismatchException mismatch && e.getMethodParameter() != null) {
        String name = e.getMethodParameter().getParameterName();
        return Problems.badParameter(
            name, "wrong-type", BodyProblems.expected(mismatch.getRequiredType()));
      }
    }
    if (String.valueOf(e.getReason()).contains("No request body")) {
      return Problems.of(HttpStatus.BAD_REQUEST, "body-required").build();
    }
    if (multipart(e)) {
      return Problems.of(HttpStatus.BAD_REQUEST, "invalid-multipart")
          .field("file", "invalid-multipart")
          .build();
    }
    if (e.getMethodParameter() != null
        && e.getMethodParameter().getParameterName() != null
        && !(e.getCause() instanceof DecodingException)) {
      return Problems.badParameter(e.getMethodParameter().getParameterName(), "invalid-value");
    }
    return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request").build();
  }

  private static ApiProblem undecodable(DecodingException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JacksonException j) {
        return BodyProblems.of(j);
      }
    }
    if (multipart(e)) {
      return Problems.of(HttpStatus.BAD_REQUEST, "invalid-multipart")
          .field("file", "invalid-multipart")
          .build();
    }
    return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request").build();
  }

  private static boolean multipart(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (message.contains("multipart")
          || message.contains("boundary")
          || message.contains("end of body")) {
        return true;
      }
    }
    return false;
  }

  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DataBufferLimitException
          || t instanceof ContentTooLargeException
          || t instanceof PayloadTooLargeException) {
        return true;
      }
    }
    return false;
  }

  /** Any other status Spring answers with: its own type, e.g. {@code not-found} for no route. */
  private static ApiProblem ofStatus(HttpStatusCode code) {
    HttpStatus status = HttpStatus.resolve(code.value());
    if (status == null) {
      status = code.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
    }
    return switch (status) {
      case NOT_FOUND -> Problems.of(status, "not-found").detailKey("no-route.detail").build();
      case INTERNAL_SERVER_ERROR -> null;
      default ->
          Problems.of(status, "http-" + status.value())
              .detailKey("status.detail", status.value())
              .build();
    };
  }
}

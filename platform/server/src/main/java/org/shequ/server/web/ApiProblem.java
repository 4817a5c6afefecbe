package org.shequ.server.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.shequ.plan.api.LocalizedText;
import org.springframework.http.HttpStatus;

/**
 * A request Shequ refuses: a status, a stable problem type and texts resolved from the problem
 * bundles in the caller's language when {@link ProblemHandler} renders it as RFC 9457 problem+json.
 * Build it with {@link Problems}.
 */
public class ApiProblem extends RuntimeException {
  private final HttpStatus status;
  private final String type;
  private final ProblemText title;
  private final ProblemText detail;
  private final List<FieldError> errors;
  private final Map<String, Object> extra;
  private final Map<String, String> headers;

  /** One field that failed validation. */
  public record FieldError(String field, String code, ProblemText message) {
    /** A field error whose message comes in both languages already (a plan plugin's). */
    public FieldError(String field, String code, LocalizedText message) {
      this(field, code, ProblemText.literal(message));
    }
  }

  ApiProblem(
      HttpStatus status,
      String type,
      ProblemText title,
      ProblemText detail,
      List<FieldError> errors,
      Map<String, Object> extra,
      Map<String, String> headers) {
    super(type);
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.errors = List.copyOf(errors);
    this.extra = Map.copyOf(extra);
    this.headers = Map.copyOf(headers);
  }

  public HttpStatus status() {
    return status;
  }

  public URI type() {
    return URI.create(Problems.TYPE_PREFIX + type);
  }

  /** The last segment of the type, e.g. {@code not-found}. */
  public String typeName() {
    return type;
  }

  public ProblemText title() {
    return title;
  }

  public ProblemText detail() {
    return detail;
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** Further members of the body; {@link ProblemText}s inside are resolved when rendered. */
  public Map<String, Object> extra() {
    return extra;
  }

  /** Response headers the problem needs, e.g. {@code Retry-After} or {@code Allow}. */
  public Map<String, String> headers() {
    return headers;
  }
}

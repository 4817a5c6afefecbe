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

  /**
   * A problem with texts given inline.
   *
   * @deprecated texts belong in the problem bundles: use {@link Problems}
   */
  @Deprecated
  public ApiProblem(
      HttpStatus status,
      String type,
      LocalizedText title,
      LocalizedText detail,
      List<FieldError> errors,
      Map<String, Object> extra) {
    this(
        status,
        type,
        ProblemText.literal(title),
        ProblemText.literal(detail),
        errors,
        extra,
        Map.of());
  }

  /**
   * @deprecated use {@link Problems#notFound(String, String)}
   */
  @Deprecated
  public static ApiProblem notFound(String whatZh, String whatEn, String id) {
    return new ApiProblem(
        HttpStatus.NOT_FOUND,
        "not-found",
        ProblemText.of("status.404"),
        ProblemText.literal(
            LocalizedText.of(whatZh + "“" + id + "”不存在", "no " + whatEn + " '" + id + "'")),
        List.of(),
        Map.of(),
        Map.of());
  }

  /**
   * @deprecated use {@link Problems#badRequest(String, Object...)}
   */
  @Deprecated
  public static ApiProblem badRequest(String type, LocalizedText detail) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST,
        type,
        ProblemText.of("status.400"),
        ProblemText.literal(detail),
        List.of(),
        Map.of(),
        Map.of());
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

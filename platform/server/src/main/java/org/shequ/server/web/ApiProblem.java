package org.shequ.server.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.shequ.plan.api.LocalizedText;
import org.springframework.http.HttpStatus;

/**
 * A request Shequ refuses, with a stable problem type and a Chinese and English explanation; {@link
 * ProblemAdvice} renders it as RFC 9457 problem+json in the caller's language.
 *
 * @param type last segment of the problem type URI, e.g. {@code not-found}
 * @param errors field errors, each with {@code field}, {@code code} and a localized {@code message}
 */
public class ApiProblem extends RuntimeException {
  private final HttpStatus status;
  private final String type;
  private final LocalizedText title;
  private final LocalizedText detail;
  private final List<FieldError> errors;
  private final Map<String, Object> extra;

  /** One field that failed validation. */
  public record FieldError(String field, String code, LocalizedText message) {}

  public ApiProblem(
      HttpStatus status,
      String type,
      LocalizedText title,
      LocalizedText detail,
      List<FieldError> errors,
      Map<String, Object> extra) {
    super(detail.en());
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.errors = List.copyOf(errors);
    this.extra = Map.copyOf(extra);
  }

  public static ApiProblem notFound(String whatZh, String whatEn, String id) {
    return new ApiProblem(
        HttpStatus.NOT_FOUND,
        "not-found",
        LocalizedText.of("未找到", "Not found"),
        LocalizedText.of(whatZh + "“" + id + "”不存在", "no " + whatEn + " '" + id + "'"),
        List.of(),
        Map.of());
  }

  public static ApiProblem badRequest(String type, LocalizedText detail) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST,
        type,
        LocalizedText.of("请求无效", "Bad request"),
        detail,
        List.of(),
        Map.of());
  }

  public HttpStatus status() {
    return status;
  }

  public URI type() {
    return URI.create("urn:shequ:problem:" + type);
  }

  public LocalizedText title() {
    return title;
  }

  public LocalizedText detail() {
    return detail;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Map<String, Object> extra() {
    return extra;
  }
}

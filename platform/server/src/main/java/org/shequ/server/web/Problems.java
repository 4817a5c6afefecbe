package org.shequ.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shequ.plan.api.LocalizedText;
import org.springframework.http.HttpStatus;

/**
 * The one way Shequ says no. Every problem has a status and a stable type ({@code
 * urn:shequ:problem:<type>}); its texts live in {@code messages/problems_zh.properties} and {@code
 * problems_en.properties}:
 *
 * <ul>
 *   <li>{@code <type>.detail} — the detail, with the arguments given to {@link Builder#detail};
 *   <li>{@code <type>.title} — the title, if the type has its own; else {@code status.<code>};
 *   <li>{@code field.<code>} — the message of a field error with that code.
 * </ul>
 *
 * <p>A new problem is therefore a {@code <type>.detail} line in each bundle and one call here, e.g.
 * {@code Problems.of(HttpStatus.CONFLICT, "report-locked").build()}.
 */
public final class Problems {
  static final String TYPE_PREFIX = "urn:shequ:problem:";

  private Problems() {}

  /** A problem of {@code type} with status {@code status}, to be completed and built. */
  public static Builder of(HttpStatus status, String type) {
    return new Builder(status, type);
  }

  /** 400 of {@code type}, its detail taking {@code args}. */
  public static ApiProblem badRequest(String type, Object... args) {
    return of(HttpStatus.BAD_REQUEST, type).detail(args).build();
  }

  /**
   * 404: no {@code thing} {@code id}; {@code thing} is a key {@code thing.<thing>} of the bundles,
   * e.g. {@code org-unit}, {@code tenant}, {@code plan}.
   */
  public static ApiProblem notFound(String thing, String id) {
    return of(HttpStatus.NOT_FOUND, "not-found")
        .detail(ProblemText.of("thing." + thing), id)
        .build();
  }

  /** 403: the caller's roles do not allow this (the one 403 text of Shequ). */
  public static ApiProblem forbidden() {
    return of(HttpStatus.FORBIDDEN, "forbidden").build();
  }

  /** 401: no valid bearer token. */
  public static ApiProblem unauthorized() {
    return of(HttpStatus.UNAUTHORIZED, "unauthorized").header("WWW-Authenticate", "Bearer").build();
  }

  /** 400 about one request parameter (query, header or path), named in the problem. */
  public static ApiProblem badParameter(String name, String code, Object... args) {
    return of(HttpStatus.BAD_REQUEST, "invalid-parameter")
        .detail(name)
        .field(name, code, args)
        .build();
  }

  /** 500: something went wrong on Shequ's side; says nothing more to the caller. */
  public static ApiProblem internalError() {
    return of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error").build();
  }

  /** A problem under construction. */
  public static final class Builder {
    private final HttpStatus status;
    private final String type;
    private ProblemText title;
    private ProblemText detail;
    private final List<ApiProblem.FieldError> errors = new ArrayList<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder(HttpStatus status, String type) {
      this.status = status;
      this.type = type;
      this.title =
          new ProblemText(
              List.of(type + ".title", "status." + status.value(), "status.default"),
              List.of(),
              null);
      this.detail = ProblemText.of(type + ".detail");
    }

    /** The arguments of {@code <type>.detail}. */
    public Builder detail(Object... args) {
      this.detail = ProblemText.of(type + ".detail", args);
      return this;
    }

    /** A detail from another bundle key, for a type whose detail varies by case. */
    public Builder detailKey(String key, Object... args) {
      this.detail = ProblemText.of(key, args);
      return this;
    }

    /** A title from another bundle key. */
    public Builder titleKey(String key) {
      this.title = ProblemText.of(key);
      return this;
    }

    /** A field error whose message is {@code field.<code>} with {@code args}. */
    public Builder field(String field, String code, Object... args) {
      errors.add(new ApiProblem.FieldError(field, code, ProblemText.of("field." + code, args)));
      return this;
    }

    /** A field error with a message of another key. */
    public Builder fieldKey(String field, String code, String key, Object... args) {
      errors.add(new ApiProblem.FieldError(field, code, ProblemText.of(key, args)));
      return this;
    }

    /** A field error whose message comes in both languages already (from a plan plugin). */
    public Builder field(String field, String code, LocalizedText message) {
      errors.add(new ApiProblem.FieldError(field, code, message));
      return this;
    }

    /** Field errors made elsewhere. */
    public Builder fields(List<ApiProblem.FieldError> fieldErrors) {
      errors.addAll(fieldErrors);
      return this;
    }

    /** A further member of the body ({@link ProblemText}s inside are resolved). */
    public Builder property(String name, Object value) {
      extra.put(name, value);
      return this;
    }

    /** A response header, e.g. {@code Retry-After}. */
    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public ApiProblem build() {
      return new ApiProblem(status, type, title, detail, errors, extra, headers);
    }
  }
}

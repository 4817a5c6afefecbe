package org.shequ.server.web;

import org.springframework.http.HttpStatus;

/**
 * The refusals made at the edge, before a request reaches a handler: too many requests, a request
 * the firewall rejects, a request line or headers too large. Their texts are in the problem bundles
 * like every other.
 */
public final class EdgeProblems {
  private EdgeProblems() {}

  /** The client used up its allowance of anonymous or failed requests. */
  public static ApiProblem tooManyRequests(long retryAfterSeconds) {
    return Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests")
        .detail(Long.toString(retryAfterSeconds))
        .property("retryAfter", retryAfterSeconds)
        .header("Retry-After", Long.toString(retryAfterSeconds))
        .build();
  }

  /** The request firewall refused the request, e.g. for an encoded '.', '\' or NUL in its path. */
  public static ApiProblem rejectedRequest(String reason) {
    return Problems.of(HttpStatus.BAD_REQUEST, "rejected-request")
        .property("reason", reason == null ? "" : reason)
        .build();
  }

  /** The request target is not a URI (e.g. a '%' not followed by two hexadecimal digits). */
  public static ApiProblem malformedRequest() {
    return Problems.of(HttpStatus.BAD_REQUEST, "malformed-request").build();
  }

  /** The request line (method, path and query) is longer than the server reads. */
  public static ApiProblem uriTooLong(int limit) {
    return Problems.of(HttpStatus.URI_TOO_LONG, "uri-too-long")
        .detail(Integer.toString(limit))
        .property("limit", limit)
        .build();
  }

  /** The request's headers together are larger than the server reads. */
  public static ApiProblem headersTooLarge(int limit) {
    return Problems.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "headers-too-large")
        .detail(Integer.toString(limit))
        .property("limit", limit)
        .build();
  }
}

package org.shequ.server.web;

import java.util.List;
import java.util.Map;
import org.shequ.plan.api.LocalizedText;
import org.springframework.http.HttpStatus;

/**
 * The refusals made at the edge, before a request reaches a handler: too many requests, a request
 * the firewall rejects, a request line or headers too large. One place for their texts.
 */
public final class EdgeProblems {
  private EdgeProblems() {}

  /** The client used up its allowance of anonymous or failed requests. */
  public static ApiProblem tooManyRequests(long retryAfterSeconds) {
    return new ApiProblem(
        HttpStatus.TOO_MANY_REQUESTS,
        "too-many-requests",
        LocalizedText.of("请求过多", "Too many requests"),
        LocalizedText.of(
            "来自此地址的未认证或认证失败的请求过多，请于 " + retryAfterSeconds + " 秒后重试",
            "too many unauthenticated or failed requests from this address; retry in "
                + retryAfterSeconds
                + " s"),
        List.of(),
        Map.of("retryAfter", retryAfterSeconds));
  }

  /** The request firewall refused the request, e.g. for an encoded '.', '\' or NUL in its path. */
  public static ApiProblem rejectedRequest(String reason) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST,
        "rejected-request",
        LocalizedText.of("请求被拒绝", "Request rejected"),
        LocalizedText.of(
            "请求路径或请求头含有不允许的字符（如编码的“.”、“/”、“\\”或 NUL）",
            "the request's path or headers contain a character that is not allowed (such as an"
                + " encoded '.', '/', '\\' or NUL)"),
        List.of(),
        Map.of("reason", reason == null ? "" : reason));
  }

  /** The request line (method, path and query) is longer than the server reads. */
  public static ApiProblem uriTooLong(int limit) {
    return new ApiProblem(
        HttpStatus.URI_TOO_LONG,
        "uri-too-long",
        LocalizedText.of("请求地址过长", "URI too long"),
        LocalizedText.of(
            "请求行（方法、路径和查询参数）超过 " + limit + " 字节",
            "the request line (method, path and query) exceeds " + limit + " bytes"),
        List.of(),
        Map.of("limit", limit));
  }

  /** The request's headers together are larger than the server reads. */
  public static ApiProblem headersTooLarge(int limit) {
    return new ApiProblem(
        HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
        "headers-too-large",
        LocalizedText.of("请求头过大", "Request headers too large"),
        LocalizedText.of(
            "请求头合计超过 " + limit + " 字节", "the request headers exceed " + limit + " bytes in all"),
        List.of(),
        Map.of("limit", limit));
  }
}

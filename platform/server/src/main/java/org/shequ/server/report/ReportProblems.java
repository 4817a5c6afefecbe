package org.shequ.server.report;

import java.util.List;
import java.util.Map;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Violation;
import org.shequ.server.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** The problems the report routes answer with, each with its own stable type. */
final class ReportProblems {
  private ReportProblems() {}

  static ApiProblem of(HttpStatus status, String type, String zh, String en) {
    return new ApiProblem(
        status,
        type,
        LocalizedText.of(titleZh(status), status.getReasonPhrase()),
        LocalizedText.of(zh, en),
        List.of(),
        Map.of());
  }

  static ApiProblem invalidReport(List<Violation> violations) {
    return new ApiProblem(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "invalid-report",
        LocalizedText.of("填报数据无效", "Invalid report"),
        LocalizedText.of(
            "有" + violations.size() + "处填报错误，请逐项修改",
            violations.size() + " value(s) of the report are invalid"),
        violations.stream()
            .map(v -> new ApiProblem.FieldError(v.field(), v.code(), v.message()))
            .toList(),
        Map.of());
  }

  static ApiProblem reportNotFound() {
    return of(HttpStatus.NOT_FOUND, "not-found", "该填报尚不存在", "no report has been saved here yet");
  }

  static ApiProblem orgUnitNotFound(String id) {
    return ApiProblem.notFound("组织单元", "org unit", id);
  }

  static ApiProblem preconditionRequired() {
    return of(
        HttpStatus.PRECONDITION_REQUIRED,
        "precondition-required",
        "修改已有填报需提供 If-Match 请求头（取自上次读取的 ETag）",
        "changing an existing report needs an If-Match header with the ETag you last read");
  }

  static ApiProblem stale(int current) {
    return new ApiProblem(
        HttpStatus.PRECONDITION_FAILED,
        "stale-version",
        LocalizedText.of("版本已过期", "Precondition failed"),
        LocalizedText.of(
            "填报已被他人修改（当前版本 " + current + "），请重新读取后再修改",
            "the report has changed since you read it (now version "
                + current
                + "); read it again and reapply your change"),
        List.of(),
        Map.of("currentVersion", current));
  }

  static ApiProblem alreadyExists() {
    return of(
        HttpStatus.PRECONDITION_FAILED,
        "already-exists",
        "该填报已存在，请带 If-Match 修改",
        "the report already exists; change it with If-Match");
  }

  static ApiProblem invalidTransition(String status, String action) {
    return of(
        HttpStatus.CONFLICT,
        "invalid-transition",
        "当前状态（" + status + "）下不能执行“" + action + "”",
        "a report in status " + status + " cannot be " + action);
  }

  static ApiProblem locked() {
    return of(
        HttpStatus.CONFLICT,
        "report-locked",
        "填报已审核通过并锁定，需区域管理员重新开放后才能修改",
        "the report is approved and locked; a region admin must reopen it first");
  }

  static ApiProblem underReview() {
    return of(
        HttpStatus.CONFLICT,
        "report-under-review",
        "填报已提交待审核，退回后才能修改",
        "the report is submitted for review; it can be changed once returned");
  }

  static ApiProblem notYetOpen(String opens) {
    return of(
        HttpStatus.CONFLICT,
        "reporting-not-open",
        "本期填报将于 " + opens + " 开放，暂不能提交",
        "reporting for this period opens on " + opens + "; it cannot be submitted yet");
  }

  static ApiProblem idempotencyMismatch() {
    return of(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "idempotency-key-reused",
        "该 Idempotency-Key 已用于另一个请求",
        "this Idempotency-Key was already used for a different request");
  }

  static ApiProblem badRequest(String type, String zh, String en) {
    return of(HttpStatus.BAD_REQUEST, type, zh, en);
  }

  private static String titleZh(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> "未找到";
      case CONFLICT -> "冲突";
      case PRECONDITION_FAILED -> "前提条件不满足";
      case PRECONDITION_REQUIRED -> "缺少前提条件";
      case UNPROCESSABLE_CONTENT -> "无法处理";
      case CONTENT_TOO_LARGE -> "请求体过大";
      case UNSUPPORTED_MEDIA_TYPE -> "不支持的媒体类型";
      case FORBIDDEN -> "禁止访问";
      default -> "请求无效";
    };
  }
}

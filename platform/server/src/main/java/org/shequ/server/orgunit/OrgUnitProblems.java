package org.shequ.server.orgunit;

import java.util.List;
import java.util.Map;
import org.shequ.plan.api.LocalizedText;
import org.shequ.server.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** The problems org-unit routes answer with, in Chinese and English. */
final class OrgUnitProblems {
  private OrgUnitProblems() {}

  static ApiProblem unitNotFound(String id) {
    return ApiProblem.notFound("组织单元", "org unit", id);
  }

  static ApiProblem invalid(List<ApiProblem.FieldError> errors) {
    return new ApiProblem(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "invalid-org-unit",
        LocalizedText.of("组织单元无效", "Invalid org unit"),
        LocalizedText.of("请更正所列字段", "correct the fields listed"),
        errors,
        Map.of());
  }

  static ApiProblem invalid(String field, String code, String zh, String en) {
    return invalid(List.of(new ApiProblem.FieldError(field, code, LocalizedText.of(zh, en))));
  }

  static ApiProblem exists(String id) {
    return new ApiProblem(
        HttpStatus.CONFLICT,
        "org-unit-exists",
        LocalizedText.of("组织单元已存在", "Org unit exists"),
        LocalizedText.of("编码“" + id + "”已被使用", "the id '" + id + "' is already taken"),
        List.of(),
        Map.of("id", id));
  }

  static ApiProblem concurrentChange() {
    return new ApiProblem(
        HttpStatus.CONFLICT,
        "concurrent-change",
        LocalizedText.of("并发修改", "Concurrent change"),
        LocalizedText.of("该组织单元刚被他人修改，请刷新后重试", "the unit was just changed; reload and retry"),
        List.of(),
        Map.of());
  }

  static ApiProblem staleRevision(String id, int current) {
    return new ApiProblem(
        HttpStatus.PRECONDITION_FAILED,
        "stale-revision",
        LocalizedText.of("版本已过期", "Stale revision"),
        LocalizedText.of(
            "组织单元“" + id + "”当前版本为 " + current, "org unit '" + id + "' is at revision " + current),
        List.of(),
        Map.of("revision", current));
  }

  /**
   * An import file with problems; {@code errors} lists them row by row in the caller's language.
   */
  static ApiProblem invalidFile(List<ImportError> errors, java.util.Locale locale) {
    return new ApiProblem(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "invalid-import-file",
        LocalizedText.of("导入文件有误", "Invalid import file"),
        LocalizedText.of(
            "文件有 " + errors.size() + " 处错误，未导入任何数据",
            errors.size() + " problem(s) in the file; nothing was imported"),
        List.of(),
        Map.of("errors", errors.stream().map(e -> e.in(locale)).toList()));
  }

  static ApiProblem fileTooLarge() {
    return new ApiProblem(
        HttpStatus.CONTENT_TOO_LARGE,
        "file-too-large",
        LocalizedText.of("文件过大", "File too large"),
        LocalizedText.of("导入文件不得超过 10 MB", "an import file may not exceed 10 MB"),
        List.of(),
        Map.of());
  }

  static ApiProblem badParameter(String name, String zh, String en) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST,
        "invalid-parameter",
        LocalizedText.of("参数无效", "Invalid parameter"),
        LocalizedText.of(zh, en),
        List.of(new ApiProblem.FieldError(name, "invalid", LocalizedText.of(zh, en))),
        Map.of());
  }
}

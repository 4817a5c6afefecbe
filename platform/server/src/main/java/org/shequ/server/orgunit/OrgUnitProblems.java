package org.shequ.server.orgunit;

import java.util.List;
import org.shequ.server.web.ApiProblem;
import org.shequ.server.web.Problems;
import org.springframework.http.HttpStatus;

/** The org-unit routes' own problems, by name; their texts are in the problem bundles. */
final class OrgUnitProblems {
  private OrgUnitProblems() {}

  static ApiProblem unitNotFound(String id) {
    return Problems.notFound("org-unit", id);
  }

  static ApiProblem invalid(List<ApiProblem.FieldError> errors) {
    return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-org-unit").fields(errors).build();
  }

  /** One field wrong; its message is {@code field.<code>} of the bundles with {@code args}. */
  static ApiProblem invalid(String field, String code, Object... args) {
    return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-org-unit")
        .field(field, code, args)
        .build();
  }

  static ApiProblem exists(String id) {
    return Problems.of(HttpStatus.CONFLICT, "org-unit-exists")
        .detail(id)
        .property("id", id)
        .build();
  }

  static ApiProblem concurrentChange() {
    return Problems.of(HttpStatus.CONFLICT, "concurrent-change").build();
  }

  static ApiProblem staleRevision(String id, int current) {
    return Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-revision")
        .detail(id, current)
        .property("revision", current)
        .build();
  }

  /**
   * An import file with problems, listed row by row under {@code errors}, with how its headers were
   * understood ({@code columns}) and the encoding it was read in ({@code charset}).
   */
  static ApiProblem invalidFile(List<ImportError> errors, ImportTable table) {
    var problem =
        Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-import-file")
            .detail(errors.size())
            .property("errors", errors.stream().map(ImportError::body).toList())
            .property("columns", table.columns());
    return table.charset() == null
        ? problem.build()
        : problem.property("charset", table.charset()).build();
  }

  static ApiProblem fileTooLarge() {
    return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "file-too-large").build();
  }

  /** A workbook that inflates far beyond its size. */
  static ApiProblem fileBomb() {
    return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "import-file-bomb")
        .field("file", "invalid-value")
        .build();
  }
}

package org.shequ.server.report;

import java.util.List;
import org.shequ.plan.api.Violation;
import org.shequ.server.web.ApiProblem;
import org.shequ.server.web.Problems;
import org.springframework.http.HttpStatus;

/** The report routes' own problems, by name; their texts are in the problem bundles. */
final class ReportProblems {
  private ReportProblems() {}

  /** The plan plugin's violations, each with the plugin's own message. */
  static ApiProblem invalidReport(List<Violation> violations) {
    var problem =
        Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-report").detail(violations.size());
    violations.forEach(v -> problem.field(v.field(), v.code(), v.message()));
    return problem.build();
  }

  static ApiProblem reportNotFound() {
    return Problems.of(HttpStatus.NOT_FOUND, "not-found").detailKey("not-found.report").build();
  }

  static ApiProblem orgUnitNotFound(String id) {
    return Problems.notFound("org-unit", id);
  }

  static ApiProblem preconditionRequired() {
    return Problems.of(HttpStatus.PRECONDITION_REQUIRED, "precondition-required").build();
  }

  static ApiProblem stale(int current) {
    return Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version")
        .detail(current)
        .property("currentVersion", current)
        .build();
  }

  /** Changed by another request between reading and writing. */
  static ApiProblem staleJustNow() {
    return Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version")
        .detailKey("stale-version.just-now")
        .build();
  }

  static ApiProblem noSuchVersion() {
    return Problems.of(HttpStatus.PRECONDITION_FAILED, "no-such-version").build();
  }

  static ApiProblem alreadyExists() {
    return Problems.of(HttpStatus.PRECONDITION_FAILED, "already-exists").build();
  }

  static ApiProblem invalidTransition(String status, String action) {
    return Problems.of(HttpStatus.CONFLICT, "invalid-transition").detail(status, action).build();
  }

  static ApiProblem locked() {
    return Problems.of(HttpStatus.CONFLICT, "report-locked").build();
  }

  static ApiProblem underReview() {
    return Problems.of(HttpStatus.CONFLICT, "report-under-review").build();
  }

  static ApiProblem notYetOpen(String opens) {
    return Problems.of(HttpStatus.CONFLICT, "reporting-not-open").detail(opens).build();
  }

  static ApiProblem idempotencyMismatch() {
    return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused").build();
  }

  static ApiProblem orgUnitInactive(String orgUnitId) {
    return Problems.of(HttpStatus.CONFLICT, "org-unit-inactive").detail(orgUnitId).build();
  }

  /** A form for another level or area than the unit's, e.g. a community form for a street. */
  static ApiProblem formNotForOrgUnit(String form, String formFits, String unit, String unitIs) {
    return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "form-not-for-org-unit")
        .detail(form, formFits, unit, unitIs)
        .build();
  }
}

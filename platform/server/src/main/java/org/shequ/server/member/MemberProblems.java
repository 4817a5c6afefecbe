package org.shequ.server.member;

import org.shequ.server.web.ApiProblem;
import org.shequ.server.web.Problems;
import org.springframework.http.HttpStatus;

/** The problems of the members API; texts in messages/problems_*.properties. */
final class MemberProblems {
  private MemberProblems() {}

  static ApiProblem notFound(Object id) {
    return Problems.of(HttpStatus.NOT_FOUND, "member-not-found").detail(String.valueOf(id)).build();
  }

  static ApiProblem exists(String username) {
    return Problems.of(HttpStatus.CONFLICT, "member-exists").detail(username).build();
  }

  static ApiProblem escalation(Object role) {
    return Problems.of(HttpStatus.FORBIDDEN, "member-role-escalation")
        .detail(String.valueOf(role))
        .build();
  }

  static ApiProblem roleInvalid(Object role) {
    return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "member-role-invalid")
        .detail(String.valueOf(role))
        .field("roles", "member-role-invalid", String.valueOf(role))
        .build();
  }

  static ApiProblem unitOutsideTenant(String unit) {
    return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "member-unit-outside-tenant")
        .detail(unit)
        .field("orgUnits", "member-unit-outside-tenant", unit)
        .build();
  }

  static ApiProblem lastAdmin() {
    return Problems.of(HttpStatus.CONFLICT, "member-last-admin").build();
  }

  static ApiProblem invitationInvalid() {
    return Problems.of(HttpStatus.NOT_FOUND, "member-invitation-invalid").build();
  }

  static ApiProblem versionMismatch(int current) {
    return Problems.of(HttpStatus.PRECONDITION_FAILED, "member-version-mismatch")
        .detail(current)
        .build();
  }

  static ApiProblem invalid(String field) {
    return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "member-invalid")
        .detail(field)
        .field(field, "required", field)
        .build();
  }
}

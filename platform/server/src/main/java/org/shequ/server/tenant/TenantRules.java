package org.shequ.server.tenant;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.shequ.plan.api.Plan;
import org.shequ.server.web.ApiProblem;
import org.shequ.server.web.Problems;
import org.springframework.http.HttpStatus;

/**
 * What a tenant sent through the API must satisfy: what a tenant file must (an id of lower-case
 * words, both names, a level, plans the server provides, in time order, not overlapping and with
 * distinct form codes), and a division code that is a GB/T 2260 code of the tenant's level. Every
 * problem is named by its field, so a caller can correct them all at once.
 */
final class TenantRules {
  /** A tenant id: lower-case words joined by '-', as in tenant file names and the database. */
  static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

  private TenantRules() {}

  /** The 422 problem listing what is wrong with the request, or empty when it is valid. */
  static Optional<ApiProblem> problem(
      TenantRequest request, String tenantId, Function<String, Optional<Plan>> plans) {
    Problems.Builder problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-tenant");
    if (tenantId == null || tenantId.length() > 63 || !tenantId.matches(ID_PATTERN)) {
      problem.field("id", "tenant-id", String.valueOf(tenantId));
    }
    TenantRequest.Names name = request.name();
    if (name == null || name.zh() == null || name.zh().isBlank()) {
      problem.field("name.zh", "required", "name.zh");
    }
    if (name == null || name.en() == null || name.en().isBlank()) {
      problem.field("name.en", "required", "name.en");
    }
    if (request.level() == null) {
      problem.field("level", "required", "level");
    }
    String division = DivisionCode.problem(request.divisionCode(), request.level());
    if (division != null) {
      problem.field("divisionCode", division, String.valueOf(request.divisionCode()));
    }
    planProblem(request.plans(), plans, problem);
    ApiProblem built = problem.build();
    return built.errors().isEmpty() ? Optional.empty() : Optional.of(built);
  }

  private static void planProblem(
      List<String> ids, Function<String, Optional<Plan>> plans, Problems.Builder problem) {
    if (ids == null) {
      return;
    }
    List<String> unknown =
        ids.stream().filter(id -> id == null || plans.apply(id).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      problem.field(
          "plans",
          "unknown-plan",
          String.join(", ", unknown.stream().map(String::valueOf).toList()));
      return;
    }
    PlanSequence.refusal(ids.stream().map(id -> plans.apply(id).orElseThrow()).toList())
        .ifPresent(r -> problem.field("plans", r.code(), r.args().toArray()));
  }
}

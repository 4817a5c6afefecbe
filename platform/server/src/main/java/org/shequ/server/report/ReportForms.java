package org.shequ.server.report;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.shequ.plan.api.Plan;
import org.shequ.server.plan.LoadedPlan;
import org.shequ.server.plan.PlanRegistry;
import org.shequ.server.tenant.Tenant;
import org.shequ.server.tenant.TenantRepository;
import org.shequ.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds the form a report route names among the plans the tenant has enabled, in the plan covering
 * the period's year: a report is validated by, and filed under, the plan of its year.
 */
@Component
class ReportForms {
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

  private final TenantRepository tenants;
  private final PlanRegistry plans;

  ReportForms(TenantRepository tenants, PlanRegistry plans) {
    this.tenants = tenants;
    this.plans = plans;
  }

  Mono<ReportForm> resolve(String tenantId, String formCode, String period) {
    return tenants
        .findById(tenantId)
        .switchIfEmpty(Mono.error(() -> Problems.notFound("tenant", tenantId)))
        .map(t -> resolve(t, formCode, period));
  }

  /**
   * The form of the tenant's plan covering the period's year. A tenant's plans never share a form
   * code nor a year (checked when the tenant file is read), so a form of another of its plans is
   * "outside the plan", naming that plan's years, and an unknown form is not found.
   */
  private ReportForm resolve(Tenant tenant, String formCode, String period) {
    List<Plan> owning =
        tenant.plans().stream()
            .map(plans::plan)
            .flatMap(Optional::stream)
            .map(LoadedPlan::plan)
            .filter(p -> p.form(formCode).isPresent())
            .toList();
    if (owning.isEmpty()) {
      // A plan whose plugin is disabled or deleted keeps its reports readable, never writable.
      tenant.plans().stream()
          .filter(id -> plans.plan(id).isEmpty())
          .findFirst()
          .ifPresent(
              id -> {
                throw Problems.of(HttpStatus.CONFLICT, "plan-disabled").detail(id).build();
              });
      throw Problems.notFound("form", formCode);
    }
    if (!YEAR.matcher(period).matches()) {
      throw Problems.badRequest("invalid-period", period);
    }
    int year = Integer.parseInt(period);
    Plan plan = owning.stream().filter(p -> p.period().contains(year)).findFirst().orElse(null);
    if (plan == null) {
      Plan nearest = owning.get(owning.size() - 1);
      throw Problems.of(HttpStatus.NOT_FOUND, "period-outside-plan")
          .detail(period, nearest.period().startYear(), nearest.period().endYear())
          .build();
    }
    return new ReportForm(plan, plan.form(formCode).orElseThrow(), period);
  }
}

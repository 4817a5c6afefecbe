package org.shequ.server.report;

import java.util.Optional;
import java.util.regex.Pattern;
import org.shequ.plan.api.Form;
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
 * Finds the form a report route names among the plans the tenant has enabled, and checks that the
 * period is a year of that plan.
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

  private ReportForm resolve(Tenant tenant, String formCode, String period) {
    Plan plan = null;
    Form form = null;
    for (String planId : tenant.plans()) {
      Optional<Form> found =
          plans.plan(planId).map(LoadedPlan::plan).flatMap(p -> p.form(formCode));
      if (found.isPresent()) {
        plan = plans.plan(planId).orElseThrow().plan();
        form = found.get();
        break;
      }
    }
    if (form == null) {
      throw Problems.notFound("form", formCode);
    }
    if (!YEAR.matcher(period).matches()) {
      throw Problems.badRequest("invalid-period", period);
    }
    if (!plan.period().contains(Integer.parseInt(period))) {
      throw Problems.of(HttpStatus.NOT_FOUND, "period-outside-plan")
          .detail(period, plan.period().startYear(), plan.period().endYear())
          .build();
    }
    return new ReportForm(plan, form, period);
  }
}

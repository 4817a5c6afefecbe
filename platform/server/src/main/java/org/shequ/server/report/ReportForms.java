package org.shequ.server.report;

import java.util.Optional;
import java.util.regex.Pattern;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.Plan;
import org.shequ.server.plan.LoadedPlan;
import org.shequ.server.plan.PlanRegistry;
import org.shequ.server.tenant.Tenant;
import org.shequ.server.tenant.TenantRepository;
import org.shequ.server.web.ApiProblem;
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
        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("租户", "tenant", tenantId)))
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
      throw ApiProblem.notFound("表单", "form", formCode);
    }
    if (!YEAR.matcher(period).matches()) {
      throw ReportProblems.badRequest(
          "invalid-period",
          "报告期“" + period + "”应为四位年份，如 2019",
          "period '" + period + "' must be a year such as 2019");
    }
    if (!plan.period().contains(Integer.parseInt(period))) {
      throw ReportProblems.of(
          HttpStatus.NOT_FOUND,
          "period-outside-plan",
          "报告期 "
              + period
              + " 不在规划期 "
              + plan.period().startYear()
              + "–"
              + plan.period().endYear()
              + " 内",
          "period "
              + period
              + " is outside the plan's years "
              + plan.period().startYear()
              + "–"
              + plan.period().endYear());
    }
    return new ReportForm(plan, form, period);
  }
}

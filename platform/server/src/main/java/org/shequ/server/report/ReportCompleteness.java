package org.shequ.server.report;

import java.util.List;
import org.shequ.server.plan.LoadedPlan;
import org.shequ.server.plan.PlanRegistry;
import org.springframework.stereotype.Component;

/**
 * What a stored report still lacks before it can be submitted, by the form its plan serves now (the
 * form a submit checks it against).
 */
@Component
class ReportCompleteness {
  private final PlanRegistry plans;

  ReportCompleteness(PlanRegistry plans) {
    this.plans = plans;
  }

  /** The missing fields; none known when the report's plan is no longer served. */
  List<String> missing(ReportVersion v) {
    return plans
        .plan(v.planId())
        .map(LoadedPlan::plan)
        .flatMap(p -> p.form(v.formCode()))
        .map(form -> ReportCheck.missing(form, v.values()))
        .orElse(List.of());
  }
}

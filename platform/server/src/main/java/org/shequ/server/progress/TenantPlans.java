package org.shequ.server.progress;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.shequ.plan.api.Plan;
import org.shequ.server.plan.LoadedPlan;
import org.shequ.server.plan.PlanRegistry;
import org.shequ.server.tenant.Tenant;
import org.shequ.server.web.Problems;
import org.springframework.stereotype.Component;

/** Which loaded plan of a tenant a progress request is about. */
@Component
public class TenantPlans {
  private final PlanRegistry registry;

  public TenantPlans(PlanRegistry registry) {
    this.registry = registry;
  }

  /** The tenant's plans that are loaded, in the tenant's order. */
  public List<Plan> loaded(Tenant tenant) {
    return tenant.plans().stream()
        .map(registry::plan)
        .flatMap(Optional::stream)
        .map(LoadedPlan::plan)
        .toList();
  }

  /**
   * The plan asked for (it must be one of the tenant's), or else the tenant's plan covering {@code
   * year} (this year when null); between or after its plans the latest one begun by then, before
   * them the first. Tenant files keep a tenant's plans in time order without overlap.
   */
  public Plan resolve(Tenant tenant, String planId, Integer year) {
    List<Plan> plans = loaded(tenant);
    if (planId != null) {
      return plans.stream()
          .filter(p -> p.id().equals(planId))
          .findFirst()
          .orElseThrow(() -> Problems.notFound("plan", planId));
    }
    if (plans.isEmpty()) {
      throw Problems.notFound("plan-of-tenant", tenant.id());
    }
    int when = year != null ? year : Year.now().getValue();
    return plans.stream()
        .filter(p -> p.period().contains(when))
        .findFirst()
        .or(() -> plans.stream().filter(p -> p.period().startYear() <= when).reduce((a, b) -> b))
        .orElse(plans.get(0));
  }

  /** Every year one of the tenant's loaded plans covers, in order. */
  public List<Integer> years(Tenant tenant) {
    return loaded(tenant).stream()
        .flatMapToInt(p -> IntStream.rangeClosed(p.period().startYear(), p.period().endYear()))
        .sorted()
        .distinct()
        .boxed()
        .toList();
  }

  /**
   * The reporting year a page shows when none is asked for: the latest plan year that has begun by
   * {@code thisYear} (a tenant whose plans have all ended looks at their last year); before every
   * plan, its first year.
   */
  public int defaultYear(Tenant tenant, int thisYear) {
    List<Integer> years = years(tenant);
    if (years.isEmpty()) {
      throw Problems.notFound("plan-of-tenant", tenant.id());
    }
    return years.stream().filter(y -> y <= thisYear).reduce((a, b) -> b).orElse(years.get(0));
  }

  /** The plan of a tenant covering {@code year}, if any (national comparison). */
  public Optional<Plan> covering(Tenant tenant, int year) {
    return loaded(tenant).stream().filter(p -> p.period().contains(year)).findFirst();
  }
}

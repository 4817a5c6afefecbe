package org.shequ.server.comparison;

import org.shequ.server.progress.TenantPlans;
import org.shequ.server.tenant.Tenant;
import org.shequ.server.tenant.TenantRepository;
import org.shequ.server.web.Problems;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Which years national comparison answers for: those a plan of an active tenant covers. Outside
 * every plan there is nothing to compare, and the answer is 404, as for a tenant's own pages with
 * no plan covering the period (not an empty 200 that reads like "every region has no data").
 */
@Component
class ComparedYears {
  private final TenantRepository tenants;
  private final TenantPlans plans;

  ComparedYears(TenantRepository tenants, TenantPlans plans) {
    this.tenants = tenants;
    this.plans = plans;
  }

  /** The year, or a 404 problem when no active tenant's loaded plan covers it. */
  Mono<Integer> covered(int year) {
    return tenants
        .findAll()
        .filter(Tenant::active)
        .any(tenant -> plans.covering(tenant, year).isPresent())
        .flatMap(
            covered ->
                covered
                    ? Mono.just(year)
                    : Mono.error(Problems.notFound("plan-for-period", Integer.toString(year))));
  }
}

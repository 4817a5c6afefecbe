package org.shequ.server.tenant;

import org.shequ.server.security.Caller;
import org.shequ.server.security.Callers;
import org.shequ.server.security.Role;
import org.shequ.server.web.ApiProblem;
import org.shequ.server.web.Problems;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The gate in front of every {@code /tenants/{t}/…} route. A caller who may not see a tenant gets
 * the same 404 as for a tenant that does not exist, so nothing reveals another tenant's existence.
 */
@Component
public class TenantAccess {
  private final TenantRepository tenants;

  public TenantAccess(TenantRepository tenants) {
    this.tenants = tenants;
  }

  /** The caller, if it may read the tenant; otherwise a 404 problem. */
  public Mono<Caller> reader(String tenantId) {
    return Callers.current()
        .filter(c -> c.canRead(tenantId))
        .flatMap(c -> tenants.findById(tenantId).map(t -> c))
        .switchIfEmpty(Mono.error(() -> Problems.notFound("tenant", tenantId)));
  }

  /** The caller, if it may change data of the tenant (its region admin or its reporters). */
  public Mono<Caller> writer(String tenantId) {
    return reader(tenantId)
        .flatMap(
            c ->
                c.tenant() != null
                        && c.tenant().equals(tenantId)
                        && (c.has(Role.REGION_ADMIN) || c.has(Role.REPORTER))
                    ? Mono.just(c)
                    : Mono.error(forbidden()));
  }

  /** The caller, if it administers the tenant. */
  public Mono<Caller> admin(String tenantId) {
    return reader(tenantId)
        .flatMap(c -> c.administers(tenantId) ? Mono.just(c) : Mono.error(forbidden()));
  }

  public static ApiProblem forbidden() {
    return Problems.forbidden();
  }
}

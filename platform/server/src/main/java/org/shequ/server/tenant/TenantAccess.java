package org.shequ.server.tenant;

import org.shequ.server.security.Caller;
import org.shequ.server.security.Callers;
import org.shequ.server.security.WriteAction;
import org.shequ.server.security.WriteAuthorization;
import org.shequ.server.security.WriteGrant;
import org.shequ.server.web.ApiProblem;
import org.shequ.server.web.Problems;
import org.springframework.http.HttpStatus;
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

  /**
   * The caller, if it may read the tenant and the tenant is active; a 404 problem when it may not
   * see it, a 403 {@code tenant-inactive} while a platform admin has deactivated it (or its file
   * was removed): its data is kept, but nobody works in it until it is activated again.
   */
  public Mono<Caller> reader(String tenantId) {
    return Callers.current()
        .filter(c -> c.canRead(tenantId))
        .flatMap(c -> tenants.findById(tenantId).map(t -> new Visit(c, t)))
        .switchIfEmpty(Mono.error(() -> Problems.notFound("tenant", tenantId)))
        .flatMap(
            v ->
                v.tenant().active()
                    ? Mono.just(v.caller())
                    : Mono.error(
                        Problems.of(HttpStatus.FORBIDDEN, "tenant-inactive")
                            .detail(tenantId)
                            .build()));
  }

  /** The tenant, active or not, if the caller may see it; otherwise a 404 problem. */
  Mono<Tenant> visible(String tenantId) {
    return Callers.current()
        .filter(c -> c.canRead(tenantId))
        .flatMap(c -> tenants.findById(tenantId))
        .switchIfEmpty(Mono.error(() -> Problems.notFound("tenant", tenantId)));
  }

  private record Visit(Caller caller, Tenant tenant) {}

  /**
   * The permission one role of the caller gives for {@code action} in the tenant: a 404 problem
   * when the caller may not read the tenant, a 403 when no single role allows the change.
   */
  public Mono<WriteGrant> writer(String tenantId, WriteAction action) {
    return reader(tenantId)
        .flatMap(
            c ->
                Mono.justOrEmpty(WriteAuthorization.grant(c, action, tenantId))
                    .switchIfEmpty(Mono.error(TenantAccess::forbidden)));
  }

  /** The caller, if one of its roles alone allows {@code action} on every unit of the tenant. */
  public Mono<Caller> tenantWide(String tenantId, WriteAction action) {
    return writer(tenantId, action)
        .filter(WriteGrant::wholeTenant)
        .map(WriteGrant::caller)
        .switchIfEmpty(Mono.error(TenantAccess::forbidden));
  }

  public static ApiProblem forbidden() {
    return Problems.forbidden();
  }
}

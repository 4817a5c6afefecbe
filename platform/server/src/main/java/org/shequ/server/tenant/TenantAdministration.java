package org.shequ.server.tenant;

import java.util.Objects;
import java.util.Optional;
import org.shequ.server.plan.LoadedPlan;
import org.shequ.server.plan.PlanRegistry;
import org.shequ.server.security.Caller;
import org.shequ.server.security.Callers;
import org.shequ.server.security.Role;
import org.shequ.server.web.ApiProblem;
import org.shequ.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Platform admins create, change, deactivate and activate tenants at run time. A tenant named by a
 * tenant file belongs to its file: the API refuses to change it, since the file would undo the
 * change at the next start. Each change is checked as a tenant file is, stored with its revision in
 * one statement, and served at once (the registry of this process is reloaded; other replicas see
 * it within seconds).
 */
@Component
class TenantAdministration {
  private final TenantRepository tenants;
  private final TenantProvisioner provisioner;
  private final PlanRegistry plans;

  TenantAdministration(
      TenantRepository tenants, TenantProvisioner provisioner, PlanRegistry plans) {
    this.tenants = tenants;
    this.provisioner = provisioner;
    this.plans = plans;
  }

  Mono<Tenant> create(TenantRequest request) {
    return platformAdmin()
        .flatMap(admin -> valid(request, request.id()).thenReturn(admin))
        .flatMap(admin -> notFileManaged(request.id()).thenReturn(admin))
        .flatMap(admin -> tenants.create(request.descriptor(request.id()), actor(admin)))
        .flatMap(
            created ->
                created
                    ? tenants.findById(request.id())
                    : Mono.error(
                        Problems.of(HttpStatus.CONFLICT, "tenant-exists")
                            .detail(request.id())
                            .build()));
  }

  Mono<Tenant> update(String tenantId, TenantRequest request) {
    return platformAdmin()
        .flatMap(admin -> sameId(tenantId, request).thenReturn(admin))
        .flatMap(admin -> valid(request, tenantId).thenReturn(admin))
        .flatMap(admin -> notFileManaged(tenantId).thenReturn(admin))
        .flatMap(admin -> tenants.update(request.descriptor(tenantId), actor(admin)))
        .flatMap(changed -> outcome(tenantId, changed));
  }

  Mono<Tenant> activate(String tenantId, boolean active) {
    return platformAdmin()
        .flatMap(admin -> notFileManaged(tenantId).thenReturn(admin))
        .flatMap(admin -> tenants.activate(tenantId, active, actor(admin)))
        .flatMap(changed -> outcome(tenantId, changed));
  }

  Mono<java.util.List<TenantRevision>> revisions(String tenantId) {
    return platformAdmin()
        .flatMap(admin -> tenants.stored(tenantId))
        .switchIfEmpty(Mono.error(() -> Problems.notFound("tenant", tenantId)))
        .flatMap(t -> tenants.revisions(tenantId).collectList());
  }

  /** The changed tenant; or why nothing changed: no such tenant, or its file manages it. */
  private Mono<Tenant> outcome(String tenantId, boolean changed) {
    if (changed) {
      return tenants.findById(tenantId);
    }
    return tenants
        .stored(tenantId)
        .switchIfEmpty(Mono.error(() -> Problems.notFound("tenant", tenantId)))
        .flatMap(
            stored ->
                Mono.error(
                    fileManaged(
                        tenantId,
                        Objects.requireNonNullElse(stored.sourceFile(), tenantId + ".yaml"))));
  }

  private static Mono<Caller> platformAdmin() {
    return Callers.current()
        .filter(c -> c.has(Role.PLATFORM_ADMIN))
        .switchIfEmpty(Mono.error(Problems::forbidden));
  }

  private Mono<Void> valid(TenantRequest request, String tenantId) {
    Optional<ApiProblem> problem =
        TenantRules.problem(request, tenantId, id -> plans.plan(id).map(LoadedPlan::plan));
    return problem.<Mono<Void>>map(Mono::error).orElseGet(Mono::empty);
  }

  private static Mono<Void> sameId(String tenantId, TenantRequest request) {
    if (request.id() == null || request.id().equals(tenantId)) {
      return Mono.empty();
    }
    return Mono.error(
        Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-tenant")
            .field("id", "tenant-id-mismatch", request.id(), tenantId)
            .build());
  }

  /**
   * Refuses a tenant that a tenant file names, even a file that could not be read at the last
   * start: once corrected, the file would win over the API.
   */
  private Mono<Void> notFileManaged(String tenantId) {
    return Mono.justOrEmpty(
            provisioner.lastRun().stream()
                .map(TenantFile::file)
                .filter(file -> TenantFiles.expectedId(file).equals(tenantId))
                .findFirst())
        .flatMap(file -> Mono.error(fileManaged(tenantId, file)));
  }

  private static ApiProblem fileManaged(String tenantId, String file) {
    return Problems.of(HttpStatus.CONFLICT, "tenant-file-managed").detail(tenantId, file).build();
  }

  /** Who changed it, as the revision names them: the token's subject, with its issuer if any. */
  private static String actor(Caller caller) {
    return caller.issuer() == null
        ? caller.subject()
        : caller.subject() + " (" + caller.issuer() + ")";
  }
}

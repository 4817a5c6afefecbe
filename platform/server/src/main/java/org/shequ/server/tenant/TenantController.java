package org.shequ.server.tenant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import org.shequ.server.security.Callers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The tenants, their changes at run time, and the outcome of reading the tenant files. */
@RestController
@RequestMapping("/api/v1")
class TenantController {
  private final TenantRepository tenants;
  private final TenantProvisioner provisioner;
  private final TenantAccess access;
  private final TenantAdministration administration;

  TenantController(
      TenantRepository tenants,
      TenantProvisioner provisioner,
      TenantAccess access,
      TenantAdministration administration) {
    this.tenants = tenants;
    this.provisioner = provisioner;
    this.access = access;
    this.administration = administration;
  }

  /** The tenants the caller may see: all for national and platform staff, else its own. */
  @GetMapping("/tenants")
  @Operation(
      operationId = "listTenants",
      summary = "The tenants the caller may see",
      description =
          "All tenants for national and platform staff; a region's staff see their own tenant.")
  Flux<Tenant> tenants() {
    return Callers.current().flatMapMany(c -> tenants.findAll().filter(t -> c.canRead(t.id())));
  }

  /** The tenant itself, active or not (its routes below refuse while it is inactive). */
  @GetMapping("/tenants/{tenantId}")
  @Operation(
      operationId = "getTenant",
      summary = "One tenant, active or not",
      description =
          "The tenant's names, division code, level, plans and whether it is active; its other routes refuse while it is inactive.")
  Mono<Tenant> tenant(@PathVariable String tenantId) {
    return access.visible(tenantId);
  }

  @Operation(
      operationId = "createTenant",
      summary = "Create a tenant (platform admins)",
      description =
          "Checked as a tenant file is: an id of lower-case words joined by '-', names in zh and"
              + " en, a GB/T 2260 division code of the tenant's level, and loaded plans in time"
              + " order, not overlapping, with distinct form codes. The tenant is served at once"
              + " and recorded as created through the API (source API).")
  @ApiResponse(responseCode = "201", description = "created; Location names it")
  @ApiResponse(responseCode = "409", description = "the id is taken, or a tenant file names it")
  @ApiResponse(responseCode = "422", description = "invalid; errors[] names each field")
  @PostMapping("/tenants")
  Mono<ResponseEntity<Tenant>> create(@RequestBody TenantRequest request) {
    return administration
        .create(request)
        .map(t -> ResponseEntity.created(URI.create("/api/v1/tenants/" + t.id())).body(t));
  }

  @Operation(
      operationId = "updateTenant",
      summary = "Replace a tenant's names, division code, level and plans (platform admins)",
      description =
          "Only for tenants created through the API: a tenant named by a tenant file is refused"
              + " with 409, as the file wins at every start.")
  @ApiResponse(responseCode = "200", description = "the tenant as it now is")
  @ApiResponse(responseCode = "409", description = "a tenant file manages this tenant")
  @ApiResponse(responseCode = "422", description = "invalid; errors[] names each field")
  @PutMapping("/tenants/{tenantId}")
  Mono<Tenant> update(@PathVariable String tenantId, @RequestBody TenantRequest request) {
    return administration.update(tenantId, request);
  }

  @Operation(
      operationId = "deactivateTenant",
      summary = "Deactivate a tenant (platform admins)",
      description =
          "Its data is kept; its routes refuse every request (403 tenant-inactive) until it is"
              + " activated again.")
  @PostMapping("/tenants/{tenantId}/deactivate")
  Mono<Tenant> deactivate(@PathVariable String tenantId) {
    return administration.activate(tenantId, false);
  }

  @Operation(
      operationId = "activateTenant",
      description = "Its routes serve requests again; nothing was lost while it was inactive.",
      summary = "Activate a deactivated tenant again (platform admins)")
  @PostMapping("/tenants/{tenantId}/activate")
  Mono<Tenant> activate(@PathVariable String tenantId) {
    return administration.activate(tenantId, true);
  }

  @Operation(
      operationId = "listTenantRevisions",
      summary = "Every change of a tenant, oldest first (platform admins)",
      description = "Who changed it (a tenant file or an admin), when, and what it became.")
  @GetMapping("/tenants/{tenantId}/revisions")
  Mono<List<TenantRevision>> revisions(@PathVariable String tenantId) {
    return administration.revisions(tenantId);
  }

  /** Each tenant file read at start-up, with the problem that kept a malformed one out. */
  @GetMapping("/platform/tenant-files")
  @Operation(
      operationId = "listTenantFiles",
      summary = "How each tenant file read at start-up (platform admins)",
      description =
          "Each file in the tenants directory with the tenant it provisioned, or the problem that kept a malformed file out.")
  List<TenantFile> tenantFiles() {
    return provisioner.lastRun();
  }
}

package org.shequ.server.tenant;

import java.util.List;
import org.shequ.server.web.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The tenants, and the outcome of reading the tenant files. */
@RestController
@RequestMapping("/api/v1")
class TenantController {
  private final TenantRepository tenants;
  private final TenantProvisioner provisioner;

  TenantController(TenantRepository tenants, TenantProvisioner provisioner) {
    this.tenants = tenants;
    this.provisioner = provisioner;
  }

  @GetMapping("/tenants")
  Flux<Tenant> tenants() {
    return tenants.findAll();
  }

  @GetMapping("/tenants/{tenantId}")
  Mono<Tenant> tenant(@PathVariable String tenantId) {
    return tenants
        .findById(tenantId)
        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("租户", "tenant", tenantId)));
  }

  /** Each tenant file read at start-up, with the problem that kept a malformed one out. */
  @GetMapping("/platform/tenant-files")
  List<TenantFile> tenantFiles() {
    return provisioner.lastRun();
  }
}

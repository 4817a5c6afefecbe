package org.shequ.server.tenant;

import java.util.List;
import org.shequ.server.security.Callers;
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
  private final TenantAccess access;

  TenantController(TenantRepository tenants, TenantProvisioner provisioner, TenantAccess access) {
    this.tenants = tenants;
    this.provisioner = provisioner;
    this.access = access;
  }

  /** The tenants the caller may see: all for national and platform staff, else its own. */
  @GetMapping("/tenants")
  Flux<Tenant> tenants() {
    return Callers.current().flatMapMany(c -> tenants.findAll().filter(t -> c.canRead(t.id())));
  }

  @GetMapping("/tenants/{tenantId}")
  Mono<Tenant> tenant(@PathVariable String tenantId) {
    return access.reader(tenantId).flatMap(c -> tenants.findById(tenantId));
  }

  /** Each tenant file read at start-up, with the problem that kept a malformed one out. */
  @GetMapping("/platform/tenant-files")
  List<TenantFile> tenantFiles() {
    return provisioner.lastRun();
  }
}

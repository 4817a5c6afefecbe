package org.shequ.server.progress;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.shequ.server.security.Callers;
import org.shequ.server.security.WriteAction;
import org.shequ.server.security.WriteAuthorization;
import org.shequ.server.tenant.TenantAccess;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Rebuilds the progress roll-ups from the reports on a platform administrator's request (the
 * security configuration admits only {@code PLATFORM_ADMIN} under {@code /api/v1/platform}). The
 * roll-ups are maintained on every write and rebuilt by themselves when found stale; this is for
 * operators who loaded data behind the server's back or want to check a rebuild's cost.
 */
@RestController
@RequestMapping("/api/v1/platform/progress-rollups")
class RollupController {
  private final RollupRebuilds rebuilds;

  RollupController(RollupRebuilds rebuilds) {
    this.rebuilds = rebuilds;
  }

  /** Rebuilds every active tenant's forms ({@code all=false}: only the stale ones). */
  @PostMapping("/rebuild")
  @Operation(
      operationId = "rebuildProgressRollups",
      summary = "Rebuild the progress roll-ups (platform admins)",
      description =
          "Recomputes every active tenant's forms, or with all=false only the stale ones; answers each form's build.")
  Mono<List<RollupRebuilds.FormBuild>> rebuild(
      @RequestParam(name = "all", defaultValue = "true") boolean all) {
    // The security configuration admits platform admins only; the permission table says so too.
    return Callers.current()
        .filter(c -> WriteAuthorization.grant(c, WriteAction.REBUILD_ROLLUPS, null).isPresent())
        .switchIfEmpty(Mono.error(TenantAccess::forbidden))
        .flatMap(c -> rebuilds.all(all).collectList());
  }
}

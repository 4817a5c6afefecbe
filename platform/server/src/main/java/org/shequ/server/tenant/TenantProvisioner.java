package org.shequ.server.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.shequ.server.plan.LoadedPlan;
import org.shequ.server.plan.PlanRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Applies {@code tenants/*.yaml} at start-up, idempotently: a new file creates its tenant, an
 * edited one updates it, a removed one marks its tenant inactive (its data stays). A malformed file
 * is reported by name and line and changes nothing, not even its tenant's active flag; so is one
 * naming a plan that no plugin provides, or plans that overlap in time or are out of time order.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TenantProvisioner implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(TenantProvisioner.class);

  private final TenantFiles files;
  private final TenantRepository tenants;
  private final TenantProperties properties;
  private final PlanRegistry plans;
  private final AtomicReference<List<TenantFile>> lastRun = new AtomicReference<>(List.of());

  public TenantProvisioner(
      TenantFiles files,
      TenantRepository tenants,
      TenantProperties properties,
      PlanRegistry plans) {
    this.files = files;
    this.tenants = tenants;
    this.properties = properties;
    this.plans = plans;
  }

  @Override
  public void run(ApplicationArguments args) {
    provision();
  }

  /** Reads the tenant files and applies them; blocks (start-up thread only). */
  public List<TenantFile> provision() {
    List<TenantFile> read =
        files.read(properties.tenantsDir(), id -> plans.plan(id).map(LoadedPlan::plan));
    List<String> present = new ArrayList<>();
    for (TenantFile f : read) {
      // A file that is there keeps its tenant active even when it cannot be read this time.
      present.add(TenantFiles.expectedId(f.file()));
      if (!f.valid()) {
        log.error(
            "Tenant file {} line {} refused: {}; the other tenants are provisioned",
            f.file(),
            f.line(),
            f.problem());
      }
    }
    Flux.fromIterable(read)
        .filter(TenantFile::valid)
        .concatMap(f -> tenants.upsert(f.descriptor(), f.file()))
        .then(tenants.deactivateAllBut(present))
        .doOnNext(
            n -> {
              if (n > 0) {
                log.warn("{} tenant(s) without a file marked inactive; their data is kept", n);
              }
            })
        .block();
    log.info(
        "Tenants provisioned from {}: {}",
        properties.tenantsDir(),
        read.stream().filter(TenantFile::valid).map(f -> f.descriptor().id()).toList());
    lastRun.set(List.copyOf(read));
    return read;
  }

  /** The files read at the last provisioning, with their problems. */
  public List<TenantFile> lastRun() {
    return lastRun.get();
  }
}

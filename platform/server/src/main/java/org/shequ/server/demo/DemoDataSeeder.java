package org.shequ.server.demo;

import java.util.ArrayList;
import java.util.List;
import org.shequ.plan.api.Plan;
import org.shequ.server.plan.LoadedPlan;
import org.shequ.server.plan.PlanRegistry;
import org.shequ.server.tenant.Tenant;
import org.shequ.server.tenant.TenantRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seeds synthetic, clearly labelled demo data for every active tenant that has no org unit yet: the
 * tenant's org-unit tree and every report of each of its loaded plans. Generation is pure and
 * deterministic for a seed; storing is one transaction per tenant.
 */
@Component
public class DemoDataSeeder {
  private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

  private final TenantRepository tenants;
  private final PlanRegistry plans;
  private final DemoDataWriter writer;
  private final DemoDataProperties properties;

  DemoDataSeeder(
      TenantRepository tenants,
      PlanRegistry plans,
      DemoDataWriter writer,
      DemoDataProperties properties) {
    this.tenants = tenants;
    this.plans = plans;
    this.writer = writer;
    this.properties = properties;
  }

  /** What seeding did for one tenant. */
  public record Outcome(String tenantId, boolean seeded, int orgUnits, int reports) {}

  /** Seeds every tenant that needs it; blocks, so call it from a start-up or test thread only. */
  public List<Outcome> seedAll() {
    List<Outcome> outcomes = new ArrayList<>();
    for (Tenant tenant : activeTenants()) {
      outcomes.add(seed(tenant));
    }
    return outcomes;
  }

  /** The active tenants, the ones seeding looks at; blocks. */
  List<Tenant> activeTenants() {
    return tenants.findAll().filter(Tenant::active).collectList().block();
  }

  /**
   * Seeds one tenant unless it already has org units; blocks. A tenant with units (every tenant on
   * a restart) is recognised before any data is generated: generating a region's reports costs
   * seconds of CPU.
   */
  public Outcome seed(Tenant tenant) {
    long started = System.nanoTime();
    if (Boolean.TRUE.equals(writer.hasUnits(tenant).block())) {
      log.info("Tenant {} already has org units; no synthetic demo data added", tenant.id());
      return new Outcome(tenant.id(), false, 0, 0);
    }
    GeneratedTenant data = generate(tenant, properties.seed());
    boolean written = writer.writeIfEmpty(tenant, data.units(), data.reports()).block();
    if (!written) {
      log.info("Tenant {} already has org units; no synthetic demo data added", tenant.id());
      return new Outcome(tenant.id(), false, 0, 0);
    }
    log.info(
        "Seeded synthetic demo data (not real figures) for {}: {} org units, {} reports of {}"
            + " in {} ms",
        tenant.id(),
        data.units().size(),
        data.reports().size(),
        tenant.plans(),
        (System.nanoTime() - started) / 1_000_000);
    return new Outcome(tenant.id(), true, data.units().size(), data.reports().size());
  }

  /** One tenant's synthetic units and reports, without storing anything. */
  public GeneratedTenant generate(Tenant tenant, long seed) {
    List<DemoUnit> units = DemoRegion.of(tenant, seed);
    List<DemoReport> reports = new ArrayList<>();
    for (String planId : tenant.plans()) {
      Plan plan = plans.plan(planId).map(LoadedPlan::plan).orElse(null);
      if (plan == null) {
        log.warn(
            "Tenant {} names plan {}, which is not loaded: no demo reports", tenant.id(), planId);
        continue;
      }
      ReportGenerator generator = new ReportGenerator(plan, tenant.id(), units, seed);
      reports.addAll(generator.generate());
      if (generator.unrepairable() > 0) {
        log.warn(
            "{} synthetic reports of plan {} could not be made valid and were left out",
            generator.unrepairable(),
            planId,
            generator.firstFailure().orElse(null));
      }
    }
    return new GeneratedTenant(units, reports);
  }

  /** The generated data of one tenant. */
  public record GeneratedTenant(List<DemoUnit> units, List<DemoReport> reports) {}
}

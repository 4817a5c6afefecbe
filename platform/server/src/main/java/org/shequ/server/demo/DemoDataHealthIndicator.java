package org.shequ.server.demo;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Start-up seeding of demo data ({@code demoData} in {@code /actuator/health}): always UP, because
 * the server serves correctly meanwhile (a tenant's demo data appears whole, or not yet); the
 * details say whether seeding still runs and which tenants are seeded so far.
 */
@Component("demoDataHealthIndicator")
class DemoDataHealthIndicator implements HealthIndicator {
  private final DemoDataSeeding seeding;

  DemoDataHealthIndicator(DemoDataSeeding seeding) {
    this.seeding = seeding;
  }

  @Override
  public Health health() {
    DemoDataSeeding.Status s = seeding.status();
    return Health.up()
        .withDetail("stage", s.stage().name())
        .withDetail("seeded", s.seeded())
        .withDetail("checked", s.checked())
        .withDetail("since", s.since().toString())
        .build();
  }
}

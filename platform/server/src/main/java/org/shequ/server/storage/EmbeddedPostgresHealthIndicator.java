package org.shequ.server.storage;

import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health of the embedded PostgreSQL ({@code embeddedPostgres} in {@code /actuator/health}): DOWN
 * with the reason from the moment its postmaster exits until the supervisor has it running again.
 */
@Component("embeddedPostgresHealthIndicator")
@ConditionalOnProperty(EmbeddedPostgresEnvironment.DIRECTORY_PROPERTY)
public class EmbeddedPostgresHealthIndicator implements HealthIndicator {
  private final Path directory;

  public EmbeddedPostgresHealthIndicator(EmbeddedDatabaseProperties embedded) {
    this.directory = embedded.directory();
  }

  @Override
  public Health health() {
    return EmbeddedPostgresEnvironment.supervisor(directory)
        .map(EmbeddedPostgresSupervisor::state)
        .map(EmbeddedPostgresHealthIndicator::of)
        .orElseGet(
            () ->
                Health.down()
                    .withDetail(
                        "reason",
                        EmbeddedPostgresEnvironment.starting(directory)
                            ? "starting"
                            : "not running")
                    .build());
  }

  private static Health of(EmbeddedPostgresSupervisor.State state) {
    Health.Builder health = state.up() ? Health.up() : Health.down();
    health.withDetail("port", state.port()).withDetail("restarts", state.restarts());
    if (state.up()) {
      health.withDetail("pid", state.pid());
    } else {
      health
          .withDetail("reason", state.problem())
          .withDetail("since", state.downSince().toString());
    }
    return health.build();
  }
}

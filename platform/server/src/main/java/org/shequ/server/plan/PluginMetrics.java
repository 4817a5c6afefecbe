package org.shequ.server.plan;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The plugins this replica holds, by state ({@code shequ.plugins}, tag {@code state}: {@code
 * loaded} or {@code refused}), read from the plugin set it serves now.
 */
@Component
class PluginMetrics {
  static final String METRIC = "shequ.plugins";

  PluginMetrics(PlanRegistry registry, MeterRegistry meters) {
    for (PluginReport.Status status : PluginReport.Status.values()) {
      Gauge.builder(
              METRIC, registry, r -> r.reports().stream().filter(p -> p.status() == status).count())
          .description("Plugin jars by state")
          .tag("state", status.name().toLowerCase(java.util.Locale.ROOT))
          .register(meters);
    }
  }
}

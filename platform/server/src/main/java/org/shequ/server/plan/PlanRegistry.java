package org.shequ.server.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.shequ.plan.api.NationalIndicator;
import org.springframework.stereotype.Component;

/**
 * The plans, national catalogue and plugin reports currently served. Readers get a consistent
 * snapshot without locks; the plugin host replaces it whole when plugins change.
 */
@Component
public class PlanRegistry {

  /** One consistent state of the loaded plugins. */
  public record Snapshot(
      Map<String, LoadedPlan> plans,
      List<NationalIndicator> nationalIndicators,
      List<PluginReport> reports) {
    public Snapshot {
      plans = Map.copyOf(plans);
      nationalIndicators = List.copyOf(nationalIndicators);
      reports = List.copyOf(reports);
    }
  }

  private final AtomicReference<Snapshot> current =
      new AtomicReference<>(new Snapshot(Map.of(), List.of(), List.of()));

  void publish(Snapshot snapshot) {
    current.set(snapshot);
  }

  public Snapshot snapshot() {
    return current.get();
  }

  public Optional<LoadedPlan> plan(String planId) {
    return Optional.ofNullable(current.get().plans().get(planId));
  }

  public Collection<LoadedPlan> plans() {
    return current.get().plans().values();
  }

  public List<NationalIndicator> nationalIndicators() {
    return current.get().nationalIndicators();
  }

  public List<PluginReport> reports() {
    return current.get().reports();
  }
}

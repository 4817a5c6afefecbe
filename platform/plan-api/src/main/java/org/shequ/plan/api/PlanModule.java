package org.shequ.plan.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * The extension point through which a plugin provides one plan document.
 *
 * <p>Called by the server's plugin host once, right after the plugin is started; the host then
 * validates the returned plan with {@link PlanValidator} and keeps it in memory. Implementations
 * must be cheap, must not block on I/O or the network and must return the same immutable values on
 * every call: the host may call again after a plugin is reloaded. A plugin never sees the server:
 * it provides plans and rules, never endpoints or storage.
 */
public interface PlanModule extends ExtensionPoint {

  /** The whole plan: indicators, tasks and forms, each with its provenance in the document. */
  Plan plan();

  /**
   * The national indicator catalogue, if this plugin defines it (only the national benchmark plugin
   * does). Regional indicators map to these codes. Called once on load, like {@link #plan()}.
   */
  default List<NationalIndicator> nationalIndicators() {
    return List.of();
  }
}

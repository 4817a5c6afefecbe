package org.shequ.plan.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * The extension point through which a plugin provides one plan document.
 *
 * <p><b>Who calls it, and when.</b> The server's plugin host calls {@link #plan()} (and {@link
 * #nationalIndicators()}) once when it loads the plugin: at start-up for the plugins it finds, and
 * when a plugin is installed at run time ({@code POST /api/v1/plugins}). When an upgraded version
 * of the plugin is installed at run time, the host calls the new version's module once again in the
 * same way. Each time, the host validates the returned plan with {@link PlanValidator}, refuses it
 * with the validator's reasons if it has any problem, and otherwise keeps it in memory and serves
 * it until the plugin is upgraded, disabled or deleted. The plugin's tests call it as often as they
 * like (the test kit's {@code PlanContract}).
 *
 * <p><b>May it block?</b> No. Implementations must be cheap, must not block on I/O or the network,
 * and must return equal immutable values on every call: build the plan from constants in memory. A
 * plugin never sees the server: it provides plans and rules, never endpoints or storage.
 */
public interface PlanModule extends ExtensionPoint {

  /**
   * The whole plan: indicators, tasks and forms, each with its provenance in the document. Called
   * by the host once per load of the plugin (see above); never blocks.
   */
  Plan plan();

  /**
   * The national indicator catalogue, if this plugin defines it (only the national benchmark plugin
   * does). Regional indicators map to these codes, which are also the constants of {@link
   * NationalCodes}. Called once per load, like {@link #plan()}; never blocks.
   */
  default List<NationalIndicator> nationalIndicators() {
    return List.of();
  }
}

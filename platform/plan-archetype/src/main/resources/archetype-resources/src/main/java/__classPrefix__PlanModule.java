package ${package};

import org.pf4j.Extension;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.PlanModule;

/**
 * Provides the plan {@code ${pluginId}-${firstYear}-${lastYear}}. The host calls plan() when it loads
 * the plugin and may call it again: build the plan once, in memory, and return the same value.
 */
@Extension
public class ${classPrefix}PlanModule implements PlanModule {
  private static final Plan PLAN = ${classPrefix}Plan.build();

  @Override
  public Plan plan() {
    return PLAN;
  }
}

package ${package};

import org.shequ.plan.api.PlanModule;
import org.shequ.plan.testkit.PlanContract;

/**
 * The checks the host runs when it loads the plugin, run in the plugin's own build: a plan that
 * passes them loads; one that fails is refused with the same reasons.
 */
class ${classPrefix}PlanContractTest extends PlanContract {
  @Override
  protected PlanModule module() {
    return new ${classPrefix}PlanModule();
  }
}

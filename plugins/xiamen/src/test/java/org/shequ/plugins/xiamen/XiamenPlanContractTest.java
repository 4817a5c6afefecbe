package org.shequ.plugins.xiamen;

import org.shequ.plan.api.PlanModule;
import org.shequ.plan.testkit.PlanContract;

/** The host's checks, run on the Xiamen plan. */
class XiamenPlanContractTest extends PlanContract {
  @Override
  protected PlanModule module() {
    return new XiamenPlanModule();
  }
}

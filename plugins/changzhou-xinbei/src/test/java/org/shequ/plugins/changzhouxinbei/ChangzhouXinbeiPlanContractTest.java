package org.shequ.plugins.changzhouxinbei;

import org.shequ.plan.api.PlanModule;
import org.shequ.plan.testkit.PlanContract;

class ChangzhouXinbeiPlanContractTest extends PlanContract {
  @Override
  protected PlanModule module() {
    return new ChangzhouXinbeiPlanModule();
  }
}

package org.shequ.plugins.jiexiu;

import org.shequ.plan.api.PlanModule;
import org.shequ.plan.testkit.PlanContract;

/** The checks the host runs on load, applied to the Jiexiu plan. */
class JiexiuPlanContractTest extends PlanContract {
  @Override
  protected PlanModule module() {
    return new JiexiuPlanModule();
  }
}

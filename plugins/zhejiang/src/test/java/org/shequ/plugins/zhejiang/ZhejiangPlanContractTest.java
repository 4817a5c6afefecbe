package org.shequ.plugins.zhejiang;

import org.shequ.plan.api.PlanModule;
import org.shequ.plan.testkit.PlanContract;

class ZhejiangPlanContractTest extends PlanContract {
  @Override
  protected PlanModule module() {
    return new ZhejiangPlanModule();
  }
}

package org.shequ.plugins.national;

import org.shequ.plan.api.PlanModule;
import org.shequ.plan.testkit.PlanContract;

/** The host's checks, run on the national plan and catalogue. */
class NationalPlanContractTest extends PlanContract {
  @Override
  protected PlanModule module() {
    return new NationalPlanModule();
  }
}

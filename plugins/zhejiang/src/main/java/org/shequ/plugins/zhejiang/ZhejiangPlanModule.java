package org.shequ.plugins.zhejiang;

import org.pf4j.Extension;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.PlanModule;

/** Provides the plan {@code zhejiang-2016-2020}. */
@Extension
public class ZhejiangPlanModule implements PlanModule {
  // Built once: the host may call plan() again and expects the same immutable value.
  private static final Plan PLAN = ZhejiangPlan.build();

  @Override
  public Plan plan() {
    return PLAN;
  }
}

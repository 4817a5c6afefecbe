package org.shequ.plugins.changzhouxinbei;

import org.pf4j.Extension;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.PlanModule;

/** Provides 常州国家高新区 常州市新北区“十三五”城乡社区发展规划 (plan {@code changzhou-xinbei-2016-2020}). */
@Extension
public class ChangzhouXinbeiPlanModule implements PlanModule {
  // Built once: the plan is immutable and the host may call plan() again after a reload.
  private static final Plan PLAN = XinbeiPlan.build();

  @Override
  public Plan plan() {
    return PLAN;
  }
}

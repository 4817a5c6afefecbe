package org.shequ.plugins.xiamen;

import org.pf4j.Extension;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.PlanModule;

/** Provides 厦门市城乡社区服务体系建设规划(2016-2020年) as a plan. */
@Extension
public class XiamenPlanModule implements PlanModule {
  // Built once: the plan is immutable and the host may call plan() again after a reload.
  private static final Plan PLAN = XiamenPlan.build();

  @Override
  public Plan plan() {
    return PLAN;
  }
}

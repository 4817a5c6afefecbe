package org.shequ.plugins.jiexiu;

import org.pf4j.Extension;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.PlanModule;

/**
 * Provides Jiexiu's "three-society linkage" implementation plan ({@code jiexiu-2018-2020}). The
 * plan is built once: the host may call {@link #plan()} again and must get the same value.
 */
@Extension
public class JiexiuPlanModule implements PlanModule {
  private static final Plan PLAN = JiexiuPlan.build();

  @Override
  public Plan plan() {
    return PLAN;
  }
}

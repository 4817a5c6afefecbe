package org.shequ.plugins.national;

import java.util.List;
import org.pf4j.Extension;
import org.shequ.plan.api.NationalIndicator;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.PlanModule;

/** Provides the national benchmark plan and the national indicator catalogue. */
@Extension
public class NationalPlanModule implements PlanModule {
  private static final Plan PLAN = NationalPlan.build();
  private static final List<NationalIndicator> CATALOGUE = NationalCatalogue.indicators();

  @Override
  public Plan plan() {
    return PLAN;
  }

  @Override
  public List<NationalIndicator> nationalIndicators() {
    return CATALOGUE;
  }
}

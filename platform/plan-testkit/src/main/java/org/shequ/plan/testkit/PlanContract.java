package org.shequ.plan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.PlanModule;
import org.shequ.plan.api.PlanProblem;
import org.shequ.plan.api.PlanValidator;

/**
 * The checks every plan plugin runs on itself: extend this class in the plugin's tests and return
 * the plugin's module. It asserts what the host will check on load (unique codes, milestones in the
 * period, computations and rules on existing fields of a form at the right level, known national
 * mappings, Chinese and English names, original wording behind every figure) and that the module is
 * registered the way PF4J finds it.
 */
public abstract class PlanContract {

  /** A fresh instance of the plugin's {@link PlanModule}. */
  protected abstract PlanModule module();

  @Test
  void planPassesTheHostsChecks() {
    Plan plan = module().plan();
    List<PlanProblem> problems =
        PlanValidator.problems(plan, ClasspathPlanModules.nationalIndicatorCodes());
    assertThat(problems).as("problems of plan %s", plan.id()).isEmpty();
  }

  @Test
  void nationalCatalogueIsWellFormed() {
    assertThat(PlanValidator.catalogueProblems(module().nationalIndicators())).isEmpty();
  }

  @Test
  void moduleIsRegisteredAsAnExtension() {
    assertThat(ClasspathPlanModules.indexedClassNames())
        .as("META-INF/extensions.idx lists the module; is it annotated @Extension?")
        .contains(module().getClass().getName());
  }

  @Test
  void planIdNamesItsPeriod() {
    Plan plan = module().plan();
    assertThat(plan.id()).endsWith("-" + plan.period().startYear() + "-" + plan.period().endYear());
  }

  @Test
  void everyIndicatorHasNoDataWithoutReports() {
    for (Indicator indicator : module().plan().indicators()) {
      Actual actual = indicator.evaluate(List.of());
      assertThat(actual.hasData()).as(indicator.code()).isFalse();
    }
  }

  @Test
  void planIsTheSameOnEveryCall() {
    assertThat(module().plan()).isEqualTo(module().plan());
  }
}

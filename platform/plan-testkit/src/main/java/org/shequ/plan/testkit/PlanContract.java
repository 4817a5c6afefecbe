package org.shequ.plan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.Milestone;
import org.shequ.plan.api.NationalIndicator;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.PlanModule;
import org.shequ.plan.api.PlanProblem;
import org.shequ.plan.api.PlanValidator;

/**
 * The checks every plan plugin runs on itself: extend this class in the plugin's tests and return
 * the plugin's module. It asserts what the host will check on load (unique codes, milestones in the
 * period, computations and rules on existing fields of a form at the right level, known national
 * mappings, Chinese and English names, original wording behind every figure), that a level the plan
 * holds over the period has a milestone every year, that the module is registered the way PF4J
 * finds it, and that the per-plan document {@code docs/plans/<plan-id>.md} is the rendering of the
 * plan as it is now. A plan that maps to national codes needs the national catalogue on the test
 * classpath (the {@code plan-national} test dependency); the contract says so when it is missing.
 * The plugin that provides the catalogue also checks {@code docs/national-codes.md}.
 *
 * <p>Run by JUnit in the plugin's own build, never by the host.
 */
public abstract class PlanContract {

  /** A fresh instance of the plugin's {@link PlanModule}. */
  protected abstract PlanModule module();

  @Test
  void planPassesTheHostsChecks() {
    Plan plan = module().plan();
    Set<String> codes = ClasspathPlanModules.nationalIndicatorCodes();
    NationalMappings.missingCatalogue(plan, codes).ifPresent(Assertions::fail);
    List<PlanProblem> problems = PlanValidator.problems(plan, codes);
    assertThat(problems).as("problems of plan %s", plan.id()).isEmpty();
  }

  /**
   * Every national mapping names a code of the catalogue; a failure names the indicator and lists
   * the known codes (the constants of {@link org.shequ.plan.api.NationalCodes}).
   */
  @Test
  void nationalMappingsNameKnownCodes() {
    Set<String> codes = ClasspathPlanModules.nationalIndicatorCodes();
    Assumptions.assumeFalse(
        codes.isEmpty(),
        "no national catalogue on the test classpath (see planPassesTheHostsChecks)");
    assertThat(NationalMappings.unknownCodes(module().plan(), codes)).isEmpty();
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

  /** Wording that holds a level over the period rather than reaching it once. */
  private static final Pattern HELD = Pattern.compile("保持|稳定在|始终|每年");

  /**
   * A target whose wording holds a level («保持100%全覆盖», «每年不少于40小时») binds every year, not only the
   * last: the indicator needs a milestone in each year from its first one to the target year (the
   * target year itself may be the target alone).
   */
  @Test
  void levelsHeldOverThePeriodHaveAMilestoneEveryYear() {
    for (Indicator indicator : module().plan().indicators()) {
      if (indicator.target() == null
          || !HELD.matcher(indicator.target().provenance().originalText()).find()) {
        continue;
      }
      int targetYear = indicator.target().year();
      int first =
          indicator.milestones().stream().mapToInt(Milestone::year).min().orElse(targetYear);
      assertThat(first)
          .as("%s holds a level but has no milestone before %d", indicator.code(), targetYear)
          .isLessThan(targetYear);
      for (int year = first; year < targetYear; year++) {
        assertThat(indicator.milestone(year))
            .as("%s holds a level but has no milestone for %d", indicator.code(), year)
            .isPresent();
      }
    }
  }

  /**
   * {@code docs/national-codes.md} is {@link NationalCodesDocument}'s rendering of the catalogue,
   * checked (or, with {@code -Dshequ.plan-docs.write=true}, rewritten) by the plugin that provides
   * the catalogue; skipped for every other plugin and outside the repository.
   */
  @Test
  void nationalCodesDocumentIsUpToDate() throws IOException {
    List<NationalIndicator> catalogue = module().nationalIndicators();
    Assumptions.assumeFalse(catalogue.isEmpty(), "this plugin provides no national catalogue");
    Path here = Path.of("").toAbsolutePath();
    Optional<PlanDocuments> found = PlanDocuments.above(here);
    Assumptions.assumeTrue(found.isPresent(), () -> "no docs/ directory at or above " + here);
    PlanDocuments docs = found.get();
    if (Boolean.getBoolean(PlanDocuments.WRITE_PROPERTY)) {
      docs.writeNationalCodes(catalogue);
      return;
    }
    String expected = NationalCodesDocument.render(catalogue);
    Optional<String> current = docs.currentNationalCodes();
    String command = docs.regenerateCommand(here);
    if (current.isEmpty()) {
      fail("%s does not exist; generate it with: %s", docs.nationalCodes(), command);
    }
    if (!current.get().equals(expected)) {
      fail(
          "%s is out of date with the national catalogue (%s); regenerate it with: %s",
          docs.nationalCodes(), PlanDocuments.firstDifference(expected, current.get()), command);
    }
  }

  @Test
  void planIsTheSameOnEveryCall() {
    assertThat(module().plan()).isEqualTo(module().plan());
  }

  /**
   * {@code docs/plans/<plan-id>.md} is {@link PlanDocument}'s rendering of the plan (then the
   * plugin's hand-written notes), so a plan changed without regenerating its document fails the
   * build. With {@code -Dshequ.plan-docs.write=true} the test rewrites the document instead.
   * Skipped when no directory above the working directory holds {@code docs/} (a plugin built
   * outside the repository).
   */
  @Test
  void planDocumentIsUpToDate() throws IOException {
    Path here = Path.of("").toAbsolutePath();
    Optional<PlanDocuments> found = PlanDocuments.above(here);
    Assumptions.assumeTrue(
        found.isPresent(),
        () -> "no docs/ directory at or above " + here + ": the per-plan document is not checked");
    PlanDocuments docs = found.get();
    PlanModule module = module();
    Plan plan = module.plan();
    if (Boolean.getBoolean(PlanDocuments.WRITE_PROPERTY)) {
      docs.write(plan, module.nationalIndicators());
      return;
    }
    String expected = docs.expected(plan, module.nationalIndicators());
    String command = docs.regenerateCommand(here);
    Optional<String> current = docs.current(plan.id());
    if (current.isEmpty()) {
      fail("%s does not exist; generate it with: %s", docs.document(plan.id()), command);
    }
    if (!current.get().equals(expected)) {
      fail(
          "%s is out of date with plan %s (%s); regenerate it with: %s",
          docs.document(plan.id()),
          plan.id(),
          PlanDocuments.firstDifference(expected, current.get()),
          command);
    }
  }
}

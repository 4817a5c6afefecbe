package org.shequ.plan.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.OrgUnitProfile;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.UnitReport;
import org.shequ.plan.api.Violation;

/**
 * A handful of hand-made reports for a plugin's unit test, validated by the plan's own forms, and
 * the indicators evaluated on them:
 *
 * <pre>{@code
 * var samples = SampleReports.of(plan)
 *     .community("c1", AreaType.RURAL, 2500, "JX-COMMUNITY", Map.of("social_orgs", 2))
 *     .community("c2", AreaType.RURAL, 4000, "JX-COMMUNITY", Map.of("social_orgs", 3));
 * assertThat(samples.evaluate("JX-SOCIAL-ORGS").number()).isEqualByComparingTo("50");
 * }</pre>
 */
public final class SampleReports {
  private final Plan plan;
  private final List<Sample> samples = new ArrayList<>();

  private record Sample(String formCode, UnitReport report) {}

  private SampleReports(Plan plan) {
    this.plan = plan;
  }

  public static SampleReports of(Plan plan) {
    return new SampleReports(plan);
  }

  /** Adds a community's (or village's) report; fails if the form rejects the values. */
  public SampleReports community(
      String id, AreaType area, Integer population, String formCode, Map<String, ?> values) {
    return report(
        new OrgUnitProfile(id, OrgUnitLevel.COMMUNITY, area, population, null, Set.of()),
        formCode,
        values);
  }

  /** Adds any org unit's report; fails if the form rejects the values. */
  public SampleReports report(OrgUnitProfile unit, String formCode, Map<String, ?> values) {
    Form form =
        plan.form(formCode)
            .orElseThrow(() -> new IllegalArgumentException("no form " + formCode + " in plan"));
    Form.Validation v = form.validate(values);
    if (!v.valid()) {
      throw new AssertionError(
          "sample report for "
              + unit.id()
              + " is invalid: "
              + v.violations().stream().map(Violation::toString).toList());
    }
    samples.add(new Sample(formCode, new UnitReport(unit, v.values())));
    return this;
  }

  /** The violations a form finds in {@code values}, for tests of validation rules. */
  public List<Violation> violations(String formCode, Map<String, ?> values) {
    return plan.form(formCode).orElseThrow().validate(values).violations();
  }

  /** The actual value of one indicator over the samples of its form. */
  public Actual evaluate(String indicatorCode) {
    Indicator indicator =
        plan.indicator(indicatorCode)
            .orElseThrow(() -> new IllegalArgumentException("no indicator " + indicatorCode));
    List<UnitReport> reports =
        samples.stream()
            .filter(s -> s.formCode().equals(indicator.computation().formCode()))
            .map(Sample::report)
            .toList();
    return indicator.evaluate(reports);
  }
}

package org.shequ.plan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small plans, forms and reports for the plan-api 1.1 tests: one community form, many fields. */
final class TestPlans {
  static final Provenance P = Provenance.stated("一", "原文");

  private TestPlans() {}

  /** A community form with numeric, tick and text fields. */
  static Form form() {
    return new Form(
        "F",
        LocalizedText.of("表", "Form"),
        OrgUnitLevel.COMMUNITY,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            Field.builder("workers", FieldType.INTEGER).label("工作者", "Workers").min(0).build(),
            Field.builder("orgs", FieldType.INTEGER).label("社会组织", "Organisations").min(0).build(),
            Field.builder("office", FieldType.BOOLEAN).label("办公室", "Office").build(),
            Field.builder("hall", FieldType.BOOLEAN).label("活动室", "Hall").build(),
            Field.builder("clinic", FieldType.BOOLEAN).label("卫生室", "Clinic").build(),
            Field.builder("rooms", FieldType.INTEGER).label("用房间数", "Rooms").min(0).build(),
            Field.builder("remark", FieldType.TEXT).label("备注", "Remark").build()),
        List.of(),
        P);
  }

  /** A valid plan with {@link #form()} and the given indicators, to hand to the validator. */
  static Plan.Builder plan(Indicator... indicators) {
    Plan.Builder b =
        Plan.builder("test-2016-2020")
            .title("测试", "Test")
            .issuer(Issuer.lead("民政局", "Civil affairs"))
            .issueDate(LocalDate.of(2017, 1, 1))
            .period(2016, 2020)
            .form(form());
    for (Indicator i : indicators) {
      b.indicator(i);
    }
    return b;
  }

  static List<String> problems(Plan plan) {
    return PlanValidator.problems(plan, Set.of("NAT-1")).stream()
        .map(PlanProblem::toString)
        .toList();
  }

  /** A community's report, validated by {@link #form()}. */
  static UnitReport report(String id, AreaType area, Integer population, Map<String, ?> values) {
    Form.Validation v = form().validate(values);
    if (!v.valid()) {
      throw new AssertionError(v.violations());
    }
    return new UnitReport(OrgUnitProfile.community(id, area, population), v.values());
  }
}

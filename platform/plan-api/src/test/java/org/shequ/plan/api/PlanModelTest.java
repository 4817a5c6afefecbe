package org.shequ.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract's own behaviour: validation of reports, evaluation, targets and plan checks. */
class PlanModelTest {
  private static final Provenance P = Provenance.stated("一", "原文");

  private static Form form() {
    return new Form(
        "F",
        LocalizedText.of("表", "Form"),
        OrgUnitLevel.COMMUNITY,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            Field.builder("workers", FieldType.INTEGER)
                .label("工作者", "Workers")
                .min(0)
                .required()
                .build(),
            Field.builder("certified", FieldType.INTEGER).label("持证", "Certified").min(0).build(),
            Field.builder("centre", FieldType.BOOLEAN).label("中心", "Centre").build(),
            Field.builder("share", FieldType.PERCENT).label("比例", "Share").build()),
        List.of(
            new FormRule.CompareFields(
                "certified-le-workers",
                "certified",
                Comparator.AT_MOST,
                BigDecimal.ONE,
                "workers",
                LocalizedText.of("持证人数不能超过工作者人数", "certified cannot exceed workers"))),
        P);
  }

  @Test
  void aValidReportBecomesCanonicalValues() {
    Form.Validation v =
        form().validate(Map.of("workers", 10, "certified", 4, "centre", true, "share", 55.5));
    assertThat(v.valid()).isTrue();
    assertThat(v.values().number("workers")).contains(new BigDecimal("10"));
    assertThat(v.values().isTrue("centre")).isTrue();
  }

  @Test
  void everyFieldErrorIsListed() {
    Form.Validation v =
        form().validate(Map.of("certified", 2.5, "centre", "yes", "share", 101, "extra", 1));
    assertThat(v.violations())
        .extracting(Violation::field, Violation::code)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("extra", "unknown-field"),
            org.assertj.core.groups.Tuple.tuple("workers", "required"),
            org.assertj.core.groups.Tuple.tuple("certified", "type"),
            org.assertj.core.groups.Tuple.tuple("centre", "type"),
            org.assertj.core.groups.Tuple.tuple("share", "max"));
  }

  @Test
  void crossFieldRulesRunOnValidFields() {
    Form.Validation v = form().validate(Map.of("workers", 3, "certified", 4));
    assertThat(v.violations())
        .singleElement()
        .extracting(Violation::code)
        .isEqualTo("certified-le-workers");
    assertThat(v.violations().get(0).message().zh()).isEqualTo("持证人数不能超过工作者人数");
  }

  @Test
  void conditionalTargetsPickTheFirstMatchingClause() {
    Target t =
        new Target(
            2020,
            List.of(
                new Target.TargetClause(
                    new OrgUnitCondition.AllOf(
                        List.of(
                            new OrgUnitCondition.AreaIs(AreaType.RURAL),
                            new OrgUnitCondition.PopulationBelow(3000))),
                    Comparator.AT_LEAST,
                    Figure.number(2)),
                new Target.TargetClause(
                    OrgUnitCondition.any(), Comparator.AT_LEAST, Figure.number(5))),
            P);
    assertThat(
            t.clauseFor(OrgUnitProfile.community("a", AreaType.RURAL, 2999)).orElseThrow().value())
        .isEqualTo(Figure.number(2));
    assertThat(
            t.clauseFor(OrgUnitProfile.community("b", AreaType.RURAL, 3000)).orElseThrow().value())
        .isEqualTo(Figure.number(5));
    assertThat(
            t.clauseFor(OrgUnitProfile.community("c", AreaType.URBAN, 100)).orElseThrow().value())
        .isEqualTo(Figure.number(5));
  }

  @Test
  void rangesAreMetFromTheirBounds() {
    assertThat(Figures.meets(new BigDecimal("2"), Comparator.BETWEEN, Figure.range("2", "5")))
        .isTrue();
    assertThat(Figures.meets(new BigDecimal("6"), Comparator.BETWEEN, Figure.range("2", "5")))
        .isFalse();
    assertThat(Figures.meets(new BigDecimal("6"), Comparator.AT_LEAST, Figure.range("2", "5")))
        .isTrue();
  }

  @Test
  void theValidatorFindsWhatTheHostRefuses() {
    Plan plan =
        Plan.builder("test-2016-2020")
            .title("测试", "Test")
            .issuer(Issuer.lead("民政厅", "Civil affairs"))
            .issueDate(LocalDate.of(2017, 1, 1))
            .period(2016, 2020)
            .form(form())
            .indicator(
                Indicator.builder("T-1")
                    .name("覆盖率", "Coverage")
                    .unit(Unit.PERCENT)
                    .scope(Scope.communities(AreaType.ALL))
                    .milestone(2021, Comparator.AT_LEAST, Figure.number(50), P)
                    .computation(new Computation.ShareOfUnits("F", FieldCondition.isTrue("nope")))
                    .nationalIndicator("UNKNOWN")
                    .provenance(P)
                    .build())
            .task(Task.builder("K-1").title("任务", "Task").parent("K-0").provenance(P).build())
            .build();
    assertThat(PlanValidator.problems(plan, java.util.Set.of()))
        .extracting(PlanProblem::message)
        .anyMatch(m -> m.startsWith("milestone outside the period"))
        .anyMatch(m -> m.equals("unknown field F.nope"))
        .anyMatch(
            m ->
                m.equals(
                    "unknown national indicator UNKNOWN; no national indicator catalogue is"
                        + " loaded"))
        .anyMatch(m -> m.equals("unknown parent task K-0"));
  }

  @Test
  void shareOfUnitsIsAPercentageRoundedHalfUp() {
    Indicator i =
        Indicator.builder("T-2")
            .name("覆盖率", "Coverage")
            .unit(Unit.PERCENT)
            .scope(Scope.communities(AreaType.ALL))
            .computation(new Computation.ShareOfUnits("F", FieldCondition.isTrue("centre")))
            .provenance(P)
            .build();
    Form f = form();
    List<UnitReport> reports =
        List.of(
            new UnitReport(
                OrgUnitProfile.community("a", AreaType.URBAN, 1),
                f.validate(Map.of("workers", 1, "centre", true)).values()),
            new UnitReport(
                OrgUnitProfile.community("b", AreaType.URBAN, 1),
                f.validate(Map.of("workers", 1, "centre", false)).values()),
            new UnitReport(
                OrgUnitProfile.community("c", AreaType.RURAL, 1),
                f.validate(Map.of("workers", 1)).values()));
    assertThat(i.evaluate(reports).number()).isEqualByComparingTo("33.3333");
    assertThat(i.evaluate(reports).reports()).isEqualTo(3);
    assertThatThrownBy(() -> Figure.range("5", "2")).isInstanceOf(IllegalArgumentException.class);
  }
}

package org.shequ.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Relative targets (提高40%以上): the rule, its baseline, and the number actuals are judged by. */
class RelativeFigureTest {
  private static final Provenance SOURCE = Provenance.stated("表", "提高40%以上");
  private static final Baseline BASE_2015 =
      new Baseline(Figure.number(10_550), 2015, Provenance.stated("表", "10550"));

  private static List<PlanProblem> problems(Baseline baseline, Figure target) {
    Indicator.Builder indicator =
        Indicator.builder("T-1")
            .name("持证人数", "Certified workers")
            .unit(Unit.PERSONS)
            .scope(Scope.communities(AreaType.ALL))
            .target(2020, Comparator.AT_LEAST, target, SOURCE)
            .computation(new Computation.Sum("F", "workers"))
            .provenance(Provenance.stated("表", "原文"));
    if (baseline != null) {
      indicator.baseline(baseline.value(), baseline.year(), baseline.provenance());
    }
    Plan plan =
        Plan.builder("test-2016-2020")
            .title("测试", "Test")
            .issuer(Issuer.lead("民政局", "Civil affairs"))
            .issueDate(LocalDate.of(2017, 1, 1))
            .period(2016, 2020)
            .form(
                new Form(
                    "F",
                    LocalizedText.of("表", "Form"),
                    OrgUnitLevel.COMMUNITY,
                    AreaType.ALL,
                    PeriodType.ANNUAL,
                    List.of(
                        Field.builder("workers", FieldType.INTEGER)
                            .label("人数", "Workers")
                            .min(0)
                            .build()),
                    List.of(),
                    Provenance.stated("表", "原文")))
            .indicator(indicator.build())
            .build();
    return PlanValidator.problems(plan, Set.of());
  }

  @Test
  void keepsTheRuleAndItsBaselineAndYieldsTheResultingFigure() {
    Figure.Relative plus40 = Figure.relative(BASE_2015, "40");
    assertThat(plus40.baseline()).isEqualByComparingTo("10550");
    assertThat(plus40.baselineYear()).isEqualTo(2015);
    assertThat(plus40.percent()).isEqualByComparingTo("40");
    assertThat(plus40.value()).isEqualByComparingTo("14770");
    assertThat(plus40.rule()).isEqualTo("+40% over 2015's 10,550");
  }

  @Test
  void isJudgedAndRepresentedByTheResultingFigure() {
    Figure.Relative plus40 = Figure.relative(BASE_2015, "40");
    assertThat(Figures.representative(plus40)).isEqualByComparingTo("14770");
    assertThat(Figures.lower(plus40)).isEqualByComparingTo("14770");
    assertThat(Figures.upper(plus40)).isEqualByComparingTo("14770");
    assertThat(Figures.meets(new BigDecimal("14770"), Comparator.AT_LEAST, plus40)).isTrue();
    assertThat(Figures.meets(new BigDecimal("14769"), Comparator.AT_LEAST, plus40)).isFalse();
  }

  @Test
  void aCutAndAFractionalResultAreExact() {
    Baseline base = new Baseline(Figure.number("12.5"), 2015, SOURCE);
    Figure.Relative cut = Figure.relative(base, "-10");
    assertThat(cut.value()).isEqualByComparingTo("11.25");
    assertThat(cut.rule()).isEqualTo("-10% over 2015's 12.5");
  }

  @Test
  void percentagePointsAreAddedToThePercentage() {
    Baseline base = new Baseline(Figure.number("24.1"), 2015, SOURCE);
    Figure.Relative points = Figure.relativePoints(base, "0.1");
    assertThat(points.change()).isEqualTo(Figure.Relative.Change.POINTS);
    assertThat(points.value()).isEqualByComparingTo("24.2");
    assertThat(points.rule()).isEqualTo("+0.1 points over 2015's 24.1");
  }

  @Test
  void needsANumericBaseline() {
    Baseline stage = new Baseline(Figure.stage("A"), 2015, SOURCE);
    assertThatThrownBy(() -> Figure.relative(stage, "40"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theValidatorWantsTheIndicatorsOwnBaseline() {
    Figure.Relative plus40 = Figure.relative(BASE_2015, "40");
    assertThat(problems(BASE_2015, plus40)).isEmpty();
    assertThat(problems(null, plus40))
        .extracting(PlanProblem::message)
        .anyMatch(m -> m.contains("own baseline"));
    Baseline other = new Baseline(Figure.number(9_000), 2015, Provenance.stated("表", "9000"));
    assertThat(problems(other, plus40))
        .extracting(PlanProblem::message)
        .anyMatch(m -> m.contains("own baseline"));
    Baseline otherYear = new Baseline(Figure.number(10_550), 2014, Provenance.stated("表", "10550"));
    assertThat(problems(otherYear, plus40))
        .extracting(PlanProblem::message)
        .anyMatch(m -> m.contains("own baseline"));
  }
}

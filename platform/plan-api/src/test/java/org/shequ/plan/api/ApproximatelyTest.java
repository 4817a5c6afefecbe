package org.shequ.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "About" targets (左右): the band, how actuals meet it, and what the validator asks of it. */
class ApproximatelyTest {
  private static final Provenance WHY =
      Provenance.derived("四", "7000人左右", "左右 read as ±10 %: 6,300–7,700");

  private static Form form() {
    return new Form(
        "F",
        LocalizedText.of("表", "Form"),
        OrgUnitLevel.COMMUNITY,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(Field.builder("workers", FieldType.INTEGER).label("人数", "Workers").min(0).build()),
        List.of(),
        Provenance.stated("四", "原文"));
  }

  private static List<PlanProblem> problems(Comparator comparator, Figure figure, Provenance p) {
    Plan plan =
        Plan.builder("test-2016-2020")
            .title("测试", "Test")
            .issuer(Issuer.lead("民政局", "Civil affairs"))
            .issueDate(LocalDate.of(2017, 1, 1))
            .period(2016, 2020)
            .form(form())
            .indicator(
                Indicator.builder("T-1")
                    .name("人数", "Workers")
                    .unit(Unit.PERSONS)
                    .scope(Scope.communities(AreaType.ALL))
                    .target(2020, comparator, figure, p)
                    .computation(new Computation.Sum("F", "workers"))
                    .provenance(Provenance.stated("四", "原文"))
                    .build())
            .build();
    return PlanValidator.problems(plan, Set.of());
  }

  @Test
  void aRelativeBandIsMetInsideAndNotOutside() {
    Figure.About about = Figure.about(7000, Tolerance.relative("0.10"));
    assertThat(about.min()).isEqualByComparingTo("6300");
    assertThat(about.max()).isEqualByComparingTo("7700");
    assertThat(Figures.meets(new BigDecimal("6300"), Comparator.APPROXIMATELY, about)).isTrue();
    assertThat(Figures.meets(new BigDecimal("7700"), Comparator.APPROXIMATELY, about)).isTrue();
    assertThat(Figures.meets(new BigDecimal("6299"), Comparator.APPROXIMATELY, about)).isFalse();
    // Above the band is not "at least": 左右 is missed both ways.
    assertThat(Figures.meets(new BigDecimal("7701"), Comparator.APPROXIMATELY, about)).isFalse();
  }

  @Test
  void anAbsoluteBandIsInTheIndicatorsUnit() {
    Figure.About about = Figure.about(3, Tolerance.absolute(1));
    assertThat(Figures.meets(new BigDecimal("2"), Comparator.APPROXIMATELY, about)).isTrue();
    assertThat(Figures.meets(new BigDecimal("4"), Comparator.APPROXIMATELY, about)).isTrue();
    assertThat(Figures.meets(new BigDecimal("5"), Comparator.APPROXIMATELY, about)).isFalse();
    assertThat(Figures.meets(new BigDecimal("1"), Comparator.APPROXIMATELY, about)).isFalse();
    assertThat(Figures.representative(about)).isEqualByComparingTo("3");
    assertThat(Figures.lower(about)).isEqualByComparingTo("2");
    assertThat(Figures.upper(about)).isEqualByComparingTo("4");
  }

  @Test
  void approximatelyWithoutABandIsRefusedWhereOnlyNumbersAreCompared() {
    assertThat(Comparator.APPROXIMATELY.symbol()).isEqualTo("≈");
    assertThatThrownBy(() -> Comparator.APPROXIMATELY.test(BigDecimal.ONE, BigDecimal.ONE))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> new FieldCondition("workers", Comparator.APPROXIMATELY, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aShareMeetingAnAboutClauseCountsUnitsInsideTheBand() {
    Indicator i =
        Indicator.builder("T-2")
            .name("人数", "Workers")
            .unit(Unit.PERSONS)
            .scope(Scope.eachCommunity(AreaType.ALL))
            .target(2020, Comparator.APPROXIMATELY, Figure.about(3, Tolerance.absolute(1)), WHY)
            .computation(new Computation.ShareMeetingTarget("F", "workers"))
            .provenance(Provenance.stated("四", "原文"))
            .build();
    Form f = form();
    List<UnitReport> reports =
        List.of(2, 4, 5, 1).stream()
            .map(
                n ->
                    new UnitReport(
                        OrgUnitProfile.community("u" + n, AreaType.URBAN, 1),
                        f.validate(Map.of("workers", n)).values()))
            .toList();
    assertThat(i.evaluate(reports).number()).isEqualByComparingTo("50");
  }

  @Test
  void theValidatorAcceptsABandWithItsReason() {
    assertThat(
            problems(Comparator.APPROXIMATELY, Figure.about(7000, Tolerance.relative("0.1")), WHY))
        .isEmpty();
  }

  @Test
  void theValidatorWantsABandReasonedAndSane() {
    assertThat(problems(Comparator.APPROXIMATELY, Figure.number(7000), WHY))
        .extracting(PlanProblem::message)
        .containsExactly("an APPROXIMATELY figure gives its tolerance band (Figure.about)");
    assertThat(problems(Comparator.AT_LEAST, Figure.about(7000, Tolerance.relative("0.1")), WHY))
        .extracting(PlanProblem::message)
        .containsExactly("an \"about\" figure is held with APPROXIMATELY, not AT_LEAST");
    assertThat(
            problems(
                Comparator.APPROXIMATELY,
                Figure.about(7000, Tolerance.relative("0.1")),
                Provenance.stated("四", "7000人左右")))
        .extracting(PlanProblem::message)
        .containsExactly("an \"about\" figure's provenance says why its band");
    assertThat(problems(Comparator.APPROXIMATELY, Figure.about(7000, Tolerance.relative("1")), WHY))
        .extracting(PlanProblem::message)
        .containsExactly("a relative tolerance lies strictly between 0 and 1");
    assertThat(problems(Comparator.APPROXIMATELY, Figure.about(3, Tolerance.absolute(3)), WHY))
        .extracting(PlanProblem::message)
        .containsExactly("an absolute tolerance lies strictly between 0 and the figure");
    assertThat(problems(Comparator.APPROXIMATELY, Figure.about(3, Tolerance.relative("0.1")), WHY))
        .extracting(PlanProblem::message)
        .containsExactly(
            "a band narrower than one whole PERSONS admits only the figure: use EQUAL");
  }

  @Test
  void theContractIsVersionOneOne() {
    assertThat(PlanApi.VERSION).isEqualTo("1.2.0");
  }
}

package org.shequ.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Goals, figures of the 十二五 review and lost content: kept with the plan and checked. */
class GoalsAndContextTest {
  private static final Provenance GOALS = Provenance.stated("二(二) 发展目标", "到2020年，基本形成…治理体系");
  private static final Provenance REVIEW = Provenance.stated("一 回顾", "全省社区工作者128833人");

  private static Goal goal(String code, Integer year) {
    return new Goal(
        code, LocalizedText.of("基本形成治理体系", "A governance system in place"), year, GOALS);
  }

  private static ReviewFigure workers(String code, Figure value, int year) {
    return new ReviewFigure(
        code,
        LocalizedText.of("社区工作者", "Community workers"),
        value,
        Unit.PERSONS,
        year,
        Scope.communities(AreaType.ALL),
        REVIEW);
  }

  @Test
  void goalsReviewFiguresAndLostContentTravelWithThePlanInOrder() {
    Plan plan =
        TestPlans.plan()
            .goal(goal("GOAL-1", 2020))
            .goal(goal("GOAL-2", null))
            .reviewFigure(workers("R-1", Figure.number(128833), 2015))
            .reviewFigure(workers("R-2", Figure.range("40", "50"), 2015))
            .lost("四(一) 专栏1", "社区服务设施建设工程", "image only; figures taken from the text")
            .build();

    assertThat(plan.goals()).extracting(Goal::code).containsExactly("GOAL-1", "GOAL-2");
    assertThat(plan.goals().get(1).year()).isNull();
    assertThat(plan.reviewFigures()).extracting(ReviewFigure::code).containsExactly("R-1", "R-2");
    assertThat(plan.lost())
        .containsExactly(
            new LostContent("四(一) 专栏1", "社区服务设施建设工程", "image only; figures taken from the text"));
    assertThat(TestPlans.problems(plan)).isEmpty();
  }

  @Test
  void aGoalNeedsBothLanguagesItsWordingAndAYearInsideThePlan() {
    Plan plan =
        TestPlans.plan()
            .goal(goal("GOAL-1", 2021))
            .goal(new Goal("GOAL-2", LocalizedText.of("目标", ""), null, GOALS))
            .goal(new Goal("GOAL-1", LocalizedText.of("目标", "Goal"), 2016, GOALS))
            .goal(
                new Goal(
                    "GOAL-3",
                    LocalizedText.of("目标", "Goal"),
                    null,
                    Provenance.derived("二", "原文", "")))
            .goal(
                new Goal("GOAL-4", LocalizedText.of("目标", "Goal"), null, Provenance.stated("", "")))
            .build();

    assertThat(TestPlans.problems(plan))
        .containsExactly(
            "goals: duplicate code GOAL-1",
            "goals[GOAL-1]: goal year after the plan period",
            "goals[GOAL-2].text: needs both a Chinese and an English text",
            "goals[GOAL-3].provenance: a derived figure says how it was derived",
            "goals[GOAL-4].provenance: needs the section and the document's original wording");
  }

  @Test
  void aReviewFigureIsAPastNumberOrRange() {
    Baseline base = new Baseline(Figure.number(100), 2015, REVIEW);
    Plan plan =
        TestPlans.plan()
            .reviewFigure(workers("R-START", Figure.number(1), 2016))
            .reviewFigure(workers("R-LATER", Figure.number(1), 2017))
            .reviewFigure(workers("R-ABOUT", Figure.about(7000, Tolerance.relative("0.1")), 2015))
            .reviewFigure(workers("R-REL", Figure.relative(base, "40"), 2015))
            .reviewFigure(workers("R-START", Figure.number(2), 2014))
            .build();

    assertThat(TestPlans.problems(plan))
        .containsExactly(
            "reviewFigures: duplicate code R-START",
            "reviewFigures[R-LATER]: a review figure describes the past: year after the start",
            "reviewFigures[R-ABOUT]: a review figure is a number or a range",
            "reviewFigures[R-REL]: a review figure is a number or a range");
  }

  @Test
  void aReviewFigureNeedsItsNameAndWording() {
    Plan plan =
        TestPlans.plan()
            .reviewFigure(
                new ReviewFigure(
                    "R-1",
                    LocalizedText.of("", "Workers"),
                    Figure.number(1),
                    Unit.PERSONS,
                    2015,
                    Scope.region(),
                    Provenance.stated("一", " ")))
            .build();

    assertThat(TestPlans.problems(plan))
        .containsExactly(
            "reviewFigures[R-1].name: needs both a Chinese and an English text",
            "reviewFigures[R-1].provenance: needs the section and the document's original"
                + " wording");
  }

  @Test
  void lostContentNamesItsSectionAndTitle() {
    Plan plan =
        TestPlans.plan()
            .lost(" ", "专栏2", null)
            .lost("四 专栏3", "", "blank")
            .lost("四 专栏4", "社区减负", null)
            .build();

    assertThat(plan.lost().get(0).note()).isEmpty();
    assertThat(TestPlans.problems(plan))
        .containsExactly(
            "lost: lost content names its section and title",
            "lost: lost content names its section and title");
  }

  @Test
  void requiredPartsAreRequired() {
    assertThatThrownBy(() -> new Goal("G", null, null, GOALS))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () ->
                new ReviewFigure(
                    "R",
                    LocalizedText.of("人", "People"),
                    Figure.number(1),
                    null,
                    2015,
                    Scope.region(),
                    REVIEW))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new LostContent(null, "专栏", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void thePlanKeepsItsOwnCopies() {
    var goals = new java.util.ArrayList<>(List.of(goal("GOAL-1", 2020)));
    Plan built = TestPlans.plan().build();
    Plan plan =
        new Plan(
            built.id(),
            built.title(),
            null,
            built.issuers(),
            null,
            built.issueDate(),
            null,
            built.period(),
            List.of(),
            List.of(),
            built.forms(),
            null,
            goals,
            null,
            null);
    goals.clear();

    assertThat(plan.goals()).hasSize(1);
    assertThat(plan.reviewFigures()).isEmpty();
    assertThat(plan.lost()).isEmpty();
    assertThat(plan.inferred()).isEmpty();
  }
}

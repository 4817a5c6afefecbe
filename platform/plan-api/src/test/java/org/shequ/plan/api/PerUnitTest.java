package org.shequ.plan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shequ.plan.api.TestPlans.P;
import static org.shequ.plan.api.TestPlans.report;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A target per community («每个社区至少1名社会工作者») is reported as the share of communities meeting it, in
 * percent, with the clause shown beside it as the plan states it.
 */
class PerUnitTest {

  private static final OrgUnitCondition SMALL_RURAL =
      new OrgUnitCondition.AllOf(
          List.of(
              new OrgUnitCondition.AreaIs(AreaType.RURAL),
              new OrgUnitCondition.PopulationBelow(3000)));
  private static final OrgUnitCondition LARGE_RURAL =
      new OrgUnitCondition.AllOf(
          List.of(
              new OrgUnitCondition.AreaIs(AreaType.RURAL),
              new OrgUnitCondition.PopulationAtLeast(3000)));

  private static Indicator.Builder oneWorkerPerCommunity() {
    return Indicator.builder("WORKERS")
        .name("每个社区至少1名社会工作者", "At least one social worker per community")
        .unit(Unit.PERSONS)
        .scope(Scope.eachCommunity(AreaType.ALL))
        .target(2020, Comparator.AT_LEAST, Figure.number(1), P)
        .computation(new Computation.ShareMeetingTarget("F", "workers"))
        .provenance(P);
  }

  /** Jiexiu's shape: rural communities under 3,000 residents need 2 organisations, others 5. */
  private static Indicator organisationsByPopulation() {
    return Indicator.builder("ORGS")
        .name("社区社会组织", "Social organisations")
        .unit(Unit.COUNT)
        .scope(Scope.eachCommunity(AreaType.RURAL))
        .target(
            new Target(
                2020,
                List.of(
                    new Target.TargetClause(SMALL_RURAL, Comparator.AT_LEAST, Figure.number(2)),
                    new Target.TargetClause(LARGE_RURAL, Comparator.AT_LEAST, Figure.number(5))),
                P))
        .computation(new Computation.ShareMeetingTarget("F", "orgs"))
        .provenance(P)
        .build();
  }

  @Test
  void aPerUnitIndicatorIsMeasuredInPercentOfUnitsAndKeepsItsClauseInItsOwnUnit() {
    Indicator i = oneWorkerPerCommunity().build();

    assertThat(i.perUnit()).isTrue();
    assertThat(i.unit()).isEqualTo(Unit.PERSONS);
    assertThat(i.actualUnit()).isEqualTo(Unit.PERCENT);
    assertThat(i.perUnitClause())
        .contains(LocalizedText.of("≥ 1 人/社区", "≥ 1 persons per community"));
  }

  @Test
  void severalConditionalClausesAreJoinedInTheirOrder() {
    Indicator i = organisationsByPopulation();

    assertThat(i.perUnitClause().orElseThrow().zh())
        .isEqualTo("农村社区、人口3000人以下: ≥ 2 个/社区; 农村社区、人口3000人及以上: ≥ 5 个/社区");
    assertThat(i.perUnitClause().orElseThrow().en())
        .isEqualTo(
            "rural communities, under 3000 residents: ≥ 2 count per community;"
                + " rural communities, 3000 residents or more: ≥ 5 count per community");
  }

  @Test
  void anAboutOrRangeClauseIsDescribedWithItsBand() {
    Indicator about =
        oneWorkerPerCommunity()
            .target(
                2020,
                Comparator.APPROXIMATELY,
                Figure.about(3, Tolerance.absolute(1)),
                Provenance.derived("一", "3名左右", "±1 person"))
            .build();
    Indicator range =
        oneWorkerPerCommunity().target(2020, Comparator.BETWEEN, Figure.range("2", "5"), P).build();

    assertThat(about.perUnitClause().orElseThrow().zh()).isEqualTo("≈ 3 ± 1 人/社区");
    assertThat(range.perUnitClause().orElseThrow().en()).isEqualTo("∈ 2–5 persons per community");
  }

  @Test
  void regionWideIndicatorsKeepTheirUnitAndHaveNoPerUnitClause() {
    Indicator sum =
        Indicator.builder("SUM")
            .name("工作者总数", "Workers")
            .unit(Unit.PERSONS)
            .scope(Scope.communities(AreaType.ALL))
            .target(2020, Comparator.AT_LEAST, Figure.number(100), P)
            .computation(new Computation.Sum("F", "workers"))
            .provenance(P)
            .build();
    Indicator share =
        Indicator.builder("SHARE")
            .name("有办公室的社区比例", "Communities with an office")
            .unit(Unit.COUNT)
            .scope(Scope.communities(AreaType.ALL))
            .computation(new Computation.ShareOfUnits("F", FieldCondition.isTrue("office")))
            .provenance(P)
            .build();

    assertThat(sum.perUnit()).isFalse();
    assertThat(sum.actualUnit()).isEqualTo(Unit.PERSONS);
    assertThat(sum.perUnitClause()).isEmpty();
    assertThat(share.perUnit()).isFalse();
    assertThat(share.actualUnit()).as("a share of units is in percent").isEqualTo(Unit.PERCENT);
    assertThat(share.perUnitClause()).isEmpty();
  }

  @Test
  void aPerUnitIndicatorWithoutTargetHasNoClauseAndCannotBeEvaluated() {
    Indicator i = oneWorkerPerCommunity().target(null).build();

    assertThat(i.perUnitClause()).isEmpty();
    assertThatThrownBy(
            () -> i.evaluate(List.of(report("a", AreaType.URBAN, 10, Map.of("workers", 1)))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("WORKERS");
    assertThat(TestPlans.problems(TestPlans.plan(i).build()))
        .contains("indicators[WORKERS].computation: a share meeting the target needs a target");
  }

  @Test
  void theShareCountsUnitsMeetingTheirOwnClause() {
    Actual actual =
        organisationsByPopulation()
            .evaluate(
                List.of(
                    report("small-2", AreaType.RURAL, 2999, Map.of("orgs", 2)),
                    report("large-3", AreaType.RURAL, 3000, Map.of("orgs", 3)),
                    report("large-5", AreaType.RURAL, 4000, Map.of("orgs", 5)),
                    report("small-1", AreaType.RURAL, 100, Map.of("orgs", 1))));

    assertThat(actual.number()).isEqualByComparingTo("50");
    assertThat(actual.reports()).isEqualTo(4);
    assertThat(actual.unknown()).isZero();
  }

  @Test
  void unitsOfUnknownPopulationAreCountedAsUnknownNotDroppedNorJudged() {
    Actual actual =
        organisationsByPopulation()
            .evaluate(
                List.of(
                    report("small-2", AreaType.RURAL, 2000, Map.of("orgs", 2)),
                    report("large-3", AreaType.RURAL, 5000, Map.of("orgs", 3)),
                    report("unknown-9", AreaType.RURAL, null, Map.of("orgs", 9)),
                    report("unknown-0", AreaType.RURAL, null, Map.of("orgs", 0)),
                    // Outside the scope (urban): not evaluated at all.
                    report("urban", AreaType.URBAN, null, Map.of("orgs", 0)),
                    // No value for the field: not a report of this indicator.
                    report("silent", AreaType.RURAL, null, Map.of("workers", 1))));

    assertThat(actual.number()).as("1 of the 2 judged units").isEqualByComparingTo("50");
    assertThat(actual.reports()).isEqualTo(2);
    assertThat(actual.unknown()).isEqualTo(2);
    assertThat(actual.hasData()).isTrue();
  }

  @Test
  void aCatchAllClauseAfterAPopulationClauseDoesNotDecideAUnitOfUnknownPopulation() {
    Indicator catchAll =
        oneWorkerPerCommunity()
            .target(
                new Target(
                    2020,
                    List.of(
                        new Target.TargetClause(
                            new OrgUnitCondition.PopulationBelow(3000),
                            Comparator.AT_LEAST,
                            Figure.number(2)),
                        new Target.TargetClause(
                            OrgUnitCondition.any(), Comparator.AT_LEAST, Figure.number(5))),
                    P))
            .build();

    Actual actual =
        catchAll.evaluate(
            List.of(
                report("unknown-2", AreaType.RURAL, null, Map.of("workers", 2)),
                report("large-5", AreaType.URBAN, 9000, Map.of("workers", 5))));

    assertThat(actual.unknown()).as("judged against neither clause").isEqualTo(1);
    assertThat(actual.reports()).isEqualTo(1);
    assertThat(actual.number()).isEqualByComparingTo("100");
  }

  @Test
  void onlyUnknownUnitsGiveNoNumberButSayHowManyAreUnknown() {
    Actual actual =
        organisationsByPopulation()
            .evaluate(List.of(report("unknown", AreaType.RURAL, null, Map.of("orgs", 9))));

    assertThat(actual.number()).isNull();
    assertThat(actual.reports()).isZero();
    assertThat(actual.unknown()).isEqualTo(1);
    assertThat(actual.hasData()).isFalse();
    assertThat(organisationsByPopulation().evaluate(List.of())).isEqualTo(Actual.noData());
  }

  @Test
  void aTargetThatDoesNotReadPopulationNeverMakesAUnitUnknown() {
    Indicator urbanOnly =
        oneWorkerPerCommunity()
            .target(
                new Target(
                    2020,
                    List.of(
                        new Target.TargetClause(
                            new OrgUnitCondition.AreaIs(AreaType.URBAN),
                            Comparator.AT_LEAST,
                            Figure.number(1))),
                    P))
            .build();

    Actual actual =
        urbanOnly.evaluate(
            List.of(
                report("urban", AreaType.URBAN, null, Map.of("workers", 1)),
                // No clause covers a rural unit and population has nothing to do with it.
                report("rural", AreaType.RURAL, null, Map.of("workers", 0))));

    assertThat(urbanOnly.target().dependsOnPopulation()).isFalse();
    assertThat(organisationsByPopulation().target().dependsOnPopulation()).isTrue();
    assertThat(actual.number()).isEqualByComparingTo("100");
    assertThat(actual.reports()).isEqualTo(1);
    assertThat(actual.unknown()).isZero();
  }

  @Test
  void perUnitMilestonesAreSharesFromZeroToHundred() {
    Indicator ok =
        oneWorkerPerCommunity()
            .milestone(2018, Comparator.AT_LEAST, Figure.number(0), P)
            .milestone(2019, Comparator.AT_LEAST, Figure.number(60), P)
            .milestone(2020, Comparator.BETWEEN, Figure.range("90", "100"), P)
            .build();
    Indicator above =
        oneWorkerPerCommunity().milestone(2019, Comparator.AT_LEAST, Figure.number(101), P).build();
    Indicator below =
        oneWorkerPerCommunity().milestone(2019, Comparator.AT_LEAST, Figure.number(-1), P).build();
    Indicator rangeBeyond =
        oneWorkerPerCommunity()
            .milestone(2019, Comparator.BETWEEN, Figure.range("90", "120"), P)
            .build();

    String share =
        "indicators[WORKERS].milestones[2019]: a per-unit indicator's milestone is a share of"
            + " units, a number from 0 to 100";
    assertThat(TestPlans.problems(TestPlans.plan(ok).build())).isEmpty();
    assertThat(TestPlans.problems(TestPlans.plan(above).build())).containsExactly(share);
    assertThat(TestPlans.problems(TestPlans.plan(below).build())).containsExactly(share);
    assertThat(TestPlans.problems(TestPlans.plan(rangeBeyond).build())).containsExactly(share);
  }

  @Test
  void aPerUnitMilestoneIsNotRelativeToTheUnitsOwnBaseline() {
    Baseline base = new Baseline(Figure.number(50), 2015, P);
    Indicator i =
        oneWorkerPerCommunity()
            .baseline(base.value(), base.year(), P)
            .milestone(2019, Comparator.AT_LEAST, Figure.relative(base, "10"), P)
            .build();

    assertThat(TestPlans.problems(TestPlans.plan(i).build()))
        .contains(
            "indicators[WORKERS].milestones[2019]: a per-unit indicator's milestone is a share of"
                + " units, a number from 0 to 100");
  }

  @Test
  void anAboutPerUnitMilestoneIsBandedInPercentNotInPersons() {
    // ±0.5 of a share is fine; the same band on a count of persons would admit only the figure.
    Indicator i =
        oneWorkerPerCommunity()
            .milestone(
                2019,
                Comparator.APPROXIMATELY,
                Figure.about("80", Tolerance.absolute("0.5")),
                Provenance.derived("一", "80%左右", "±0.5 points"))
            .build();

    assertThat(TestPlans.problems(TestPlans.plan(i).build())).isEmpty();
  }

  @Test
  void aPerUnitCapOnARatioIsTheShareOfUnitsWhoseOwnRatioMeetsIt() {
    Indicator office =
        Indicator.builder("OFFICE")
            .name("社区干部办公用房占比", "Office share of the premises")
            .unit(Unit.PERCENT)
            .scope(Scope.eachCommunity(AreaType.ALL))
            .direction(Direction.LOWER_IS_BETTER)
            .target(2020, Comparator.AT_MOST, Figure.number(20), P)
            .computation(
                new Computation.ShareMeetingRatio("F", "office", "premises", Computation.HUNDRED))
            .provenance(P)
            .build();

    Actual actual =
        office.evaluate(
            List.of(
                areas("15%", 150, 1000),
                areas("20%", 200, 1000),
                areas("50%", 100, 200),
                areas("no premises", 10, 0)));

    assertThat(office.perUnit()).isTrue();
    assertThat(office.actualUnit()).isEqualTo(Unit.PERCENT);
    assertThat(actual.number()).as("2 of 3 within the cap").isEqualByComparingTo("66.6667");
    assertThat(actual.reports()).isEqualTo(3);
  }

  private static UnitReport areas(String id, long office, long premises) {
    return new UnitReport(
        OrgUnitProfile.community(id, AreaType.URBAN, 1000),
        new FormValues(
            Map.of(
                "office", java.math.BigDecimal.valueOf(office),
                "premises", java.math.BigDecimal.valueOf(premises))));
  }
}

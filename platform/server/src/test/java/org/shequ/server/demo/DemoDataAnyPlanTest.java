package org.shequ.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Computation;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.PlanValidator;
import org.shequ.plan.api.UnitReport;
import org.shequ.server.plan.fixture.SyntheticSecondPlanModule;
import org.shequ.server.tenant.AdminLevel;
import org.shequ.server.tenant.Tenant;

/**
 * The demo generator makes valid reports for any valid plan: a synthetic plan with every {@link
 * Computation} variant (checklists counted from BOOLEAN ticks, a per-unit target with milestones,
 * an indicator each area must meet) gets a valid report from every community in every year, and
 * every indicator computes a figure that moves the way the plan asks.
 */
class DemoDataAnyPlanTest {
  private static final Plan PLAN =
      SyntheticSecondPlanModule.plan("jiexiu-synthetic-2021-2025", "jiexiu", 2021, 2025, true);
  private static final Tenant TENANT =
      new Tenant(
          "jiexiu",
          LocalizedText.of("介休市", "Jiexiu"),
          "140781",
          AdminLevel.COUNTY_CITY,
          List.of(PLAN.id()),
          true);

  @Test
  void theSyntheticPlanIsValidAndUsesEveryComputation() {
    assertThat(
            PlanValidator.problems(
                PLAN, Set.of("URBAN_SERVICE_FACILITY_COVERAGE", "SOCIAL_WORKERS_PER_COMMUNITY")))
        .isEmpty();
    Set<Class<?>> used =
        PLAN.indicators().stream().map(i -> i.computation().getClass()).collect(Collectors.toSet());
    // The variants of plan-api 1.1.0; a variant added later still gets plausible values (no
    // indicator drives its fields), and belongs in this plan once the demo drives it.
    assertThat(used)
        .contains(
            Computation.ShareOfUnits.class,
            Computation.CountOfUnits.class,
            Computation.Sum.class,
            Computation.AveragePerUnit.class,
            Computation.RatioOfSums.class,
            Computation.RatioToPopulation.class,
            Computation.ShareMeetingTarget.class,
            Computation.ChecklistComplete.class,
            Computation.ChecklistItems.class,
            Computation.LatestStage.class);
  }

  @Test
  void everyCommunityReportsValidlyEveryYearAndEveryIndicatorHasAFigure() {
    List<DemoUnit> units = DemoRegion.of(TENANT, 42);
    ReportGenerator generator = new ReportGenerator(PLAN, TENANT.id(), units, 42);
    List<DemoReport> reports = generator.generate();

    long communities = units.stream().filter(u -> u.level() == OrgUnitLevel.COMMUNITY).count();
    assertThat(generator.firstFailure()).isEmpty();
    assertThat(generator.unrepairable()).isZero();
    assertThat(reports).hasSize((int) communities * 5);
    var form = PLAN.form(SyntheticSecondPlanModule.FORM).orElseThrow();
    for (DemoReport r : reports) {
      assertThat(r.planId()).isEqualTo(PLAN.id());
      assertThat(form.validate(r.values().values()).valid()).as(r.toString()).isTrue();
    }

    for (Indicator i : PLAN.indicators()) {
      for (int year = 2021; year <= 2025; year++) {
        assertThat(actual(i, units, reports, year, null).hasData())
            .as(i.code() + " in " + year)
            .isTrue();
      }
    }
  }

  @Test
  void checklistsAreCountedFromTicksThatAgreeWithEachOther() {
    List<DemoUnit> units = DemoRegion.of(TENANT, 42);
    List<DemoReport> reports = new ReportGenerator(PLAN, TENANT.id(), units, 42).generate();
    Indicator whole = PLAN.indicator(SyntheticSecondPlanModule.THREE_HAVES).orElseThrow();
    Indicator items = PLAN.indicator("JXS-THREE-HAVES-ITEMS").orElseThrow();

    BigDecimal firstWhole = actual(whole, units, reports, 2021, null).number();
    BigDecimal lastWhole = actual(whole, units, reports, 2025, null).number();
    // Neither everyone nor no one has the whole list at first; more have it by the end.
    assertThat(firstWhole).isStrictlyBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    assertThat(lastWhole).isGreaterThan(firstWhole);
    // Every unit with the whole list ticks every item, so items ticked are never fewer.
    for (int year = 2021; year <= 2025; year++) {
      assertThat(actual(items, units, reports, year, null).number())
          .isGreaterThanOrEqualTo(actual(whole, units, reports, year, null).number());
    }
    // The indicator each area must meet has its figure in each area.
    for (AreaType area : whole.eachArea()) {
      assertThat(actual(whole, units, reports, 2023, area).hasData()).as(area.name()).isTrue();
    }
  }

  @Test
  void aPerUnitTargetFollowsItsMilestonesTowardsAllUnits() {
    List<DemoUnit> units = DemoRegion.of(TENANT, 42);
    List<DemoReport> reports = new ReportGenerator(PLAN, TENANT.id(), units, 42).generate();
    Indicator perUnit = PLAN.indicator(SyntheticSecondPlanModule.SOCIAL_WORKERS).orElseThrow();
    assertThat(perUnit.actualUnit().name()).isEqualTo("PERCENT");

    BigDecimal first = actual(perUnit, units, reports, 2021, null).number();
    BigDecimal last = actual(perUnit, units, reports, 2025, null).number();
    assertThat(first).isStrictlyBetween(BigDecimal.valueOf(20), BigDecimal.valueOf(90));
    assertThat(last).isGreaterThan(first);
  }

  /** The indicator's actual over the year's reports, optionally of one area only. */
  private static Actual actual(
      Indicator i, List<DemoUnit> units, List<DemoReport> reports, int year, AreaType area) {
    Map<String, DemoUnit> byId =
        units.stream().collect(Collectors.toMap(DemoUnit::id, Function.identity()));
    List<UnitReport> year_ =
        reports.stream()
            .filter(r -> r.period().equals(Integer.toString(year)))
            .filter(r -> area == null || byId.get(r.orgUnitId()).area() == area)
            .map(r -> new UnitReport(byId.get(r.orgUnitId()).profile(), r.values()))
            .toList();
    return i.evaluate(year_);
  }
}

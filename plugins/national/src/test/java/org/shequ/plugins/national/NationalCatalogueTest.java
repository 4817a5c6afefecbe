package org.shequ.plugins.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Derivation;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.NationalIndicator;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.Unit;

/**
 * The national indicator catalogue: stable codes, benchmarks and targets, consistent with the plan.
 */
class NationalCatalogueTest {
  private final NationalPlanModule module = new NationalPlanModule();
  private final List<NationalIndicator> catalogue = module.nationalIndicators();
  private final Plan plan = module.plan();

  private NationalIndicator entry(String code) {
    return catalogue.stream()
        .filter(n -> n.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no national indicator " + code));
  }

  private static BigDecimal number(Figure f) {
    return ((Figure.Number) f).value();
  }

  @Test
  void codesUnitsAndAreasAreTheOnesRegionalPluginsNameAndNeverChange() {
    assertThat(catalogue)
        .extracting(NationalIndicator::code)
        .containsExactly(
            "URBAN_SERVICE_FACILITY_COVERAGE",
            "RURAL_SERVICE_FACILITY_COVERAGE",
            "REGISTERED_COMMUNITY_VOLUNTEERS",
            "VOLUNTEER_REGISTRATION_RATE",
            "SOCIAL_ORGS_PER_COMMUNITY",
            "SOCIAL_WORKERS_PER_COMMUNITY",
            "CERTIFIED_COMMUNITY_WORKER_SHARE",
            "INFORMATION_PLATFORM_COVERAGE",
            "COMMUNITY_CONSULTATION_COVERAGE",
            "VILLAGE_ASSEMBLY_SYSTEM_COVERAGE",
            "VILLAGE_RULES_COVERAGE",
            "TOWN_ONE_STOP_SERVICE_COVERAGE",
            "STREET_SERVICE_CENTRE_COVERAGE",
            "ELECTION_TURNOUT");
    assertThat(entry("URBAN_SERVICE_FACILITY_COVERAGE").area()).isEqualTo(AreaType.URBAN);
    assertThat(entry("RURAL_SERVICE_FACILITY_COVERAGE").area()).isEqualTo(AreaType.RURAL);
    assertThat(entry("COMMUNITY_CONSULTATION_COVERAGE").area()).isEqualTo(AreaType.URBAN);
    assertThat(entry("VILLAGE_ASSEMBLY_SYSTEM_COVERAGE").area()).isEqualTo(AreaType.RURAL);
    assertThat(entry("VILLAGE_RULES_COVERAGE").area()).isEqualTo(AreaType.RURAL);
    assertThat(entry("REGISTERED_COMMUNITY_VOLUNTEERS").unit()).isEqualTo(Unit.PERSONS);
    assertThat(entry("REGISTERED_COMMUNITY_VOLUNTEERS").area()).isEqualTo(AreaType.ALL);
    assertThat(entry("SOCIAL_ORGS_PER_COMMUNITY").unit()).isEqualTo(Unit.COUNT);
    assertThat(entry("SOCIAL_WORKERS_PER_COMMUNITY").unit()).isEqualTo(Unit.PERSONS);
    assertThat(entry("ELECTION_TURNOUT").unit()).isEqualTo(Unit.PERCENT);
    assertThat(entry("STREET_SERVICE_CENTRE_COVERAGE").unit()).isEqualTo(Unit.PERCENT);
  }

  @Test
  void coverageBenchmarksAreThoseOfSeptember2020() {
    var urban = entry("URBAN_SERVICE_FACILITY_COVERAGE").benchmarks();
    assertThat(urban)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(number(b.value())).isEqualByComparingTo("96.4");
              assertThat(b.asOf()).isEqualTo(LocalDate.of(2020, 9, 30));
              assertThat(b.provenance().derivation()).isEqualTo(Derivation.STATED);
            });
    assertThat(number(entry("RURAL_SERVICE_FACILITY_COVERAGE").benchmarks().get(0).value()))
        .isEqualByComparingTo("83.7");
    var volunteers = entry("REGISTERED_COMMUNITY_VOLUNTEERS").benchmarks().get(0);
    assertThat(number(volunteers.value())).isEqualByComparingTo("37410000");
    assertThat(volunteers.provenance().originalText()).contains("注册社区志愿者3741万人");
  }

  @Test
  void otherBenchmarksCarryTheReviewsShares() {
    assertThat(number(entry("COMMUNITY_CONSULTATION_COVERAGE").benchmarks().get(0).value()))
        .isEqualByComparingTo("64");
    assertThat(number(entry("VILLAGE_ASSEMBLY_SYSTEM_COVERAGE").benchmarks().get(0).value()))
        .isEqualByComparingTo("85");
    assertThat(number(entry("VILLAGE_RULES_COVERAGE").benchmarks().get(0).value()))
        .isEqualByComparingTo("98");
    assertThat(number(entry("TOWN_ONE_STOP_SERVICE_COVERAGE").benchmarks().get(0).value()))
        .isEqualByComparingTo("95.5");
    assertThat(number(entry("ELECTION_TURNOUT").benchmarks().get(0).value()))
        .isEqualByComparingTo("90");
    // The review has no figure for these: no benchmark is made up.
    for (String code :
        List.of(
            "VOLUNTEER_REGISTRATION_RATE",
            "SOCIAL_ORGS_PER_COMMUNITY",
            "SOCIAL_WORKERS_PER_COMMUNITY",
            "CERTIFIED_COMMUNITY_WORKER_SHARE",
            "INFORMATION_PLATFORM_COVERAGE",
            "STREET_SERVICE_CENTRE_COVERAGE")) {
      assertThat(entry(code).benchmarks()).as(code).isEmpty();
      assertThat(entry(code).target()).as(code).isNull();
    }
  }

  @Test
  void targetsAreFullUrbanCoverageAndHalfOfRuralCommunitiesBy2020() {
    var urban = entry("URBAN_SERVICE_FACILITY_COVERAGE").target();
    assertThat(urban.year()).isEqualTo(2020);
    assertThat(urban.clauses().get(0).comparator()).isEqualTo(Comparator.AT_LEAST);
    assertThat(number(urban.clauses().get(0).value())).isEqualByComparingTo("100");
    assertThat(urban.provenance().derivation()).isEqualTo(Derivation.DERIVED);
    var rural = entry("RURAL_SERVICE_FACILITY_COVERAGE").target();
    assertThat(rural.year()).isEqualTo(2020);
    assertThat(number(rural.clauses().get(0).value())).isEqualByComparingTo("50");
    assertThat(rural.provenance().derivation()).isEqualTo(Derivation.STATED);
    assertThat(catalogue.stream().filter(n -> n.target() != null)).hasSize(2);
  }

  @Test
  void everyBenchmarkIsTheBaselineOfThePlanIndicatorMappedToIt() {
    for (NationalIndicator n : catalogue) {
      List<Indicator> mapped =
          plan.indicators().stream().filter(i -> n.code().equals(i.nationalIndicator())).toList();
      if (n.benchmarks().isEmpty()) {
        assertThat(mapped).as(n.code()).isEmpty();
        continue;
      }
      assertThat(mapped).as(n.code()).hasSize(1);
      Indicator i = mapped.get(0);
      assertThat(i.unit()).as(n.code()).isEqualTo(n.unit());
      assertThat(number(i.baseline().value()))
          .as(n.code())
          .isEqualByComparingTo(number(n.benchmarks().get(0).value()));
      if (n.target() != null) {
        assertThat(i.target().year()).isEqualTo(n.target().year());
        assertThat(number(i.target().clauses().get(0).value()))
            .isEqualByComparingTo(number(n.target().clauses().get(0).value()));
      }
    }
  }
}

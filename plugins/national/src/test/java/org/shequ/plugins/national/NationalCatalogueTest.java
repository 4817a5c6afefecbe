package org.shequ.plugins.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

  /**
   * Regional mappings are judged like with like against these definitions, so each says what it
   * counts over what: numerator, denominator, and what is left out where a neighbour counts it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "URBAN_SERVICE_FACILITY_COVERAGE | 城市社区(居民委员会)数占城市社区总数的百分比 | as a percentage of all urban"
            + " communities",
        "RURAL_SERVICE_FACILITY_COVERAGE | 村(农村社区)数占村总数的百分比 | as a percentage of all villages",
        "REGISTERED_COMMUNITY_VOLUNTEERS | 未注册为社区志愿者的其他注册志愿者不计 | registered otherwise than as"
            + " community volunteers are not counted",
        "VOLUNTEER_REGISTRATION_RATE | 全部注册志愿者(不限于社区志愿者)人数占常住人口的百分比 | not only community"
            + " volunteers",
        "SOCIAL_ORGS_PER_COMMUNITY | 除以城乡社区(含村)总数 | registered or not",
        "SOCIAL_WORKERS_PER_COMMUNITY | 未持证的社会工作从业人员不计 | uncertified social-work staff are not"
            + " counted",
        "CERTIFIED_COMMUNITY_WORKER_SHARE | 占全部社区工作者(不限年龄)的百分比 | of any age",
        "INFORMATION_PLATFORM_COVERAGE | 占城乡社区(含村)总数的百分比 | as a percentage of all communities",
        "COMMUNITY_CONSULTATION_COVERAGE | 城市社区(居民委员会)数占城市社区总数的百分比;村不计 | villages are not"
            + " counted",
        "VILLAGE_ASSEMBLY_SYSTEM_COVERAGE | 的村数占村总数的百分比 | as a percentage of all villages",
        "VILLAGE_RULES_COVERAGE | 城市社区的居民公约不计 | residents' conventions of urban communities are"
            + " not counted",
        "TOWN_ONE_STOP_SERVICE_COVERAGE | 乡镇(乡、镇人民政府,不含街道) | streets not included",
        "STREET_SERVICE_CENTRE_COVERAGE | 镇(街道)数占镇(街道)总数的百分比 | as a percentage of all towns and"
            + " streets",
        "ELECTION_TURNOUT | 选民数占登记选民数的百分比 | as a percentage of registered voters"
      })
  void everyDefinitionSaysExactlyWhatItCounts(String code, String zh, String en) {
    NationalIndicator n = entry(code);
    assertThat(n.definition().zh()).as(code).contains(zh);
    assertThat(n.definition().en()).as(code).contains(en);
    if (n.unit() == Unit.PERCENT) {
      assertThat(n.definition().zh()).as(code).contains("百分比");
      assertThat(n.definition().en()).as(code).contains("as a percentage of");
    }
    if (code.endsWith("_PER_COMMUNITY")) {
      assertThat(n.definition().zh()).as(code).contains("除以");
      assertThat(n.definition().en()).as(code).contains("divided by the number of");
    }
    // The area a definition counts is the one the entry declares.
    if (n.area() == AreaType.URBAN) {
      assertThat(n.definition().zh()).as(code).contains("城市社区").doesNotContain("城乡");
    }
    if (n.area() == AreaType.RURAL) {
      assertThat(n.definition().zh()).as(code).contains("村").doesNotContain("城乡");
    }
  }

  @Test
  void namesSayWhatTheDefinitionsCount() {
    // certificate holders, not all professional social workers
    assertThat(entry("SOCIAL_WORKERS_PER_COMMUNITY").name().zh()).contains("持证");
    assertThat(entry("SOCIAL_WORKERS_PER_COMMUNITY").name().en()).contains("Certified");
    // all registered volunteers over the resident population
    assertThat(entry("VOLUNTEER_REGISTRATION_RATE").name().zh()).contains("常住人口");
    assertThat(entry("REGISTERED_COMMUNITY_VOLUNTEERS").name().zh()).contains("社区志愿者");
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

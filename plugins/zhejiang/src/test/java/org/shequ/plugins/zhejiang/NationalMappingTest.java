package org.shequ.plugins.zhejiang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plugins.zhejiang.PlanFixture.PLAN;
import static org.shequ.plugins.zhejiang.PlanFixture.indicator;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.NationalIndicator;
import org.shequ.plugins.national.NationalPlanModule;

/**
 * Each national mapping compares like with like, or says how it differs: a narrower area, another
 * population, another body counted.
 */
class NationalMappingTest {

  private static final Map<String, NationalIndicator> CATALOGUE =
      new NationalPlanModule()
          .nationalIndicators().stream().collect(Collectors.toMap(NationalIndicator::code, n -> n));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ZJ-04-URBAN         | INFORMATION_PLATFORM_COVERAGE    | urban communities only",
        "ZJ-04-RURAL         | INFORMATION_PLATFORM_COVERAGE    | rural communities only",
        "ZJ-05-URBAN         | SOCIAL_ORGS_PER_COMMUNITY        | urban community only",
        "ZJ-05-RURAL         | SOCIAL_ORGS_PER_COMMUNITY        | rural community only",
        "ZJ-VOLUNTEER-RATE   | VOLUNTEER_REGISTRATION_RATE      | registered community volunteers",
        "ZJ-SW-PER-COMMUNITY | SOCIAL_WORKERS_PER_COMMUNITY     | communities' own staff only",
        "ZJ-CONSULTATION     | COMMUNITY_CONSULTATION_COVERAGE  | consultation meeting system",
      })
  void approximateMappingsSayHowTheyDiffer(String code, String national, String difference) {
    Indicator i = indicator(code);
    assertThat(i.nationalIndicator()).isEqualTo(national);
    assertThat(i.nationalApproximation()).contains(difference);
    assertThat(CATALOGUE).containsKey(national);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ZJ-02, RURAL_SERVICE_FACILITY_COVERAGE",
    "ZJ-URBAN-SERVICE-CENTRE, URBAN_SERVICE_FACILITY_COVERAGE",
    "ZJ-STREET-SERVICE-CENTRE-COVERAGE, STREET_SERVICE_CENTRE_COVERAGE",
    "ZJ-VOLUNTEERS, REGISTERED_COMMUNITY_VOLUNTEERS",
    "ZJ-VILLAGE-RULES, VILLAGE_RULES_COVERAGE",
    "ZJ-CERTIFIED-SHARE, CERTIFIED_COMMUNITY_WORKER_SHARE",
  })
  void likeForLikeMappingsCarryNoNote(String code, String national) {
    Indicator i = indicator(code);
    assertThat(i.nationalIndicator()).isEqualTo(national);
    assertThat(i.nationalApproximation()).isNull();
    assertThat(i.unit()).isEqualTo(CATALOGUE.get(national).unit());
  }

  /**
   * A mapping without a note must measure the national area: an urban-only or rural-only indicator
   * mapped to an all-area national one is at most an approximation.
   */
  @Test
  void aNarrowerAreaIsNeverPassedOffAsTheNationalOne() {
    for (Indicator i : PLAN.indicators()) {
      if (i.nationalIndicator() == null || i.nationalApproximation() != null) {
        continue;
      }
      AreaType national = CATALOGUE.get(i.nationalIndicator()).area();
      assertThat(i.scope().area()).as(i.code()).isEqualTo(national);
    }
  }

  @Test
  void everyNoteSaysWhatTheNationalFigureCounts() {
    PLAN.indicators().stream()
        .filter(i -> i.nationalApproximation() != null)
        .forEach(i -> assertThat(i.nationalApproximation()).as(i.code()).contains("the national"));
  }
}

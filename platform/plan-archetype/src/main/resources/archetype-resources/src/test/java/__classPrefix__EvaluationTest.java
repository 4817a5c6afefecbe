package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.testkit.SampleReports;

/**
 * The indicators evaluated on hand-made reports, the expected values worked out by hand: what the
 * host will show as progress for the same reports.
 */
class ${classPrefix}EvaluationTest {
  private static final String FORM = ${classPrefix}Forms.COMMUNITY;

  private SampleReports samples() {
    return SampleReports.of(new ${classPrefix}PlanModule().plan())
        .community("a", AreaType.URBAN, 5000, FORM, report(true, 2, 120, "all"))
        .community("b", AreaType.RURAL, 2000, FORM, report(false, 0, 30, "pilot"));
  }

  private static Map<String, Object> report(
      boolean facility, int socialWorkers, int volunteers, String stage) {
    return Map.of(
        ${classPrefix}Forms.HAS_SERVICE_FACILITY, facility,
        ${classPrefix}Forms.SOCIAL_WORKERS, socialWorkers,
        ${classPrefix}Forms.VOLUNTEERS, volunteers,
        ${classPrefix}Forms.CONSULTATION_STAGE, stage);
  }

  @Test
  void coverageIsTheShareOfCommunitiesThatTickTheBox() {
    Actual actual = samples().evaluate(${classPrefix}Indicators.FACILITY_COVERAGE);
    assertThat(actual.number()).isEqualByComparingTo("50");
  }

  @Test
  void perUnitTargetIsTheShareOfCommunitiesMeetingIt() {
    // a has 2 (≥ 1: met), b has none: 1 of 2.
    Actual actual = samples().evaluate(${classPrefix}Indicators.SOCIAL_WORKERS_PER_COMMUNITY);
    assertThat(actual.number()).isEqualByComparingTo("50");
  }

  @Test
  void totalAddsEveryReport() {
    Actual actual = samples().evaluate(${classPrefix}Indicators.VOLUNTEERS_TOTAL);
    assertThat(actual.number()).isEqualByComparingTo("150");
  }

  @Test
  void stageIsTheOneEveryCommunityHasReached() {
    Actual actual = samples().evaluate(${classPrefix}Indicators.CONSULTATION);
    assertThat(actual.stage()).isEqualTo("pilot");
  }

  @Test
  void theFormRefusesANegativeCount() {
    assertThat(samples().violations(FORM, report(true, -1, 0, "rules"))).isNotEmpty();
  }
}

package org.shequ.plugins.changzhouxinbei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plugins.changzhouxinbei.Plans.indicator;
import static org.shequ.plugins.changzhouxinbei.Plans.plan;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Figures;
import org.shequ.plan.api.Milestone;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.OrgUnitProfile;
import org.shequ.plan.testkit.SampleReports;

/** Indicators evaluated on hand-made reports, against values worked out by hand. */
class XinbeiEvaluationTest {

  private static Map<String, Object> community(
      double premises,
      double office,
      boolean harmonious,
      int workers,
      int certified,
      boolean platform,
      int orgs,
      int partyWork,
      boolean consultation) {
    return Map.of(
        "premises_area", premises,
        "office_area", office,
        "high_standard_harmonious", harmonious,
        "social_workers_under_45", workers,
        "certified_social_workers_under_45", certified,
        "info_platform_functions_extended", platform,
        "social_orgs", orgs,
        "social_orgs_with_party_work", partyWork,
        "democratic_consultation", consultation);
  }

  /** Two urban communities and two villages. */
  private static SampleReports communities() {
    return SampleReports.of(plan())
        .community(
            "c1",
            AreaType.URBAN,
            8000,
            "XB-COMMUNITY",
            community(1200, 200, true, 10, 6, true, 12, 12, true))
        .community(
            "c2",
            AreaType.URBAN,
            6000,
            "XB-COMMUNITY",
            community(650, 150, false, 5, 2, true, 7, 6, false))
        .community(
            "v1",
            AreaType.RURAL,
            3200,
            "XB-COMMUNITY",
            community(800, 150, true, 4, 3, false, 5, 5, true))
        .community(
            "v2",
            AreaType.RURAL,
            2500,
            "XB-COMMUNITY",
            community(450, 50, false, 6, 1, true, 2, 1, false));
  }

  private static BigDecimal number(SampleReports samples, String code) {
    var actual = samples.evaluate(code);
    assertThat(actual.hasData()).as(code).isTrue();
    return actual.number();
  }

  private static boolean meetsMilestone(String code, int year, BigDecimal actual) {
    Milestone m = indicator(code).milestone(year).orElseThrow();
    return Figures.meets(actual, m.comparator(), m.value());
  }

  @Test
  void communityIndicators() {
    SampleReports s = communities();
    // c1 and v1 of 4 are high-standard harmonious communities.
    assertThat(number(s, "XB-HIGH-STANDARD-HARMONIOUS")).isEqualByComparingTo("50");
    // Urban: 1200 ≥ 700, 650 < 700; rural: 800 ≥ 500, 450 < 500. Each area counts on its own.
    assertThat(number(s, "XB-URBAN-PREMISES-STANDARD")).isEqualByComparingTo("50");
    assertThat(number(s, "XB-RURAL-PREMISES-STANDARD")).isEqualByComparingTo("50");
    assertThat(number(s, "XB-URBAN-PREMISES-AVERAGE")).isEqualByComparingTo("925");
    assertThat(number(s, "XB-RURAL-PREMISES-AVERAGE")).isEqualByComparingTo("625");
    // Each community's own office share: 16.7%, 23.1% (over the cap), 18.8%, 11.1%. The pooled
    // 17.7% would hide c2.
    assertThat(number(s, "XB-OFFICE-SHARE")).isEqualByComparingTo("75");
    // 12 certified of 25 social workers aged 45 or under.
    assertThat(number(s, "XB-CERTIFIED-WORKERS")).isEqualByComparingTo("48");
    assertThat(number(s, "XB-INFORMATISATION-COVERAGE")).isEqualByComparingTo("75");
    assertThat(number(s, "XB-URBAN-SOCIAL-ORGS")).isEqualByComparingTo("9.5");
    assertThat(number(s, "XB-RURAL-SOCIAL-ORGS")).isEqualByComparingTo("3.5");
    // 24 of 26 organisations covered by the Party's work.
    assertThat(number(s, "XB-PARTY-WORK-COVERAGE")).isEqualByComparingTo("92.3077");
    assertThat(number(s, "XB-DEMOCRATIC-CONSULTATION")).isEqualByComparingTo("50");
  }

  @Test
  void actualsAgainstMilestones() {
    SampleReports s = communities();
    BigDecimal harmonious = number(s, "XB-HIGH-STANDARD-HARMONIOUS");
    assertThat(meetsMilestone("XB-HIGH-STANDARD-HARMONIOUS", 2018, harmonious)).isTrue();
    assertThat(meetsMilestone("XB-HIGH-STANDARD-HARMONIOUS", 2019, harmonious)).isFalse();
    // 48% certified: past 2017's 40%, short of 2018's 60%.
    BigDecimal certified = number(s, "XB-CERTIFIED-WORKERS");
    assertThat(meetsMilestone("XB-CERTIFIED-WORKERS", 2017, certified)).isTrue();
    assertThat(meetsMilestone("XB-CERTIFIED-WORKERS", 2018, certified)).isFalse();
    // 3.5 organisations per village meets 2018's 3 but not 2019's 4.
    BigDecimal rural = number(s, "XB-RURAL-SOCIAL-ORGS");
    assertThat(meetsMilestone("XB-RURAL-SOCIAL-ORGS", 2018, rural)).isTrue();
    assertThat(meetsMilestone("XB-RURAL-SOCIAL-ORGS", 2019, rural)).isFalse();
    // Full Party-work coverage is held every year: 92.3% misses 2018 as it misses 2020.
    BigDecimal party = number(s, "XB-PARTY-WORK-COVERAGE");
    for (int year = 2017; year <= 2020; year++) {
      assertThat(meetsMilestone("XB-PARTY-WORK-COVERAGE", year, party)).as("%d", year).isFalse();
      assertThat(meetsMilestone("XB-PARTY-WORK-COVERAGE", year, BigDecimal.valueOf(100)))
          .as("%d", year)
          .isTrue();
    }
    // The 2017 consultation pilot is met by any share above 0, and not by none.
    assertThat(meetsMilestone("XB-DEMOCRATIC-CONSULTATION", 2017, BigDecimal.ZERO)).isFalse();
    assertThat(meetsMilestone("XB-DEMOCRATIC-CONSULTATION", 2017, new BigDecimal("1.85"))).isTrue();
    // The office cap is a ceiling for each community's own share.
    var office = indicator("XB-OFFICE-SHARE").target().clauses().get(0);
    assertThat(Figures.meets(new BigDecimal("20"), office.comparator(), office.value())).isTrue();
    assertThat(Figures.meets(new BigDecimal("20.5"), office.comparator(), office.value()))
        .isFalse();
    assertThat(indicator("XB-OFFICE-SHARE").perUnitClause().orElseThrow().zh())
        .isEqualTo("≤ 20 %/社区");
  }

  @Test
  void ruralReportsDoNotCountForUrbanIndicators() {
    SampleReports villagesOnly =
        SampleReports.of(plan())
            .community(
                "v1",
                AreaType.RURAL,
                3200,
                "XB-COMMUNITY",
                community(800, 150, true, 4, 3, false, 5, 5, true));
    assertThat(villagesOnly.evaluate("XB-URBAN-PREMISES-STANDARD").hasData()).isFalse();
    assertThat(villagesOnly.evaluate("XB-URBAN-SOCIAL-ORGS").hasData()).isFalse();
    assertThat(number(villagesOnly, "XB-RURAL-PREMISES-STANDARD")).isEqualByComparingTo("100");
  }

  @Test
  void streetServiceCentres() {
    SampleReports s = SampleReports.of(plan());
    s.report(street("s1"), "XB-STREET", Map.of("has_community_service_centre", true));
    s.report(street("s2"), "XB-STREET", Map.of("has_community_service_centre", false));
    s.report(street("s3"), "XB-STREET", Map.of("has_community_service_centre", true));
    BigDecimal actual = number(s, "XB-STREET-SERVICE-CENTRE");
    assertThat(actual).isEqualByComparingTo("66.6667");
    assertThat(meetsMilestone("XB-STREET-SERVICE-CENTRE", 2017, actual)).isTrue();
    assertThat(meetsMilestone("XB-STREET-SERVICE-CENTRE", 2018, actual)).isFalse();
  }

  @Test
  void districtFiguresAndStages() {
    SampleReports s =
        SampleReports.of(plan())
            .report(
                region(),
                "XB-REGION",
                Map.of(
                    "community_size_stage", "ADJUSTED",
                    "informatisation_stage", "PILOT_TWO_TOWNS",
                    "grid_management_stage", "URBAN_COMMUNITIES",
                    "worker_avg_annual_income", 76_500,
                    "urban_employee_avg_wage_prev_year", 85_000));
    // 76,500 of 85,000 yuan.
    assertThat(number(s, "XB-WORKER-PAY")).isEqualByComparingTo("90");
    assertThat(s.evaluate("XB-COMMUNITY-SIZE").stage()).isEqualTo("ADJUSTED");
    assertThat(s.evaluate("XB-INFORMATISATION-PROGRESS").stage()).isEqualTo("PILOT_TWO_TOWNS");
    assertThat(s.evaluate("XB-GRID-MANAGEMENT").stage()).isEqualTo("URBAN_COMMUNITIES");
    // ADJUSTED is 2018's milestone and short of 2019's.
    var size = indicator("XB-COMMUNITY-SIZE");
    int reached = size.stageOrder("ADJUSTED");
    assertThat(reached).isEqualTo(stageOf(size.milestone(2018).orElseThrow(), size));
    assertThat(reached).isLessThan(stageOf(size.milestone(2019).orElseThrow(), size));
  }

  @Test
  void districtWithoutStagesHasNoStageData() {
    SampleReports s =
        SampleReports.of(plan())
            .report(
                region(),
                "XB-REGION",
                Map.of(
                    "worker_avg_annual_income",
                    90_000,
                    "urban_employee_avg_wage_prev_year",
                    85_000));
    assertThat(s.evaluate("XB-GRID-MANAGEMENT").hasData()).isFalse();
    assertThat(number(s, "XB-WORKER-PAY")).isEqualByComparingTo("105.8824");
  }

  private static int stageOf(Milestone m, org.shequ.plan.api.Indicator i) {
    return i.stageOrder(((Figure.StageReached) m.value()).stage());
  }

  private static OrgUnitProfile street(String id) {
    return new OrgUnitProfile(id, OrgUnitLevel.STREET, AreaType.ALL, null, null, Set.of());
  }

  private static OrgUnitProfile region() {
    return new OrgUnitProfile(
        "changzhou-xinbei", OrgUnitLevel.REGION, AreaType.ALL, null, null, Set.of());
  }
}

package org.shequ.plugins.jiexiu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shequ.plugins.jiexiu.Reports.community;
import static org.shequ.plugins.jiexiu.Reports.region;
import static org.shequ.plugins.jiexiu.Reports.street;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.Actual;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Figure;
import org.shequ.plan.api.Figures;
import org.shequ.plan.api.Indicator;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.OrgUnitProfile;
import org.shequ.plan.api.Plan;
import org.shequ.plan.api.Target;
import org.shequ.plan.api.Unit;
import org.shequ.plan.api.UnitReport;
import org.shequ.plan.testkit.SampleReports;

/** Indicators evaluated on hand-made reports, with the expected values worked out by hand. */
class JiexiuEvaluationTest {
  private final Plan plan = new JiexiuPlanModule().plan();

  private SampleReports samples() {
    return SampleReports.of(plan);
  }

  private static OrgUnitProfile streetUnit(String id) {
    return new OrgUnitProfile(id, OrgUnitLevel.STREET, AreaType.ALL, null, null, Set.of());
  }

  private static OrgUnitProfile city() {
    return new OrgUnitProfile("jiexiu", OrgUnitLevel.REGION, AreaType.ALL, null, null, Set.of());
  }

  @Test
  void ruralCommunityTargetDependsOnItsPopulation() {
    // 2,500 residents need ≥ 2 and have 2: met; 4,000 need ≥ 5 and have 3: not met → 1 of 2.
    Actual actual =
        samples()
            .community("small", AreaType.RURAL, 2500, "JX-COMMUNITY", community("social_orgs", 2))
            .community("large", AreaType.RURAL, 4000, "JX-COMMUNITY", community("social_orgs", 3))
            .evaluate("JX-COMMUNITY-SOCIAL-ORGS");
    assertThat(actual.number()).isEqualByComparingTo("50");
    assertThat(actual.reports()).isEqualTo(2);
  }

  @Test
  void socialOrganisationShareCountsEachCommunityAgainstItsOwnClause() {
    Actual actual =
        samples()
            // urban: ≥ 10 whatever the population
            .community("u10", AreaType.URBAN, 8000, "JX-COMMUNITY", community("social_orgs", 10))
            .community("u9", AreaType.URBAN, 1000, "JX-COMMUNITY", community("social_orgs", 9))
            // rural at the threshold: 2,999 needs 2, 3,000 already needs 5
            .community("r2999", AreaType.RURAL, 2999, "JX-COMMUNITY", community("social_orgs", 2))
            .community("r3000", AreaType.RURAL, 3000, "JX-COMMUNITY", community("social_orgs", 4))
            .community("r5000", AreaType.RURAL, 5000, "JX-COMMUNITY", community("social_orgs", 5))
            .evaluate("JX-COMMUNITY-SOCIAL-ORGS");
    // met: u10, r2999, r5000 → 3 of 5 counted
    assertThat(actual.number()).isEqualByComparingTo("60");
    assertThat(actual.reports()).isEqualTo(5);
    assertThat(actual.unknown()).isZero();
  }

  @Test
  void aRuralCommunityOfUnknownPopulationIsCountedAsUnknownNotDropped() {
    Indicator orgs = plan.indicator("JX-COMMUNITY-SOCIAL-ORGS").orElseThrow();
    List<UnitReport> reports =
        List.of(
            report(OrgUnitProfile.community("u", AreaType.URBAN, null), "social_orgs", 10),
            report(OrgUnitProfile.community("r1", AreaType.RURAL, 1200), "social_orgs", 1),
            // ten organisations would meet either clause, but which one applies is unknown
            report(OrgUnitProfile.community("r?", AreaType.RURAL, null), "social_orgs", 10),
            report(OrgUnitProfile.community("r??", AreaType.RURAL, null), "social_orgs", 0));
    Actual actual = orgs.evaluate(reports);
    // judged: u (urban needs no population, 10 ≥ 10: met) and r1 (1 < 2: not met) → 50%
    assertThat(actual.number()).isEqualByComparingTo("50");
    assertThat(actual.reports()).isEqualTo(2);
    assertThat(actual.unknown()).isEqualTo(2);
    assertThat(orgs.actualUnit()).isEqualTo(Unit.PERCENT);
  }

  @Test
  void onlyCommunitiesOfUnknownPopulationGiveNoShareButSayHowManyTheyAre() {
    Actual actual =
        plan.indicator("JX-COMMUNITY-SOCIAL-ORGS")
            .orElseThrow()
            .evaluate(
                List.of(
                    report(
                        OrgUnitProfile.community("r?", AreaType.RURAL, null), "social_orgs", 3)));
    assertThat(actual.number()).isNull();
    assertThat(actual.unknown()).isEqualTo(1);
  }

  @Test
  void staffingTargetsDoNotDependOnPopulation() {
    Actual actual =
        plan.indicator("JX-COMMUNITY-SOCIAL-WORKERS")
            .orElseThrow()
            .evaluate(
                List.of(
                    report(
                        OrgUnitProfile.community("r?", AreaType.RURAL, null), "social_workers", 1),
                    report(
                        OrgUnitProfile.community("u?", AreaType.URBAN, null),
                        "social_workers",
                        1)));
    // rural 1 ≥ 1 met, urban 1 below 2–5 not met; population plays no part
    assertThat(actual.number()).isEqualByComparingTo("50");
    assertThat(actual.unknown()).isZero();
  }

  /** A report as the form stores it: validated, with canonical values. */
  private UnitReport report(OrgUnitProfile unit, String field, Object value) {
    var validation = plan.form("JX-COMMUNITY").orElseThrow().validate(community(field, value));
    assertThat(validation.valid()).isTrue();
    return new UnitReport(unit, validation.values());
  }

  @Test
  void theClauseForACommunityFollowsAreaAndPopulation() {
    var target = plan.indicator("JX-COMMUNITY-SOCIAL-ORGS").orElseThrow().target();
    assertThat(clauseValue(target, OrgUnitProfile.community("a", AreaType.URBAN, 500)))
        .isEqualTo(Figure.number(10));
    assertThat(clauseValue(target, OrgUnitProfile.community("b", AreaType.RURAL, 2999)))
        .isEqualTo(Figure.number(2));
    assertThat(clauseValue(target, OrgUnitProfile.community("c", AreaType.RURAL, 3000)))
        .isEqualTo(Figure.number(5));
    assertThat(target.clauseFor(OrgUnitProfile.community("d", AreaType.RURAL, null))).isEmpty();
  }

  private static Figure clauseValue(Target target, OrgUnitProfile unit) {
    return target.clauseFor(unit).orElseThrow().value();
  }

  @Test
  void socialOrganisationsPerCommunityIsThePlainAverage() {
    Actual actual =
        samples()
            .community("a", AreaType.URBAN, 6000, "JX-COMMUNITY", community("social_orgs", 12))
            .community("b", AreaType.RURAL, 2000, "JX-COMMUNITY", community("social_orgs", 2))
            .community("c", AreaType.RURAL, null, "JX-COMMUNITY", community("social_orgs", 3))
            .evaluate("JX-SOCIAL-ORGS-PER-COMMUNITY");
    // (12 + 2 + 3) / 3 = 5.6667
    assertThat(actual.number()).isEqualByComparingTo("5.6667");
    assertThat(actual.reports()).isEqualTo(3);
  }

  @Test
  void socialWorkerStaffingIsTwoToFiveInTownAndOneInTheCountryside() {
    Actual actual =
        samples()
            .community("u2", AreaType.URBAN, 5000, "JX-COMMUNITY", community("social_workers", 2))
            .community("u6", AreaType.URBAN, 9000, "JX-COMMUNITY", community("social_workers", 6))
            .community("u1", AreaType.URBAN, 3000, "JX-COMMUNITY", community("social_workers", 1))
            .community("r1", AreaType.RURAL, 800, "JX-COMMUNITY", community("social_workers", 1))
            .community("r0", AreaType.RURAL, 4000, "JX-COMMUNITY", community("social_workers", 0))
            .evaluate("JX-COMMUNITY-SOCIAL-WORKERS");
    // met: u2, u6 (more than 5 is no shortfall), r1 → 3 of 5
    assertThat(actual.number()).isEqualByComparingTo("60");
    assertThat(actual.reports()).isEqualTo(5);
  }

  @Test
  void facilityIndicatorsCountUrbanAndRuralCommunitiesSeparately() {
    SampleReports samples =
        samples()
            .community(
                "u500",
                AreaType.URBAN,
                4000,
                "JX-COMMUNITY",
                community("facility_area", 500, "facility_upgraded", true))
            .community(
                "u499",
                AreaType.URBAN,
                4000,
                "JX-COMMUNITY",
                community("facility_area", 499.5, "facility_upgraded", false))
            .community(
                "uNone",
                AreaType.URBAN,
                4000,
                "JX-COMMUNITY",
                community(
                    "has_service_facility", false, "facility_area", 0, "facility_upgraded", null))
            .community("rYes", AreaType.RURAL, 1500, "JX-COMMUNITY", community("facility_area", 80))
            .community(
                "rNo",
                AreaType.RURAL,
                1500,
                "JX-COMMUNITY",
                community("has_service_facility", false, "facility_area", 0));
    // urban: only u500 reaches 500 m² → 1 of 3; the rural 80 m² is outside the scope
    assertThat(samples.evaluate("JX-URBAN-FACILITY-AREA").number()).isEqualByComparingTo("33.3333");
    assertThat(samples.evaluate("JX-URBAN-FACILITY-AREA").reports()).isEqualTo(3);
    // upgraded: u500 only; a blank answer counts as not upgraded → 1 of 3
    assertThat(samples.evaluate("JX-URBAN-FACILITY-UPGRADE").number())
        .isEqualByComparingTo("33.3333");
    // coverage: urban 2 of 3, rural 1 of 2
    assertThat(samples.evaluate("JX-URBAN-FACILITY-COVERAGE").number())
        .isEqualByComparingTo("66.6667");
    assertThat(samples.evaluate("JX-RURAL-FACILITY-COVERAGE").number()).isEqualByComparingTo("50");
    assertThat(samples.evaluate("JX-RURAL-FACILITY-COVERAGE").reports()).isEqualTo(2);
  }

  @Test
  void socialWorkIndicatorsOfCommunities() {
    SampleReports samples =
        samples()
            .community(
                "a",
                AreaType.URBAN,
                6000,
                "JX-COMMUNITY",
                community(
                    "community_staff",
                    12,
                    "social_workers",
                    3,
                    "certified_social_workers",
                    2,
                    "info_platform_applied",
                    true))
            .community(
                "b",
                AreaType.RURAL,
                2000,
                "JX-COMMUNITY",
                community(
                    "community_staff",
                    8,
                    "social_workers",
                    1,
                    "certified_social_workers",
                    0,
                    "info_platform_applied",
                    false));
    // (3 + 1) / (12 + 8) × 100 = 20
    assertThat(samples.evaluate("JX-SOCIAL-WORKER-SHARE").number()).isEqualByComparingTo("20");
    // (2 + 0) / 2 = 1
    assertThat(samples.evaluate("JX-CERTIFIED-SOCIAL-WORKERS-PER-COMMUNITY").number())
        .isEqualByComparingTo("1");
    // platform used by 1 of 2
    assertThat(samples.evaluate("JX-INFO-PLATFORM-COVERAGE").number()).isEqualByComparingTo("50");
  }

  @Test
  void streetIndicators() {
    SampleReports samples =
        samples()
            .report(
                streetUnit("s1"),
                "JX-STREET",
                street("one_stop_service", true, "social_work_posts", 0))
            .report(
                streetUnit("s2"),
                "JX-STREET",
                street("one_stop_service", true, "social_work_posts", 3))
            .report(
                streetUnit("s3"),
                "JX-STREET",
                street("one_stop_service", false, "social_work_posts", 1));
    assertThat(samples.evaluate("JX-STREET-ONE-STOP").number()).isEqualByComparingTo("66.6667");
    assertThat(samples.evaluate("JX-STREET-SOCIAL-WORK-POSTS").number())
        .isEqualByComparingTo("66.6667");
    assertThat(samples.evaluate("JX-STREET-ONE-STOP").reports()).isEqualTo(3);
  }

  @Test
  void cityIndicatorsAreTheCitysOwnFigures() {
    SampleReports samples =
        samples()
            .report(
                city(),
                "JX-REGION",
                region(
                    "social_work_talent_total", 1850,
                    "private_social_work_agencies", 4,
                    "social_work_purchase", 120.5));
    assertThat(samples.evaluate("JX-SOCIAL-WORK-TALENT").number()).isEqualByComparingTo("1850");
    assertThat(samples.evaluate("JX-PRIVATE-SOCIAL-WORK-AGENCIES").number())
        .isEqualByComparingTo("4");
    assertThat(samples.evaluate("JX-SOCIAL-WORK-PURCHASE").number()).isEqualByComparingTo("120.5");
    // community reports do not feed city indicators
    assertThat(
            samples()
                .community("a", AreaType.URBAN, 100, "JX-COMMUNITY", community())
                .evaluate("JX-SOCIAL-WORK-TALENT")
                .hasData())
        .isFalse();
  }

  @Test
  void cityFiguresHeldAgainstTheirTargets() {
    var talent = plan.indicator("JX-SOCIAL-WORK-TALENT").orElseThrow().target().regionClause();
    assertThat(Figures.meets(new BigDecimal("1850"), Comparator.AT_LEAST, talent.get().value()))
        .isFalse();
    assertThat(Figures.meets(new BigDecimal("2000"), Comparator.AT_LEAST, talent.get().value()))
        .isTrue();
    var agencies =
        plan.indicator("JX-PRIVATE-SOCIAL-WORK-AGENCIES").orElseThrow().target().regionClause();
    assertThat(
            Figures.meets(
                BigDecimal.valueOf(2), agencies.get().comparator(), agencies.get().value()))
        .isFalse();
    assertThat(
            Figures.meets(
                BigDecimal.valueOf(4), agencies.get().comparator(), agencies.get().value()))
        .isTrue();
  }
}

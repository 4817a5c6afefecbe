package org.shequ.plugins.zhejiang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.shequ.plugins.zhejiang.PlanFixture.PLAN;
import static org.shequ.plugins.zhejiang.PlanFixture.community;
import static org.shequ.plugins.zhejiang.PlanFixture.region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.Violation;
import org.shequ.plan.testkit.SampleReports;

/** The forms' limits and cross-field rules. */
class FormValidationTest {

  private final SampleReports samples = SampleReports.of(PLAN);

  private List<String> codes(String form, Map<String, ?> values) {
    return samples.violations(form, values).stream().map(Violation::code).toList();
  }

  @Test
  void fiveFormsOneForEachLevel() {
    assertThat(PLAN.forms())
        .extracting(Form::code)
        .containsExactly(
            "ZJ-COMMUNITY", "ZJ-RURAL-COMMUNITY", "ZJ-STREET", "ZJ-COUNTY", "ZJ-REGION");
    assertThat(PLAN.form("ZJ-COMMUNITY").orElseThrow().level()).isEqualTo(OrgUnitLevel.COMMUNITY);
    assertThat(PLAN.form("ZJ-RURAL-COMMUNITY").orElseThrow().appliesTo()).isEqualTo(AreaType.RURAL);
    assertThat(PLAN.form("ZJ-STREET").orElseThrow().level()).isEqualTo(OrgUnitLevel.STREET);
    assertThat(PLAN.form("ZJ-COUNTY").orElseThrow().level()).isEqualTo(OrgUnitLevel.COUNTY);
    assertThat(PLAN.form("ZJ-REGION").orElseThrow().level()).isEqualTo(OrgUnitLevel.REGION);
  }

  @Test
  void completeReportsAreValid() {
    assertThat(samples.violations("ZJ-COMMUNITY", community())).isEmpty();
    assertThat(samples.violations("ZJ-REGION", region())).isEmpty();
    assertThat(
            samples.violations(
                "ZJ-RURAL-COMMUNITY",
                Map.of("meets_model_standard", true, "meets_improved_standard", true)))
        .isEmpty();
  }

  @Test
  void certifiedWorkersCannotOutnumberWorkers() {
    assertThat(
            codes(
                "ZJ-COMMUNITY",
                community(
                    "community_workers",
                    3,
                    "certified_social_workers",
                    3,
                    "workers_trained_40h",
                    3)))
        .isEmpty();
    List<Violation> violations =
        samples.violations(
            "ZJ-COMMUNITY",
            community(
                "community_workers", 3, "certified_social_workers", 4, "workers_trained_40h", 3));
    assertThat(violations).extracting(Violation::code).containsExactly("certified-within-workers");
    assertThat(violations.get(0).field()).isEqualTo("certified_social_workers");
    assertThat(violations.get(0).message().zh()).contains("不能超过");
    assertThat(violations.get(0).message().en()).contains("outnumber");
  }

  @Test
  void workersTrainedFortyHoursCannotOutnumberWorkers() {
    assertThat(
            codes(
                "ZJ-COMMUNITY",
                community(
                    "community_workers",
                    4,
                    "certified_social_workers",
                    0,
                    "workers_trained_40h",
                    4)))
        .isEmpty();
    List<Violation> violations =
        samples.violations(
            "ZJ-COMMUNITY",
            community(
                "community_workers", 4, "certified_social_workers", 0, "workers_trained_40h", 5));
    assertThat(violations).extracting(Violation::code).containsExactly("trained-within-workers");
    assertThat(violations.get(0).field()).isEqualTo("workers_trained_40h");
  }

  @Test
  void theCommunityFormAsksForWorkersTrainedNotHoursOrFunds() {
    // 每年不少于40小时 is a floor per worker: the form counts the workers who reached it, and no
    // longer asks for total hours; the village fund standard is review context, not a target.
    assertThat(PLAN.form("ZJ-COMMUNITY").orElseThrow().field("sw_training_hours")).isEmpty();
    assertThat(PLAN.form("ZJ-COMMUNITY").orElseThrow().field("workers_trained_40h"))
        .hasValueSatisfying(f -> assertThat(f.required()).isTrue());
    assertThat(PLAN.form("ZJ-RURAL-COMMUNITY").orElseThrow().fields())
        .extracting(f -> f.code())
        .containsExactly("meets_improved_standard", "meets_model_standard");
  }

  @Test
  void theModelAndImprovedStandardsAreReportedIndependently() {
    // 四(四)3 names 示范型, 完善型 and 提升型 as separate tiers; it never says a 示范型
    // community must also be 完善型, so no combination is refused or warned about.
    var model =
        PLAN.form("ZJ-RURAL-COMMUNITY")
            .orElseThrow()
            .validate(Map.of("meets_model_standard", true, "meets_improved_standard", false));
    assertThat(model.valid()).isTrue();
    assertThat(model.warnings()).isEmpty();
    assertThat(PLAN.form("ZJ-RURAL-COMMUNITY").orElseThrow().rules()).isEmpty();
  }

  @Test
  void limits() {
    assertThat(codes("ZJ-COMMUNITY", community("social_orgs", -1))).containsExactly("min");
    assertThat(codes("ZJ-COMMUNITY", community("community_workers", 2.5))).containsExactly("type");
    assertThat(codes("ZJ-COMMUNITY", community("has_sw_studio", "yes"))).containsExactly("type");
    assertThat(codes("ZJ-COUNTY", Map.of("leader_talents", 101))).containsExactly("max");
    assertThat(codes("ZJ-REGION", region("demo_counties_built", 201))).containsExactly("max");
    assertThat(codes("ZJ-REGION", region("standards_catalogue_stage", "DONE")))
        .containsExactly("option");
    assertThat(codes("ZJ-RURAL-COMMUNITY", Map.of("meets_model_standard", false)))
        .containsExactly("required");
  }

  @Test
  void requiredFields() {
    Map<String, Object> values = new HashMap<>(community());
    values.remove("social_orgs");
    assertThat(samples.violations("ZJ-COMMUNITY", values))
        .extracting(Violation::field, Violation::code)
        .containsExactly(tuple("social_orgs", "required"));
    // Direct election is asked of urban communities only, so a village may leave it out.
    assertThat(
            PLAN.form("ZJ-COMMUNITY")
                .orElseThrow()
                .field("committee_directly_elected")
                .orElseThrow()
                .required())
        .isFalse();
    assertThat(codes("ZJ-STREET", Map.of("has_service_centre", true))).containsExactly("required");
  }

  @Test
  void stageFieldsOfferTheIndicatorsStages() {
    Form region = PLAN.form("ZJ-REGION").orElseThrow();
    assertThat(region.field("standards_catalogue_stage").orElseThrow().options())
        .extracting(o -> o.label().zh())
        .containsExactly("未制订", "制订参考目录");
    assertThat(region.field("studio_guidance_stage").orElseThrow().options())
        .extracting(o -> o.code())
        .containsExactly("NOT_ISSUED", "ISSUED");
  }
}

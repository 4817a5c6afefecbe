package org.shequ.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.FieldCondition;
import org.shequ.plan.api.FieldType;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.FormRule;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.PeriodType;
import org.shequ.plan.api.Provenance;
import org.shequ.plan.api.Violation;

/** A draft's check sets completeness aside and keeps every other check of the plan's form. */
class ReportCheckTest {
  /**
   * Centre built (required); its opening date, required once built; staff (required) of whom at
   * most half may be volunteers (a custom rule); a warning when the centre has no staff at all.
   */
  static final Form FORM =
      new Form(
          "CENTRE",
          LocalizedText.of("服务中心", "Centre"),
          OrgUnitLevel.COMMUNITY,
          AreaType.ALL,
          PeriodType.ANNUAL,
          List.of(
              Field.builder("built", FieldType.BOOLEAN).label("已建成", "Built").required().build(),
              Field.builder("opened", FieldType.DATE).label("启用日期", "Opened").build(),
              Field.builder("staff", FieldType.INTEGER)
                  .label("工作人员", "Staff")
                  .min(BigDecimal.ZERO)
                  .required()
                  .build(),
              Field.builder("volunteers", FieldType.INTEGER).label("志愿者", "Volunteers").build()),
          List.of(
              new FormRule.RequiredWhen(
                  "opened-when-built",
                  "opened",
                  FieldCondition.isTrue("built"),
                  LocalizedText.of("已建成须填启用日期", "a built centre needs its opening date")),
              new FormRule.Custom(
                  "volunteers-at-most-half",
                  List.of("volunteers", "staff"),
                  LocalizedText.of("志愿者不得超过一半", "at most half may be volunteers"),
                  v ->
                      v.number("volunteers").isEmpty()
                          || v.number("staff").isEmpty()
                          || v.number("volunteers")
                                  .get()
                                  .multiply(BigDecimal.valueOf(2))
                                  .compareTo(v.number("staff").get())
                              <= 0),
              new FormRule.Custom(
                      "some-staff",
                      List.of("staff"),
                      LocalizedText.of("没有工作人员", "no staff"),
                      v -> v.number("staff").map(s -> s.signum() > 0).orElse(true))
                  .asWarning()),
          Provenance.stated("test", "test"));

  @Test
  void anEmptyDraftIsValidAndMissesEveryRequiredField() {
    ReportCheck check = ReportCheck.draft(FORM, Map.of());
    assertThat(check.validation().violations()).isEmpty();
    assertThat(check.missing()).containsExactly("built", "staff");
    assertThat(check.submittable()).isFalse();
  }

  @Test
  void aConditionalRequirementIsMissingNotAnError() {
    ReportCheck check = ReportCheck.draft(FORM, Map.of("built", true, "staff", new BigDecimal(4)));
    assertThat(check.validation().violations()).isEmpty();
    assertThat(check.missing()).containsExactly("opened");
    assertThat(check.submittable()).isFalse();
  }

  @Test
  void typesLimitsAndOtherRulesStillRefuseADraftAndWarningsStayWarnings() {
    assertThat(codes(ReportCheck.draft(FORM, Map.of("staff", "four")).validation().violations()))
        .containsExactly("type");
    assertThat(
            codes(
                ReportCheck.draft(FORM, Map.of("staff", new BigDecimal(-1)))
                    .validation()
                    .violations()))
        .containsExactly("min");
    assertThat(
            codes(
                ReportCheck.draft(
                        FORM, Map.of("staff", new BigDecimal(2), "volunteers", new BigDecimal(3)))
                    .validation()
                    .violations()))
        .containsExactly("volunteers-at-most-half");
    ReportCheck noStaff = ReportCheck.draft(FORM, Map.of("staff", BigDecimal.ZERO));
    assertThat(noStaff.validation().violations()).isEmpty();
    assertThat(codes(noStaff.validation().warnings())).containsExactly("some-staff");
  }

  @Test
  void submittableIsExactlyWhatTheFullCheckAccepts() {
    List<Map<String, Object>> cases =
        List.of(
            Map.of(),
            Map.of("built", false, "staff", new BigDecimal(3)),
            Map.of("built", true, "staff", new BigDecimal(3)),
            Map.of("built", true, "staff", new BigDecimal(3), "opened", "2019-05-01"),
            Map.of("built", true, "staff", new BigDecimal(3), "opened", "May"),
            Map.of("built", false, "staff", new BigDecimal(2), "volunteers", new BigDecimal(3)),
            Map.of("built", false, "staff", BigDecimal.ZERO));
    for (Map<String, Object> values : cases) {
      Map<String, Object> raw = new HashMap<>(values);
      assertThat(ReportCheck.draft(FORM, raw).submittable())
          .as("%s", values)
          .isEqualTo(FORM.validate(raw).valid());
    }
  }

  private static List<String> codes(List<Violation> violations) {
    return violations.stream().map(Violation::code).toList();
  }
}

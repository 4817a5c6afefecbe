package org.shequ.plan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rule is an ERROR unless wrapped as a WARNING, and a broken WARNING never invalidates a form.
 */
class FormRuleSeverityTest {
  private static final Provenance P = Provenance.stated("一", "原文");

  private static final FormRule OFFICE_SHARE =
      new FormRule.CompareFields(
          "office-share",
          "office",
          Comparator.AT_MOST,
          new BigDecimal("0.2"),
          "premises",
          LocalizedText.of("办公用房超过20%", "office space above 20%"));

  private static final FormRule OFFICE_WITHIN_PREMISES =
      new FormRule.CompareFields(
          "office-within-premises",
          "office",
          Comparator.AT_MOST,
          BigDecimal.ONE,
          "premises",
          LocalizedText.of("办公用房不能大于社区用房", "office space cannot exceed the premises"));

  private static Form form(FormRule... rules) {
    return new Form(
        "F",
        LocalizedText.of("表", "Form"),
        OrgUnitLevel.COMMUNITY,
        AreaType.ALL,
        PeriodType.ANNUAL,
        List.of(
            Field.builder("premises", FieldType.DECIMAL).label("用房", "Premises").build(),
            Field.builder("office", FieldType.DECIMAL).label("办公", "Office").build()),
        List.of(rules),
        P);
  }

  @Test
  void rulesAreErrorsUnlessMarkedAsWarnings() {
    assertThat(OFFICE_SHARE.severity()).isEqualTo(Severity.ERROR);
    FormRule warning = OFFICE_SHARE.asWarning();
    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
    assertThat(warning.code()).isEqualTo("office-share");
    assertThat(warning.fields()).containsExactly("office", "premises");
    assertThat(warning.message()).isEqualTo(OFFICE_SHARE.message());
    assertThat(warning.asWarning()).isSameAs(warning);
    assertThat(new FormRule.Warning(warning)).isEqualTo(warning);
    assertThat(new Violation("f", "c", LocalizedText.of("甲", "a")).severity())
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void aBrokenWarningKeepsTheFormValidAndIsReported() {
    var result = form(OFFICE_SHARE.asWarning()).validate(Map.of("premises", 500, "office", 150));
    assertThat(result.valid()).isTrue();
    assertThat(result.violations()).isEmpty();
    assertThat(result.values().number("office")).contains(new BigDecimal(150));
    assertThat(result.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.field()).isEqualTo("office");
              assertThat(w.code()).isEqualTo("office-share");
              assertThat(w.severity()).isEqualTo(Severity.WARNING);
              assertThat(w.message().zh()).isEqualTo("办公用房超过20%");
            });
    assertThat(
            form(OFFICE_SHARE.asWarning())
                .validate(Map.of("premises", 500, "office", 100))
                .warnings())
        .isEmpty();
  }

  @Test
  void aBrokenErrorStillInvalidatesBesideAWarning() {
    var result =
        form(OFFICE_SHARE.asWarning(), OFFICE_WITHIN_PREMISES)
            .validate(Map.of("premises", 500, "office", 600));
    assertThat(result.valid()).isFalse();
    assertThat(result.violations())
        .extracting(Violation::code, Violation::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("office-within-premises", Severity.ERROR));
    assertThat(result.warnings()).extracting(Violation::code).containsExactly("office-share");
    assertThat(result.values().number("office")).isEmpty();
  }
}

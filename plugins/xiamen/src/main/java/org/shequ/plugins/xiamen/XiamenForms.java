package org.shequ.plugins.xiamen;

import java.math.BigDecimal;
import java.util.List;
import org.shequ.plan.api.Comparator;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.FieldType;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.FormRule;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Unit;

/** The plan's annual forms, and the field and rule shapes they share. */
final class XiamenForms {
  private XiamenForms() {}

  static List<Form> all() {
    return List.of(
        CommunityForm.build(),
        RuralCommunityForm.build(),
        GovernmentForms.street(),
        GovernmentForms.district(),
        GovernmentForms.region());
  }

  /** A whole number of people, at most {@code max}. */
  static Field persons(String code, String zh, String en, long max, boolean required) {
    Field.Builder b =
        Field.builder(code, FieldType.INTEGER).label(zh, en).unit(Unit.PERSONS).min(0).max(max);
    return (required ? b.required() : b).build();
  }

  /** A whole number of things, at most {@code max}. */
  static Field count(String code, String zh, String en, long max, boolean required) {
    Field.Builder b =
        Field.builder(code, FieldType.INTEGER).label(zh, en).unit(Unit.COUNT).min(0).max(max);
    return (required ? b.required() : b).build();
  }

  /** A number of occurrences (次), e.g. trainings held. */
  static Field times(String code, String zh, String en, long max, boolean required) {
    Field.Builder b =
        Field.builder(code, FieldType.INTEGER).label(zh, en).unit(Unit.TIMES).min(0).max(max);
    return (required ? b.required() : b).build();
  }

  /** A yes/no question. */
  static Field flag(String code, String zh, String en, boolean required) {
    Field.Builder b = Field.builder(code, FieldType.BOOLEAN).label(zh, en);
    return (required ? b.required() : b).build();
  }

  /** {@code part ≤ whole}, e.g. committee members under 35 ≤ all committee members. */
  static FormRule notMoreThan(String part, String whole, String zh, String en) {
    return new FormRule.CompareFields(
        part + "-le-" + whole,
        part,
        Comparator.AT_MOST,
        BigDecimal.ONE,
        whole,
        LocalizedText.of(zh, en));
  }
}

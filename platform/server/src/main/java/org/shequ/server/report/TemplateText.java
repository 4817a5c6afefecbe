package org.shequ.server.report;

import java.math.BigDecimal;
import java.util.Locale;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.FieldType;
import org.shequ.plan.api.Unit;

/**
 * The words of a batch-report template in one language: Chinese for Chinese offices first, English
 * when the caller reads English. Headers of the fixed columns are also what an upload recognises.
 */
record TemplateText(Locale locale) {
  static final String ORG_UNIT = "orgUnit";
  static final String ORG_UNIT_NAME = "orgUnitName";
  static final String PATH = "path";

  /** The sheet holding the template's tenant, form and period, which an upload reads. */
  static final String META_SHEET = "shequ";

  boolean zh() {
    return "zh".equals(locale.getLanguage());
  }

  String language() {
    return zh() ? "zh" : "en";
  }

  String reportsSheet() {
    return zh() ? "填报" : "Reports";
  }

  String optionsSheet() {
    return zh() ? "选项" : "Options";
  }

  String unitIdHeader() {
    return zh() ? "单位编码" : "Unit id";
  }

  String unitNameHeader() {
    return zh() ? "单位名称" : "Unit name";
  }

  String pathHeader() {
    return zh() ? "上级" : "Parent units";
  }

  /** A field's header: its label, and its unit in parentheses when it has one. */
  String header(Field field) {
    String label = field.label().in(locale);
    if (field.unit() == Unit.NONE) {
      return label;
    }
    return label + " (" + field.unit().label().in(locale) + ")";
  }

  String yes() {
    return zh() ? "是" : "Yes";
  }

  String no() {
    return zh() ? "否" : "No";
  }

  String errorTitle() {
    return zh() ? "输入有误" : "Invalid entry";
  }

  /** What a cell of the field takes, for its input prompt and its error alert. */
  String rule(Field field) {
    String what =
        switch (field.type()) {
          case INTEGER -> zh() ? "整数" : "a whole number";
          case DECIMAL -> zh() ? "数字" : "a number";
          case PERCENT -> zh() ? "百分比数字" : "a percentage";
          case BOOLEAN -> zh() ? "“是”或“否”" : "Yes or No";
          case ENUM -> zh() ? "从下拉列表中选择一项" : "one of the listed options";
          case TEXT -> zh() ? "文本" : "text";
          case DATE -> zh() ? "日期（YYYY-MM-DD）" : "a date (YYYY-MM-DD)";
        };
    String limits = limits(field);
    String required =
        field.required() ? (zh() ? "；提交时必填" : "; required to submit") : (zh() ? "；可不填" : "");
    return what + limits + required;
  }

  private String limits(Field field) {
    if (field.type() == FieldType.TEXT) {
      int max = field.maxLength() == null ? Field.DEFAULT_MAX_TEXT : field.maxLength();
      return zh() ? "，不超过 " + max + " 个字符" : ", at most " + max + " characters";
    }
    BigDecimal min = field.min();
    BigDecimal max = field.max();
    if (min != null && max != null) {
      return zh()
          ? "，" + plain(min) + " 到 " + plain(max) + " 之间"
          : " from " + plain(min) + " to " + plain(max);
    }
    if (min != null) {
      return zh() ? "，不小于 " + plain(min) : ", at least " + plain(min);
    }
    if (max != null) {
      return zh() ? "，不大于 " + plain(max) : ", at most " + plain(max);
    }
    return "";
  }

  static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}

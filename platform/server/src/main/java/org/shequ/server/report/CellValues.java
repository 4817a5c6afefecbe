package org.shequ.server.report;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.Option;

/**
 * A spreadsheet cell's text as the raw value a JSON report would carry, so a file is checked by
 * exactly the rules of a single report ({@link org.shequ.plan.api.Form#validate}). What cannot be
 * read as the field's type is passed on as text, and the plan's own check names the error.
 */
final class CellValues {
  private static final Pattern GROUPED = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");

  private CellValues() {}

  /** The raw value of {@code text} for {@code field}; null when the cell is empty. */
  static Object raw(Field field, String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return null;
    }
    return switch (field.type()) {
      case INTEGER, DECIMAL, PERCENT -> number(t);
      case BOOLEAN -> yesNo(t);
      case ENUM -> option(field, t);
      case TEXT, DATE -> t;
    };
  }

  /** A number, also written with thousands separators (1,234.5) or, for a percentage, a % sign. */
  private static Object number(String t) {
    String plain = t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t;
    if (GROUPED.matcher(plain).matches()) {
      plain = plain.replace(",", "");
    }
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      return t;
    }
  }

  /** 是/否 as the template writes them, Yes/No in English, and what spreadsheets write. */
  private static Object yesNo(String t) {
    return switch (t.toLowerCase(Locale.ROOT)) {
      case "是", "yes", "y", "true", "1", "对", "✓" -> Boolean.TRUE;
      case "否", "no", "n", "false", "0", "不是", "✗" -> Boolean.FALSE;
      default -> t;
    };
  }

  /** An option by its code, its Chinese label or its English label. */
  private static Object option(Field field, String t) {
    for (Option o : field.options()) {
      if (o.code().equals(t)) {
        return o.code();
      }
    }
    for (Option o : field.options()) {
      if (o.label().zh().equals(t) || o.label().en().equalsIgnoreCase(t)) {
        return o.code();
      }
    }
    return t;
  }
}

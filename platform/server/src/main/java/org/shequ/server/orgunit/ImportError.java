package org.shequ.server.orgunit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.shequ.plan.api.LocalizedText;
import org.shequ.server.web.ProblemText;

/**
 * One problem of an import file.
 *
 * @param row the row as a spreadsheet numbers it (the header is row 1); 0 for the file as a whole
 * @param column the column's English name, or null for the whole row
 */
record ImportError(int row, String column, String code, LocalizedText message) {
  static ImportError of(int row, String column, String code, String zh, String en) {
    return new ImportError(row, column, code, LocalizedText.of(zh, en));
  }

  /** This error as a member of a problem, its message resolved when the problem is rendered. */
  Map<String, Object> body() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("row", row);
    if (column != null) {
      m.put("column", column);
    }
    m.put("code", code);
    m.put("message", ProblemText.literal(message));
    return m;
  }

  Map<String, Object> in(Locale locale) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("row", row);
    if (column != null) {
      m.put("column", column);
    }
    m.put("code", code);
    m.put("message", message.in(locale));
    return m;
  }
}

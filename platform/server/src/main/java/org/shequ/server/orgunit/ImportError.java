package org.shequ.server.orgunit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.shequ.server.web.ProblemText;

/**
 * One problem of an import file.
 *
 * @param row the row as a spreadsheet numbers it (the header is row 1); 0 for the file as a whole
 * @param column the column's English name, or null for the whole row
 */
record ImportError(int row, String column, String code, ProblemText message) {
  /** An error whose message is {@code import.<key>} of the problem bundles. */
  static ImportError of(int row, String column, String code, String key, Object... args) {
    return new ImportError(row, column, code, ProblemText.of("import." + key, args));
  }

  /** This error as a member of a problem, its message resolved when the problem is rendered. */
  Map<String, Object> body() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("row", row);
    if (column != null) {
      m.put("column", column);
    }
    m.put("code", code);
    m.put("message", message);
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

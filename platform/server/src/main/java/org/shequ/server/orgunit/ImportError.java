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
 * @param header the column's header as the file writes it; null when the file lacks the column
 * @param letter the column's letter as a spreadsheet shows it (A, B, …); null with {@code header}
 */
record ImportError(
    int row, String column, String header, String letter, String code, ProblemText message) {

  ImportError(int row, String column, String code, ProblemText message) {
    this(row, column, null, null, code, message);
  }

  /** An error whose message is {@code import.<key>} of the problem bundles. */
  static ImportError of(int row, String column, String code, String key, Object... args) {
    return new ImportError(row, column, code, ProblemText.of("import." + key, args));
  }

  /** The same error, placed under the file's header {@code text} in column {@code letterOf}. */
  ImportError at(String text, String letterOf) {
    return new ImportError(row, column, text, letterOf, code, message);
  }

  /** This error as a member of a problem, its message resolved when the problem is rendered. */
  Map<String, Object> body() {
    return fields(message);
  }

  Map<String, Object> in(Locale locale) {
    return fields(message.in(locale));
  }

  private Map<String, Object> fields(Object text) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("row", row);
    if (column != null) {
      m.put("column", column);
    }
    if (header != null) {
      m.put("header", header);
      m.put("letter", letter);
    }
    m.put("code", code);
    m.put("message", text);
    return m;
  }
}

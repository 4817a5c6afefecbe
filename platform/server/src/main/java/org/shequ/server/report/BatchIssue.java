package org.shequ.server.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.shequ.plan.api.Violation;
import org.shequ.server.web.ProblemText;

/**
 * One error or warning of a batch upload, where the user sees it.
 *
 * @param row the row as the spreadsheet numbers it (headers counted); for JSON the 1-based index
 * @param column the spreadsheet column letter; null for JSON and for the file as a whole
 * @param field the form field's code; null for an error of the whole row
 * @param orgUnit the unit the row names, when it names one
 * @param code a stable code: the plan's violation code, or the row check's
 * @param message the text, resolved in the caller's language when the answer is written
 */
record BatchIssue(
    int row, String column, String field, String orgUnit, String code, ProblemText message) {

  /** A plan violation (error or warning) of a field of a row, with the plugin's own text. */
  static BatchIssue of(BatchRow row, Violation v) {
    return new BatchIssue(
        row.row(),
        row.letterOf(v.field()),
        v.field(),
        row.orgUnit(),
        v.code(),
        ProblemText.literal(v.message()));
  }

  /** An error of a whole row, its text the problem bundles' {@code key}. */
  static BatchIssue ofRow(BatchRow row, String code, String key, Object... args) {
    return new BatchIssue(
        row.row(), row.orgUnitLetter(), null, row.orgUnit(), code, ProblemText.of(key, args));
  }

  /** As a member of a problem: the message resolves when the problem is written. */
  Map<String, Object> body() {
    return fields(message);
  }

  /** As a member of an answer, in {@code locale}. */
  Map<String, Object> in(Locale locale) {
    return fields(message.in(locale));
  }

  private Map<String, Object> fields(Object text) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("row", row);
    m.put("column", column);
    m.put("field", field);
    m.put("orgUnit", orgUnit);
    m.put("code", code);
    m.put("message", text);
    return m;
  }
}

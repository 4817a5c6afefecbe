package org.shequ.server.report;

import java.util.List;
import java.util.Map;

/**
 * One row of a batch upload, read: the unit it reports for and its values as {@link
 * org.shequ.plan.api.Form#validate} takes them.
 *
 * @param row the row number the user sees (see {@link BatchIssue#row})
 * @param orgUnit the unit's id as the row gives it; null when the cell is empty
 * @param orgUnitLetter the unit column's letter; null for JSON
 * @param raw field code → raw value; a field left empty is absent
 * @param letters field code → its column's letter (empty for JSON)
 * @param comment the row's note for the version it stores; null for none
 * @param unclean the fields (or {@code comment}) whose text the database cannot hold: a NUL or a
 *     lone surrogate
 */
record BatchRow(
    int row,
    String orgUnit,
    String orgUnitLetter,
    Map<String, Object> raw,
    Map<String, String> letters,
    String comment,
    List<String> unclean) {

  BatchRow {
    raw = Map.copyOf(raw);
    letters = Map.copyOf(letters);
    unclean = List.copyOf(unclean);
  }

  /** The column letter of {@code field}, or the unit column's for a field the file lacks. */
  String letterOf(String field) {
    return field == null ? orgUnitLetter : letters.getOrDefault(field, orgUnitLetter);
  }
}

package org.shequ.server.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.Form;
import org.shequ.server.table.ColumnLetters;
import org.shequ.server.table.TableRow;
import org.shequ.server.web.CleanText;
import tools.jackson.databind.JsonNode;

/** The rows of a batch upload, read from a table or a JSON array, for one form. */
final class BatchRows {
  private BatchRows() {}

  /**
   * One element of a JSON upload: {@code {"orgUnit": …, "values": {…}, "comment": …}}.
   *
   * @param values as the body of a single save takes them
   */
  record JsonRow(String orgUnit, Map<String, JsonNode> values, String comment) {}

  /** The data rows of a table whose columns are {@code columns}; blank rows are left out. */
  static List<BatchRow> of(List<TableRow> rows, BatchColumns columns, Form form) {
    Map<String, String> letters = new HashMap<>();
    columns.fields().forEach((code, i) -> letters.put(code, ColumnLetters.of(i)));
    String unitLetter = ColumnLetters.of(columns.orgUnit());
    List<BatchRow> out = new ArrayList<>();
    for (int r = columns.firstDataRow(); r < rows.size(); r++) {
      TableRow row = rows.get(r);
      if (row.blank()) {
        continue;
      }
      Map<String, Object> raw = new LinkedHashMap<>();
      List<String> unclean = new ArrayList<>();
      for (Field f : form.fields()) {
        Integer i = columns.fields().get(f.code());
        if (i == null) {
          continue;
        }
        String text = row.cell(i);
        if (!CleanText.isClean(text)) {
          unclean.add(f.code());
          continue;
        }
        Object value = CellValues.raw(f, text);
        if (value != null) {
          raw.put(f.code(), value);
        }
      }
      String comment = columns.comment() < 0 ? null : blankToNull(row.cell(columns.comment()));
      if (!CleanText.isClean(comment)) {
        unclean.add("comment");
        comment = null;
      }
      String unit = blankToNull(row.cell(columns.orgUnit()));
      if (!CleanText.isCleanLine(unit)) {
        unclean.add(BatchColumns.ORG_UNIT);
        unit = null;
      }
      out.add(new BatchRow(row.number(), unit, unitLetter, raw, letters, comment, unclean));
    }
    return out;
  }

  /** The elements of a JSON upload, numbered from 1. */
  static List<BatchRow> ofJson(List<JsonRow> rows) {
    List<BatchRow> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonRow row = rows.get(i);
      if (row == null) {
        out.add(new BatchRow(i + 1, null, null, Map.of(), Map.of(), null, List.of()));
        continue;
      }
      List<String> unclean = new ArrayList<>();
      String unit = blankToNull(row.orgUnit());
      if (!CleanText.isCleanLine(unit)) {
        unclean.add(BatchColumns.ORG_UNIT);
        unit = null;
      }
      Map<String, Object> raw = row.values() == null ? Map.of() : ReportValues.raw(row.values());
      out.add(new BatchRow(i + 1, unit, null, raw, Map.of(), row.comment(), unclean));
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

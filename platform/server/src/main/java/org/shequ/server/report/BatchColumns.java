package org.shequ.server.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.Form;
import org.shequ.server.table.ColumnLetters;
import org.shequ.server.table.TableRow;

/**
 * Which column of an uploaded table holds what: the unit, a form field, the row's comment, or a
 * column kept for people (the unit's name, its parents). The template's hidden second row names
 * each column by its machine code; any other file names them in its first row by field code,
 * Chinese or English label, with or without the "(unit)" suffix.
 *
 * @param firstDataRow the index of the first row below the headers (one header row, or two for the
 *     template), blank rows above them counted
 * @param orgUnit the unit column's index (0 for A); -1 when the file has none
 * @param comment the comment column's index; -1 when none
 * @param fields field code → column index
 * @param unknown headers that name nothing, with their letters, e.g. {@code D: 面积}
 */
record BatchColumns(
    int firstDataRow, int orgUnit, int comment, Map<String, Integer> fields, List<String> unknown) {

  static final String ORG_UNIT = "orgUnit";

  private static final Set<String> UNIT_NAMES =
      Set.of("orgunit", "orgunitid", "org unit", "org unit id", "org_unit_id", "unit id", "单位编码");
  private static final Set<String> COMMENT_NAMES = Set.of("comment", "备注", "说明");
  private static final Set<String> FOR_PEOPLE =
      Set.of("orgunitname", "unit name", "单位名称", "path", "parent units", "上级");

  /** A trailing unit in parentheses, half- or full-width: "社区服务站面积 (平方米)". */
  private static final Pattern UNIT_SUFFIX = Pattern.compile("\\s*[(（][^()（）]*[)）]\\s*$");

  /** The columns of {@code rows} for {@code form}; the first non-blank row is the header. */
  static BatchColumns of(List<TableRow> rows, Form form) {
    int first = 0;
    while (first < rows.size() && rows.get(first).blank()) {
      first++;
    }
    if (first == rows.size()) {
      return new BatchColumns(0, -1, -1, Map.of(), List.of());
    }
    // The template's second row holds machine codes, the unit column's being "orgUnit".
    boolean template =
        first + 1 < rows.size() && rows.get(first + 1).cells().stream().anyMatch(ORG_UNIT::equals);
    TableRow header = rows.get(template ? first + 1 : first);
    Map<String, String> byName = names(form);
    int orgUnit = -1;
    int comment = -1;
    Map<String, Integer> fields = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < header.cells().size(); i++) {
      String key = normal(header.cell(i));
      if (key.isEmpty()) {
        // A column without a header is left out: how a clerk keeps notes beside the data.
        continue;
      }
      String letter = ColumnLetters.of(i);
      String field = byName.get(key);
      if (field == null) {
        key = normal(UNIT_SUFFIX.matcher(header.cell(i).strip()).replaceFirst(""));
        field = byName.get(key);
      }
      // A form's own field wins: a plan may well have a field called 备注.
      if (field != null && !fields.containsKey(field)) {
        fields.put(field, i);
      } else if (UNIT_NAMES.contains(key) && orgUnit < 0) {
        orgUnit = i;
      } else if (COMMENT_NAMES.contains(key) && comment < 0) {
        comment = i;
      } else if (FOR_PEOPLE.contains(key)) {
        continue;
      } else {
        unknown.add(letter + ": " + header.cell(i).strip());
      }
    }
    return new BatchColumns(
        first + (template ? 2 : 1), orgUnit, comment, Map.copyOf(fields), List.copyOf(unknown));
  }

  /** Every name a header may give a field by, normalised, to the field's code. */
  private static Map<String, String> names(Form form) {
    Map<String, String> names = new HashMap<>();
    for (Field f : form.fields()) {
      names.putIfAbsent(normal(f.label().en()), f.code());
      names.putIfAbsent(normal(f.label().zh()), f.code());
    }
    // Codes win over labels that happen to read the same.
    form.fields().forEach(f -> names.put(normal(f.code()), f.code()));
    return names;
  }

  /** A header with its spaces collapsed, in lower case. */
  static String normal(String header) {
    String h = header == null ? "" : header.replace("\uFEFF", "").strip();
    return h.replaceAll("[\\s\u3000\u00A0]+", " ").toLowerCase(Locale.ROOT);
  }
}

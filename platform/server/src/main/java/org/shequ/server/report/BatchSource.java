package org.shequ.server.report;

import java.util.List;
import java.util.Map;
import org.shequ.server.table.Table;

/**
 * An uploaded batch file, read but not yet understood against a form: a table (CSV or XLSX), or the
 * elements of a JSON array.
 *
 * @param table the table's rows; null for JSON
 * @param json the JSON array's elements; null for a table
 * @param properties the template's key/value sheet ({@code form}, {@code period}, …); empty when
 *     the file is not the template
 */
record BatchSource(Table table, List<BatchRows.JsonRow> json, Map<String, String> properties) {

  /** The form or period the file itself names, or null. */
  String property(String key) {
    String v = properties.get(key);
    return v == null || v.isBlank() ? null : v.strip();
  }
}

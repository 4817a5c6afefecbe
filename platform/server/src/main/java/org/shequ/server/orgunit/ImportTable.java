package org.shequ.server.orgunit;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shequ.server.table.ColumnLetters;
import org.shequ.server.table.CsvTables;
import org.shequ.server.table.Table;
import org.shequ.server.table.TableException;
import org.shequ.server.table.TableRow;
import org.shequ.server.table.XlsxTables;
import org.shequ.server.web.CleanText;

/**
 * The rows of an uploaded CSV (UTF-8 with or without BOM, GBK or GB18030) or XLSX (first sheet)
 * file, keyed by column, with how each header was understood and the problems of the file's shape
 * (unknown, duplicate or missing columns, an encoding it is not in).
 *
 * @param columns the file's headers that name a column, left to right
 * @param charset the encoding a CSV file was read in; null for a workbook or an unreadable file
 */
record ImportTable(
    List<Line> lines, List<ImportError> errors, List<Column> columns, String charset) {

  /** One non-blank data row. */
  record Line(int row, Map<ImportColumn, String> cells) {
    String get(ImportColumn c) {
      String v = cells.get(c);
      return v == null || v.isBlank() ? null : v.trim();
    }
  }

  /**
   * How one header of the file was understood.
   *
   * @param index the header's position, counting from 1
   * @param letter its column letter as a spreadsheet shows it (A, B, … AA)
   * @param header the header as the file writes it
   * @param column the column it names (its English name, e.g. {@code parent})
   */
  record Column(int index, String letter, String header, String column) {}

  /**
   * The encodings a CSV file may be named in by {@code ?charset=}; GB18030 contains GBK and GBK
   * contains GB2312, so without a name a file that is not UTF-8 is read as GB18030.
   */
  static final List<Charset> CHARSETS =
      List.of(
          StandardCharsets.UTF_8,
          Charset.forName("GBK"),
          Charset.forName("GB18030"),
          Charset.forName("GB2312"));

  /** A row whose first cell begins with this is a note (the template's example row) and skipped. */
  static final String NOTE_MARK = "#";

  /** The table in {@code bytes}; a CSV in {@code charset}, or in the one detected when null. */
  static ImportTable read(String filename, byte[] bytes, Charset charset) {
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    boolean zip = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
    if (!name.endsWith(".xlsx")
        && !zip
        && !(name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty())) {
      return failed(ImportError.of(0, null, "unsupported-file", "unsupported-file"));
    }
    try {
      if (name.endsWith(".xlsx") || zip) {
        return table(cells(XlsxTables.read(bytes, null, Integer.MAX_VALUE)), null);
      }
      Table csv = CsvTables.read(bytes, charset, GB18030, Integer.MAX_VALUE);
      return table(cells(csv), csv.charset().name());
    } catch (TableException e) {
      return switch (e.reason()) {
        case BOMB -> throw OrgUnitProblems.fileBomb();
        case UNKNOWN_ENCODING ->
            failed(ImportError.of(0, null, "unknown-encoding", "unknown-encoding"));
        case NOT_IN_CHARSET ->
            failed(ImportError.of(0, null, "not-in-charset", "not-in-charset", charset.name()));
        case UNREADABLE, TOO_MANY_ROWS ->
            failed(ImportError.of(0, null, "unreadable-file", "unreadable-file"));
      };
    }
  }

  /** Without a name, a CSV file that is not UTF-8 is read as GB18030, which contains GBK. */
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** The rows' cells, the header first: rows a workbook leaves out count as blank. */
  private static List<List<String>> cells(Table table) {
    List<List<String>> rows = new ArrayList<>();
    for (TableRow row : table.rows()) {
      while (rows.size() < row.number() - 1) {
        rows.add(List.of());
      }
      rows.add(row.cells());
    }
    return rows;
  }

  /** The spreadsheet letter of the column at {@code index} (from 1): A … Z, AA … */
  static String letter(int index) {
    return ColumnLetters.of(index - 1);
  }

  /** The error with the header and letter of the column it names, when the file has it. */
  ImportError place(ImportError error) {
    if (error.header() != null || error.column() == null) {
      return error;
    }
    return columns.stream()
        .filter(c -> c.column().equals(error.column()))
        .findFirst()
        .map(c -> error.at(c.header(), c.letter()))
        .orElse(error);
  }

  private static ImportTable table(List<List<String>> rows, String charset) {
    List<ImportError> errors = new ArrayList<>();
    if (rows.isEmpty()) {
      return new ImportTable(
          List.of(),
          List.of(ImportError.of(0, null, "empty-file", "empty-file")),
          List.of(),
          charset);
    }
    List<String> header = rows.get(0);
    Map<Integer, ImportColumn> columns = new java.util.HashMap<>();
    Map<ImportColumn, Integer> seen = new EnumMap<>(ImportColumn.class);
    List<Column> mapping = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).replace("\uFEFF", "").trim();
      if (h.isEmpty()) {
        // A column without a header is left out: how a clerk keeps notes beside the data.
        continue;
      }
      String letter = letter(i + 1);
      var column = ImportColumn.byHeader(h);
      if (column.isEmpty()) {
        errors.add(ImportError.of(1, h, "unknown-column", "unknown-column", h).at(h, letter));
      } else if (seen.containsKey(column.get())) {
        errors.add(
            ImportError.of(
                    1,
                    column.get().en,
                    "duplicate-column",
                    "duplicate-column",
                    h,
                    header.get(seen.get(column.get())).trim())
                .at(h, letter));
      } else {
        seen.put(column.get(), i);
        columns.put(i, column.get());
        mapping.add(new Column(i + 1, letter, h, column.get().en));
      }
    }
    for (ImportColumn required : List.of(ImportColumn.ID, ImportColumn.NAME, ImportColumn.LEVEL)) {
      if (!seen.containsKey(required)) {
        errors.add(
            ImportError.of(
                1, required.en, "missing-column", "missing-column", required.zh, required.en));
      }
    }
    List<Line> lines = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> cells = rows.get(r);
      if (cells.stream().allMatch(String::isBlank)
          || (!cells.isEmpty() && cells.get(0).strip().startsWith(NOTE_MARK))) {
        continue;
      }
      Map<ImportColumn, String> byColumn = new EnumMap<>(ImportColumn.class);
      int row = r + 1;
      columns.forEach(
          (i, c) -> {
            String cell = i < cells.size() ? cells.get(i) : "";
            // PostgreSQL text holds no NUL, and a lone surrogate has no UTF-8 form.
            if (!CleanText.isClean(cell)) {
              errors.add(ImportError.of(row, c.en, "invalid-text", "invalid-text", c.zh, c.en));
              cell = "";
            }
            byColumn.put(c, cell);
          });
      lines.add(new Line(row, byColumn));
    }
    if (lines.isEmpty() && errors.isEmpty()) {
      errors.add(ImportError.of(0, null, "no-rows", "no-rows"));
    }
    mapping.sort(java.util.Comparator.comparingInt(Column::index));
    ImportTable table = new ImportTable(lines, errors, mapping, charset);
    return new ImportTable(
        lines, errors.stream().map(table::place).toList(), List.copyOf(mapping), charset);
  }

  private static ImportTable failed(ImportError error) {
    return new ImportTable(List.of(), List.of(error), List.of(), null);
  }
}

package org.shequ.server.orgunit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

  /**
   * A workbook part may inflate at most 50-fold (sheets of real data inflate 5 to 20-fold) and to
   * at most 100 MB: a small compressed "bomb" is refused as soon as it is seen inflating, instead
   * of keeping a thread busy for many seconds. POI keeps these limits JVM-wide.
   */
  private static final double MIN_INFLATE_RATIO = 0.02;

  private static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
  }

  /** The table in {@code bytes}; a CSV in {@code charset}, or in the one detected when null. */
  static ImportTable read(String filename, byte[] bytes, Charset charset) {
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    boolean zip = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
    if (name.endsWith(".xlsx") || zip) {
      return xlsx(bytes);
    }
    if (name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty()) {
      return csv(bytes, charset);
    }
    return failed(ImportError.of(0, null, "unsupported-file", "unsupported-file"));
  }

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static ImportTable csv(byte[] bytes, Charset named) {
    // A UTF-8 byte-order mark settles the question whatever the caller named.
    boolean bom = Arrays.equals(bytes, 0, Math.min(3, bytes.length), UTF8_BOM, 0, 3);
    List<Charset> tries =
        bom
            ? List.of(StandardCharsets.UTF_8)
            : named != null
                ? List.of(named)
                : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));
    for (Charset charset : tries) {
      String text = decode(bytes, charset);
      if (text != null) {
        if (text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        ImportTable table = table(parseCsv(text));
        return new ImportTable(table.lines(), table.errors(), table.columns(), charset.name());
      }
    }
    return failed(
        named == null || bom
            ? ImportError.of(0, null, "unknown-encoding", "unknown-encoding")
            : ImportError.of(0, null, "not-in-charset", "not-in-charset", named.name()));
  }

  /** The text {@code bytes} encode in {@code charset}, or null when they are not valid in it. */
  private static String decode(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The spreadsheet letter of the column at {@code index} (from 1): A … Z, AA … */
  static String letter(int index) {
    StringBuilder out = new StringBuilder();
    for (int n = index; n > 0; n = (n - 1) / 26) {
      out.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return out.toString();
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

  /** RFC 4180: commas, double-quoted fields with "" escapes, CRLF or LF line ends. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  private static ImportTable xlsx(byte[] bytes) {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            cells.add(text(row.getCell(c), formatter));
          }
        }
        rows.add(cells);
      }
      return table(rows);
    } catch (IOException | RuntimeException e) {
      if (bomb(e)) {
        throw OrgUnitProblems.fileBomb();
      }
      return failed(ImportError.of(0, null, "unreadable-file", "unreadable-file"));
    }
  }

  /** Whether POI refused the file for inflating beyond {@link ZipSecureFile}'s limits. */
  private static boolean bomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("Zip bomb") || message.contains("MAX_ENTRY_SIZE")) {
        return true;
      }
    }
    return false;
  }

  /** A cell as the text a person sees; whole numbers without a decimal point or exponent. */
  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
      return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }
    if (type == CellType.STRING) {
      return cell.getStringCellValue();
    }
    return formatter.formatCellValue(cell);
  }

  private static ImportTable table(List<List<String>> rows) {
    List<ImportError> errors = new ArrayList<>();
    if (rows.isEmpty()) {
      return failed(ImportError.of(0, null, "empty-file", "empty-file"));
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
    ImportTable table = new ImportTable(lines, errors, mapping, null);
    return new ImportTable(
        lines, errors.stream().map(table::place).toList(), List.copyOf(mapping), null);
  }

  private static ImportTable failed(ImportError error) {
    return new ImportTable(List.of(), List.of(error), List.of(), null);
  }
}

package org.shequ.server.orgunit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * The rows of an uploaded CSV (UTF-8, with or without BOM) or XLSX (first sheet) file, keyed by
 * column, with the problems of the file's shape (unknown, duplicate or missing columns).
 */
record ImportTable(List<Line> lines, List<ImportError> errors) {

  /** One non-blank data row. */
  record Line(int row, Map<ImportColumn, String> cells) {
    String get(ImportColumn c) {
      String v = cells.get(c);
      return v == null || v.isBlank() ? null : v.trim();
    }
  }

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

  static ImportTable read(String filename, byte[] bytes) {
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    boolean zip = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
    if (name.endsWith(".xlsx") || zip) {
      return xlsx(bytes);
    }
    if (name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty()) {
      return csv(bytes);
    }
    return failed(ImportError.of(0, null, "unsupported-file", "unsupported-file"));
  }

  private static ImportTable csv(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return failed(ImportError.of(0, null, "not-utf8", "not-utf8"));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return table(parseCsv(text));
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
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).trim();
      if (h.isEmpty()) {
        continue;
      }
      var column = ImportColumn.byHeader(h);
      if (column.isEmpty()) {
        errors.add(ImportError.of(1, h, "unknown-column", "unknown-column", h));
      } else if (seen.containsKey(column.get())) {
        errors.add(ImportError.of(1, h, "duplicate-column", "duplicate-column", h));
      } else {
        seen.put(column.get(), i);
        columns.put(i, column.get());
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
      if (cells.stream().allMatch(String::isBlank)) {
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
    return new ImportTable(lines, errors);
  }

  private static ImportTable failed(ImportError error) {
    return new ImportTable(List.of(), List.of(error));
  }
}

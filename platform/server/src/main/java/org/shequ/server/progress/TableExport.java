package org.shequ.server.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shequ.server.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Writes a {@link Table} as CSV (UTF-8 with a byte-order mark, so Excel reads Chinese correctly) or
 * XLSX, chosen by {@code ?format=csv|xlsx} or else by the {@code Accept} header.
 */
public final class TableExport {
  public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  /** The formats a response can take. */
  public enum Format {
    JSON,
    CSV,
    XLSX
  }

  private TableExport() {}

  /** The format asked for; JSON unless {@code format} or {@code Accept} names CSV or XLSX. */
  public static Format format(String format, ServerHttpRequest request) {
    if (format != null && !format.isBlank()) {
      return switch (format) {
        case "csv" -> Format.CSV;
        case "xlsx" -> Format.XLSX;
        case "json" -> Format.JSON;
        default -> throw Problems.badRequest("invalid-format");
      };
    }
    for (MediaType accepted : request.getHeaders().getAccept()) {
      if (accepted.isCompatibleWith(XLSX) && !accepted.isWildcardType()) {
        return Format.XLSX;
      }
      if (accepted.getType().equals("text") && accepted.getSubtype().equals("csv")) {
        return Format.CSV;
      }
    }
    return Format.JSON;
  }

  /** The table as a download in {@code format} (CSV or XLSX). */
  public static ResponseEntity<byte[]> download(Table table, Format format, String fileName) {
    boolean csv = format == Format.CSV;
    byte[] body = csv ? csv(table) : xlsx(table);
    return ResponseEntity.ok()
        .contentType(csv ? CSV : XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + fileName + (csv ? ".csv" : ".xlsx") + "\"")
        .body(body);
  }

  /** Spreadsheets are built off the event loop: writing a workbook is not a few microseconds. */
  public static Mono<ResponseEntity<?>> export(Table table, Format format, String fileName) {
    return Mono.<ResponseEntity<?>>fromCallable(() -> download(table, format, fileName))
        .subscribeOn(Schedulers.boundedElastic());
  }

  static byte[] csv(Table table) {
    StringBuilder out = new StringBuilder("\uFEFF");
    line(out, table.headers());
    for (List<Object> row : table.rows()) {
      line(out, row);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(escape(cells.get(i)));
    }
    out.append("\r\n");
  }

  private static String escape(Object cell) {
    if (cell == null) {
      return "";
    }
    String s = cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
    // A leading = + - @ would be run as a formula by spreadsheet programs.
    if (!(cell instanceof Number) && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  static byte[] xlsx(Table table) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(table.sheetName());
      Row header = sheet.createRow(0);
      for (int c = 0; c < table.headers().size(); c++) {
        header.createCell(c).setCellValue(table.headers().get(c));
      }
      for (int r = 0; r < table.rows().size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<Object> cells = table.rows().get(r);
        for (int c = 0; c < cells.size(); c++) {
          Object v = cells.get(c);
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v != null) {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      sheet.createFreezePane(0, 1);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

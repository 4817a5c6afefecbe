package org.shequ.server.progress;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.shequ.server.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes exports as CSV (UTF-8 with a byte-order mark, so Excel reads Chinese correctly; the first
 * table only) or XLSX (every sheet, see {@link Workbooks}), chosen by {@code ?format=csv|xlsx} or
 * else by the {@code Accept} header, in the language {@link #language} picks.
 */
public final class TableExport {
  public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private static final CsvMapper CSV_MAPPER =
      CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

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
    // Only an exact media type asks for a file: a browser's "application/*" or "*/*" wants JSON.
    for (MediaType accepted : request.getHeaders().getAccept()) {
      if (accepted.equalsTypeAndSubtype(XLSX)) {
        return Format.XLSX;
      }
      if (accepted.equalsTypeAndSubtype(MediaType.parseMediaType("text/csv"))) {
        return Format.CSV;
      }
    }
    return Format.JSON;
  }

  /**
   * The language of an export: English when {@code Accept-Language} prefers English to Chinese,
   * else Chinese (the documents' own language, and the exports' since the first).
   */
  public static Locale language(ServerHttpRequest request) {
    for (var range : request.getHeaders().getAcceptLanguage()) {
      String tag = range.getRange().toLowerCase(Locale.ROOT);
      if (tag.startsWith("zh")) {
        return Locale.CHINESE;
      }
      if (tag.startsWith("en")) {
        return Locale.ENGLISH;
      }
    }
    return Locale.CHINESE;
  }

  /** The sheets as a download in {@code format} (CSV: the first table; XLSX: every sheet). */
  public static ResponseEntity<byte[]> download(
      List<? extends WorkbookSheet> sheets, Format format, String fileName) {
    boolean csv = format == Format.CSV;
    byte[] body =
        csv
            ? csv(
                sheets.stream()
                    .filter(Table.class::isInstance)
                    .map(Table.class::cast)
                    .findFirst()
                    .orElseThrow())
            : Workbooks.xlsx(sheets);
    return ResponseEntity.ok()
        .contentType(csv ? CSV : XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + fileName + (csv ? ".csv" : ".xlsx") + "\"")
        // The same URL answers in another format and language by these headers.
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE)
        .body(body);
  }

  /** Spreadsheets are built off the event loop: writing a workbook is not a few microseconds. */
  public static Mono<ResponseEntity<?>> export(Table table, Format format, String fileName) {
    return export(List.of(table), format, fileName);
  }

  /** {@link #download} off the event loop. */
  public static Mono<ResponseEntity<?>> export(
      List<? extends WorkbookSheet> sheets, Format format, String fileName) {
    return Mono.<ResponseEntity<?>>fromCallable(() -> download(sheets, format, fileName))
        .subscribeOn(Schedulers.boundedElastic());
  }

  /** The table as CSV: numbers in plain notation, dates as ISO dates, date-times in UTC. */
  public static byte[] csv(Table table) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
    try (SequenceWriter rows = CSV_MAPPER.writer(schema).writeValues(out)) {
      rows.write(table.headers().toArray(String[]::new));
      for (List<Object> row : table.rows()) {
        rows.write(row.stream().map(TableExport::text).toArray(String[]::new));
      }
    }
    return out.toByteArray();
  }

  private static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (cell instanceof Number) {
      return cell.toString();
    }
    if (cell instanceof Instant i) {
      return DATE_TIME.format(i);
    }
    String s = cell.toString();
    // A leading = + - @ would be run as a formula by spreadsheet programs.
    return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}

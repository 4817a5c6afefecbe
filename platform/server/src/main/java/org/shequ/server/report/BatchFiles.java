package org.shequ.server.report;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shequ.server.table.CsvTables;
import org.shequ.server.table.TableException;
import org.shequ.server.table.XlsxTables;
import org.shequ.server.web.ApiProblem;
import org.shequ.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a batch upload by its content type: an XLSX workbook (also sent as {@code
 * application/octet-stream}, recognised by its ZIP signature), a CSV file (charset from the content
 * type, else a UTF-8 byte-order mark, else valid UTF-8, else GBK) or a JSON array.
 */
@Component
class BatchFiles {
  /** The template's hidden sheet of key/value rows: form, period, orgUnit, language, generated. */
  static final String TEMPLATE_SHEET = "shequ";

  /** What Excel writes on a Chinese Windows when it saves CSV. */
  private static final Charset GBK = Charset.forName("GBK");

  /** Rows above the data the row limit does not count: the template's two header rows. */
  private static final int HEADER_ROWS = 2;

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private static final TypeReference<List<BatchRows.JsonRow>> JSON_ROWS = new TypeReference<>() {};

  private final JsonMapper json;
  private final BatchProperties limits;

  BatchFiles(JsonMapper json, BatchProperties limits) {
    this.json = json;
    this.limits = limits;
  }

  /** The file's rows; a 400 or 413 problem when it cannot be read. Heavy: call off event loops. */
  BatchSource read(byte[] bytes, MediaType type, String filename) {
    if (bytes.length == 0) {
      throw Problems.badRequest("batch-no-rows");
    }
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    try {
      if (isXlsx(type, name) || XlsxTables.looksLikeXlsx(bytes)) {
        var table = XlsxTables.read(bytes, TEMPLATE_SHEET, limits.maxRows() + HEADER_ROWS);
        return new BatchSource(table, null, table.properties());
      }
      if (isJson(type, name)) {
        return new BatchSource(null, jsonRows(bytes), Map.of());
      }
      if (isCsv(type, name)) {
        Charset named = type == null ? null : type.getCharset();
        var table = CsvTables.read(bytes, named, GBK, limits.maxRows() + HEADER_ROWS);
        return new BatchSource(table, null, Map.of());
      }
    } catch (TableException e) {
      throw problem(e, type);
    }
    throw Problems.badRequest("batch-unsupported-file", type == null ? "" : type.toString());
  }

  private List<BatchRows.JsonRow> jsonRows(byte[] bytes) {
    List<BatchRows.JsonRow> rows;
    try {
      rows = json.readValue(bytes, JSON_ROWS);
    } catch (JacksonException e) {
      throw Problems.badRequest("batch-unreadable-file");
    }
    if (rows == null) {
      throw Problems.badRequest("batch-unreadable-file");
    }
    if (rows.size() > limits.maxRows()) {
      throw tooManyRows();
    }
    return rows;
  }

  ApiProblem tooManyRows() {
    return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "batch-too-many-rows")
        .detail(limits.maxRows())
        .build();
  }

  private ApiProblem problem(TableException e, MediaType type) {
    return switch (e.reason()) {
      case TOO_MANY_ROWS -> tooManyRows();
      case UNKNOWN_ENCODING -> Problems.badRequest("batch-unknown-encoding");
      case NOT_IN_CHARSET ->
          Problems.badRequest("batch-not-in-charset", String.valueOf(type.getCharset()));
      case BOMB -> Problems.badRequest("batch-file-bomb");
      case UNREADABLE -> Problems.badRequest("batch-unreadable-file");
    };
  }

  private static boolean isXlsx(MediaType type, String name) {
    return (type != null && XLSX.isCompatibleWith(type)) || name.endsWith(".xlsx");
  }

  private static boolean isJson(MediaType type, String name) {
    return (type != null && MediaType.APPLICATION_JSON.isCompatibleWith(type))
        || name.endsWith(".json");
  }

  private static boolean isCsv(MediaType type, String name) {
    return (type != null
            && ("csv".equals(type.getSubtype())
                || MediaType.TEXT_PLAIN.isCompatibleWith(type)
                || MediaType.APPLICATION_OCTET_STREAM.isCompatibleWith(type)))
        || name.endsWith(".csv")
        || name.endsWith(".txt")
        || type == null;
  }
}

package org.shequ.benchmarks;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tools.jackson.databind.JsonNode;

/**
 * A batch file of one form and period for {@code rows} communities of one tenant, in the shape of
 * the form's template (docs: the batch contract): sheet {@code 填报} with the human headers, the
 * hidden machine-code row and one row per unit, and the hidden {@code shequ} sheet naming tenant,
 * form and period. Written with POI's streaming workbook, so 30,000 rows take bounded memory. The
 * same rows as CSV (UTF-8, field codes as headers).
 *
 * <p>Values stay within each field's limits and pass the form's rules: every number of a row is the
 * same (so "at most that field" comparisons hold), booleans and options vary by row.
 */
final class BatchFile {
  private final String tenant;
  private final JsonNode form;
  private final String period;
  private final int rows;

  BatchFile(String tenant, JsonNode form, String period, int rows) {
    this.tenant = tenant;
    this.form = form;
    this.period = period;
    this.rows = rows;
  }

  /** The XLSX bytes, as a reporter would upload the filled-in template. */
  byte[] xlsx() throws Exception {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
      Sheet sheet = book.createSheet("填报");
      Row human = sheet.createRow(0);
      Row codes = sheet.createRow(1);
      codes.setZeroHeight(true);
      List<String> headers = new ArrayList<>(List.of("单位编码", "单位名称", "上级"));
      List<String> machine = new ArrayList<>(List.of("orgUnit", "orgUnitName", "path"));
      for (JsonNode f : form.get("fields")) {
        headers.add(label(f));
        machine.add(f.get("code").asString());
      }
      for (int c = 0; c < headers.size(); c++) {
        human.createCell(c).setCellValue(headers.get(c));
        codes.createCell(c).setCellValue(machine.get(c));
      }
      for (int i = 1; i <= rows; i++) {
        Row row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue(unit(i));
        row.createCell(1).setCellValue("合成社区" + i);
        row.createCell(2).setCellValue(tenant + "（合成基准数据） / 合成街道 " + i);
        int c = 3;
        for (JsonNode f : form.get("fields")) {
          Object v = value(f, i, c);
          Cell cell = row.createCell(c++);
          if (v instanceof BigDecimal n) {
            cell.setCellValue(n.doubleValue());
          } else if (v instanceof Boolean b) {
            cell.setCellValue(b ? "是" : "否");
          } else if (v != null) {
            cell.setCellValue(v.toString());
          }
        }
      }
      Sheet meta = book.createSheet("shequ");
      String[][] pairs = {
        {"tenant", tenant},
        {"form", form.get("code").asString()},
        {"period", period},
        {"orgUnit", tenant + "-root"},
        {"language", "zh"},
        {"generated", Instant.now().toString()}
      };
      for (int r = 0; r < pairs.length; r++) {
        Row row = meta.createRow(r);
        row.createCell(0).setCellValue(pairs[r][0]);
        row.createCell(1).setCellValue(pairs[r][1]);
      }
      book.setSheetHidden(1, true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      book.dispose();
      return out.toByteArray();
    }
  }

  /**
   * The same rows as CSV in UTF-8 with field codes as headers. Every value is a number, a unit id
   * or 是/否, none needing quotes, so the rows are joined as they are.
   */
  byte[] csv() {
    StringBuilder csv = new StringBuilder("orgUnit");
    for (JsonNode f : form.get("fields")) {
      csv.append(',').append(f.get("code").asString());
    }
    csv.append('\n');
    for (int i = 1; i <= rows; i++) {
      csv.append(unit(i));
      int c = 3;
      for (JsonNode f : form.get("fields")) {
        Object v = value(f, i, c++);
        csv.append(',');
        if (v instanceof BigDecimal n) {
          csv.append(n.toPlainString());
        } else if (v instanceof Boolean b) {
          csv.append(b ? "是" : "否");
        } else if (v != null) {
          csv.append(v);
        }
      }
      csv.append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  int rows() {
    return rows;
  }

  private String unit(int i) {
    return "%s-c%06d".formatted(tenant, i);
  }

  private static String label(JsonNode f) {
    String label =
        f.path("label").path("zh").isString()
            ? f.path("label").path("zh").asString()
            : f.get("code").asString();
    JsonNode unit = f.path("unit").path("label").path("zh");
    return unit.isString() && !unit.asString().isBlank()
        ? label + " (" + unit.asString() + ")"
        : label;
  }

  /** The value of field {@code f} in row {@code i}: within limits, the same number per row. */
  private static Object value(JsonNode f, int i, int column) {
    int r = (int) ((i * 7919L) % 40);
    return switch (f.get("type").asString()) {
      case "BOOLEAN" -> (i + column) % 3 != 0;
      case "INTEGER" -> clamp(f, BigDecimal.valueOf(r));
      case "DECIMAL", "PERCENT" -> clamp(f, new BigDecimal(r + ".5"));
      case "ENUM", "STAGE" -> {
        JsonNode options = f.get("options");
        yield options.get(i % options.size()).get("code").asString();
      }
      default -> null;
    };
  }

  private static BigDecimal clamp(JsonNode f, BigDecimal v) {
    BigDecimal min = f.hasNonNull("min") ? f.get("min").decimalValue() : BigDecimal.ZERO;
    BigDecimal max = f.hasNonNull("max") ? f.get("max").decimalValue() : null;
    BigDecimal x = min.add(v);
    return max != null && x.compareTo(max) > 0 ? max : x;
  }
}

package org.shequ.server.orgunit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shequ.server.progress.TableExport;
import org.shequ.server.web.Languages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The file an administrator fills in to import org units: every column's header in one language,
 * and one example row whose first cell begins with {@code #}, so importing the template as it comes
 * (or with the example row left in) imports only the rows the administrator added.
 */
final class ImportTemplate {
  private ImportTemplate() {}

  /** The columns in the order the template lists them. */
  static final List<ImportColumn> COLUMNS = List.of(ImportColumn.values());

  /**
   * Columns of codes, kept as text in the workbook so a spreadsheet does not turn them into 3E+11.
   */
  private static final Set<ImportColumn> CODES =
      Set.of(ImportColumn.ID, ImportColumn.PARENT, ImportColumn.DIVISION_CODE);

  /** Chinese unless the caller asks for English: the template is for Chinese offices first. */
  static Locale language(ServerHttpRequest request) {
    return request.getHeaders().getAcceptLanguage().isEmpty()
        ? Locale.CHINESE
        : Languages.of(request);
  }

  static List<String> headers(Locale locale) {
    return COLUMNS.stream().map(c -> c.header(locale)).toList();
  }

  /** The example row, column by column; values in the words of {@code locale}'s language. */
  static List<String> example(Locale locale) {
    boolean zh = locale.getLanguage().equals("zh");
    return List.of(
        ImportTable.NOTE_MARK + "sq-example",
        zh ? "示例社区（首格以 # 开头的行不导入）" : "示例社区",
        zh
            ? "Example Community"
            : "Example Community (rows whose first cell begins with # are skipped)",
        zh ? "社区" : "COMMUNITY",
        "jd-001",
        zh ? "城市" : "URBAN",
        "3200",
        "1100",
        "",
        zh ? "老旧小区;试点" : "old-estate;pilot");
  }

  /** CSV in UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese correctly. */
  static byte[] csv(Locale locale) {
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(String.join(",", headers(locale))).append("\r\n");
    out.append(String.join(",", example(locale))).append("\r\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] xlsx(Locale locale) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(locale.getLanguage().equals("zh") ? "组织单元" : "org units");
      CellStyle text = book.createCellStyle();
      text.setDataFormat(book.createDataFormat().getFormat("@"));
      CellStyle bold = book.createCellStyle();
      Font boldFont = book.createFont();
      boldFont.setBold(true);
      bold.setFont(boldFont);
      CellStyle grey = book.createCellStyle();
      grey.cloneStyleFrom(text);
      Font greyFont = book.createFont();
      greyFont.setItalic(true);
      greyFont.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
      grey.setFont(greyFont);
      Row header = sheet.createRow(0);
      Row example = sheet.createRow(1);
      List<String> headers = headers(locale);
      List<String> values = example(locale);
      for (int c = 0; c < COLUMNS.size(); c++) {
        if (CODES.contains(COLUMNS.get(c))) {
          sheet.setDefaultColumnStyle(c, text);
        }
        header.createCell(c).setCellValue(headers.get(c));
        header.getCell(c).setCellStyle(bold);
        example.createCell(c).setCellValue(values.get(c));
        example.getCell(c).setCellStyle(grey);
        sheet.setColumnWidth(c, 16 * 256);
      }
      sheet.createFreezePane(0, 1);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template as a file to save. */
  static ResponseEntity<byte[]> download(byte[] body, String format) {
    boolean csv = format.equals("csv");
    return ResponseEntity.ok()
        .contentType(csv ? TableExport.CSV : TableExport.XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"org-units-template." + format + "\"")
        .body(body);
  }
}

package org.shequ.server.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The CSV and XLSX readers: encodings, quoting, cell types, and the row limit. */
class TableReadersTest {
  private static final Charset GBK = Charset.forName("GBK");

  private static Table csv(byte[] bytes) {
    return CsvTables.read(bytes, null, GBK, 100);
  }

  @Test
  void aUtf8ByteOrderMarkIsDroppedAndSettlesTheEncoding() {
    byte[] body = "单位编码,面积\nA1,12\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Table table = CsvTables.read(withBom, GBK, GBK, 100);
    assertThat(table.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(table.rows().get(0).cells()).containsExactly("单位编码", "面积");
  }

  @Test
  void gbkIsReadWhenTheBytesAreNotUtf8() {
    Table table = csv("单位编码,社区名称\nA1,和平社区\n".getBytes(GBK));
    assertThat(table.charset()).isEqualTo(GBK);
    assertThat(table.rows().get(1).cells()).containsExactly("A1", "和平社区");
  }

  @Test
  void aNamedCharsetTheBytesAreNotInIsRefused() {
    byte[] gbk = "和平社区\n".getBytes(GBK);
    assertThatThrownBy(() -> CsvTables.read(gbk, StandardCharsets.UTF_8, GBK, 100))
        .isInstanceOfSatisfying(
            TableException.class,
            e -> assertThat(e.reason()).isEqualTo(TableException.Reason.NOT_IN_CHARSET));
  }

  @Test
  void quotedCellsKeepCommasQuotesAndLineBreaksAndRowsAreRecordsNotLines() {
    String text = "a,b\r\n\"x, y\",\"line one\nline two\"\r\n\"say \"\"hi\"\"\",=SUM(A1:A2)\r\n";
    Table table = csv(text.getBytes(StandardCharsets.UTF_8));
    assertThat(table.rows()).hasSize(3);
    assertThat(table.rows().get(1).cells()).containsExactly("x, y", "line one\nline two");
    assertThat(table.rows().get(2).number()).isEqualTo(3);
    // A cell that looks like a formula stays the text it is.
    assertThat(table.rows().get(2).cells()).containsExactly("say \"hi\"", "=SUM(A1:A2)");
  }

  @Test
  void emptyCellsAreEmptyStringsAndRowsMayBeShort() {
    Table table = csv("a,b,c\n1,,3\n4\n".getBytes(StandardCharsets.UTF_8));
    assertThat(table.rows().get(1).cells()).containsExactly("1", "", "3");
    assertThat(table.rows().get(2).cell(0)).isEqualTo("4");
    assertThat(table.rows().get(2).cell(2)).isEmpty();
  }

  @Test
  void moreRowsThanAllowedAreRefusedAsSoonAsSeen() {
    StringBuilder text = new StringBuilder("a\n");
    for (int i = 0; i < 20; i++) {
      text.append(i).append('\n');
    }
    assertThatThrownBy(() -> CsvTables.read(text.toString().getBytes(), null, GBK, 10))
        .isInstanceOfSatisfying(
            TableException.class,
            e -> assertThat(e.reason()).isEqualTo(TableException.Reason.TOO_MANY_ROWS));
  }

  @Test
  void aWorkbookIsReadWithSharedStringsNumbersDatesBooleansAndGaps() throws IOException {
    byte[] file;
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("填报");
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle grouped = book.createCellStyle();
      grouped.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("单位编码");
      header.createCell(1).setCellValue("面积");
      Row row = sheet.createRow(2);
      row.createCell(0).setCellValue("u-1");
      row.createCell(1).setCellValue(1234.5);
      row.getCell(1).setCellStyle(grouped);
      row.createCell(3).setCellValue(12);
      row.createCell(4).setCellValue(LocalDate.of(2020, 6, 30));
      row.getCell(4).setCellStyle(date);
      row.createCell(5).setCellValue(true);
      row.createCell(6).setCellValue(0.1 + 0.2);
      row.createCell(7).setCellValue("=1+1");
      row.createCell(8).setCellFormula("2*3");
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      Sheet props = book.createSheet("shequ");
      props.createRow(0).createCell(0).setCellValue("form");
      props.getRow(0).createCell(1).setCellValue("XB-COMMUNITY");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      file = out.toByteArray();
    }
    assertThat(XlsxTables.looksLikeXlsx(file)).isTrue();
    Table table = XlsxTables.read(file, "shequ", 100);
    assertThat(table.properties()).containsEntry("form", "XB-COMMUNITY");
    assertThat(table.rows()).hasSize(2);
    TableRow data = table.rows().get(1);
    // The row keeps the number the spreadsheet shows, and each cell its column.
    assertThat(data.number()).isEqualTo(3);
    assertThat(data.cells())
        .containsExactly("u-1", "1234.5", "", "12", "2020-06-30", "TRUE", "0.3", "=1+1", "6");
  }

  @Test
  void aLargeStreamedWorkbookIsReadAndItsRowLimitHolds() throws IOException {
    byte[] file;
    try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
      Sheet sheet = book.createSheet("Reports");
      for (int r = 0; r < 5_000; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("u-" + r);
        row.createCell(1).setCellValue(r);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      file = out.toByteArray();
    }
    Table table = XlsxTables.read(file, null, 5_000);
    assertThat(table.rows()).hasSize(5_000);
    assertThat(table.rows().get(4_999).cells()).containsExactly("u-4999", "4999");
    assertThatThrownBy(() -> XlsxTables.read(file, null, 4_999))
        .isInstanceOfSatisfying(
            TableException.class,
            e -> assertThat(e.reason()).isEqualTo(TableException.Reason.TOO_MANY_ROWS));
  }

  @Test
  void bytesThatAreNoWorkbookAreUnreadable() {
    assertThatThrownBy(() -> XlsxTables.read("PK\u0003\u0004junk".getBytes(), null, 10))
        .isInstanceOfSatisfying(
            TableException.class,
            e -> assertThat(e.reason()).isEqualTo(TableException.Reason.UNREADABLE));
  }

  @Test
  void columnLettersRunPastZ() {
    assertThat(List.of(ColumnLetters.of(0), ColumnLetters.of(25), ColumnLetters.of(26)))
        .containsExactly("A", "Z", "AA");
    assertThat(ColumnLetters.indexOf("AB12")).isEqualTo(27);
  }
}

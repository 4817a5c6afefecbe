package org.shequ.server.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an exported XLSX back, as a user's spreadsheet program would. */
public final class Workbook {
  private Workbook() {}

  public static XSSFWorkbook open(byte[] xlsx) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The header row's texts. */
  public static List<String> headers(Sheet sheet) {
    return texts(sheet.getRow(0));
  }

  /** Each cell of a row as shown. */
  public static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    DataFormatter shown = new DataFormatter();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      Cell cell = row.getCell(c);
      out.add(cell == null ? "" : shown.formatCellValue(cell));
    }
    return out;
  }

  /** The cell under {@code header} in {@code row}, or null when empty. */
  public static Cell cell(Sheet sheet, Row row, String header) {
    int c = headers(sheet).indexOf(header);
    if (c < 0) {
      throw new AssertionError("no column " + header + " in " + headers(sheet));
    }
    return row.getCell(c);
  }

  /** The first row whose cell under {@code header} reads {@code text}. */
  public static Row rowWhere(Sheet sheet, String header, String text) {
    int c = headers(sheet).indexOf(header);
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      Cell cell = row == null ? null : row.getCell(c);
      if (cell != null && text.equals(new DataFormatter().formatCellValue(cell))) {
        return row;
      }
    }
    throw new AssertionError("no row with " + header + " = " + text);
  }

  /** The first row whose cells under the two headers read the two texts. */
  public static Row rowWhere(
      Sheet sheet, String header, String text, String header2, String text2) {
    int c = headers(sheet).indexOf(header);
    int c2 = headers(sheet).indexOf(header2);
    DataFormatter shown = new DataFormatter();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row != null
          && text.equals(shown.formatCellValue(row.getCell(c)))
          && text2.equals(shown.formatCellValue(row.getCell(c2)))) {
        return row;
      }
    }
    throw new AssertionError(
        "no row with " + header + " = " + text + ", " + header2 + " = " + text2);
  }
}

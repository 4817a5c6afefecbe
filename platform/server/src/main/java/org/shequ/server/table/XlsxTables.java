package org.shequ.server.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * XLSX workbooks read with POI's streaming reader ({@link XSSFReader} and {@link SheetCells} over a
 * read-only shared-strings table): the sheet's XML is parsed as it inflates and only the cells'
 * texts are kept, never a workbook model, so memory stays bounded by the rows allowed.
 *
 * <p>Cells read as a person sees them, except numbers: written plainly with up to 15 significant
 * digits (Excel's precision), without grouping or exponent, whatever the cell's number format;
 * dates as ISO dates ({@code 2020-06-30}, with the time when it has one); booleans as {@code
 * TRUE}/{@code FALSE}; a formula as its cached result.
 */
public final class XlsxTables {
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

  private static final MathContext EXCEL_PRECISION = new MathContext(15);

  private XlsxTables() {}

  /** Whether the bytes start like a ZIP archive, as every XLSX file does. */
  public static boolean looksLikeXlsx(byte[] bytes) {
    return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  /**
   * The rows of the workbook's first sheet, and the key/value rows (column A → column B) of the
   * sheet named {@code propertiesSheet} when there is one (null: none). More than {@code maxRows}
   * non-blank rows is a {@link TableException}, thrown as soon as the row is read.
   */
  public static Table read(byte[] bytes, String propertiesSheet, int maxRows) {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      XSSFReader reader = new XSSFReader(pkg);
      reader.setUseReadOnlySharedStringsTable(true);
      SharedStrings strings = reader.getSharedStringsTable();
      StylesTable styles = reader.getStylesTable();
      List<TableRow> rows = null;
      Map<String, String> properties = new LinkedHashMap<>();
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          if (rows == null) {
            rows = rows(sheet, strings, styles, maxRows);
          } else if (sheets.getSheetName().equals(propertiesSheet)) {
            for (TableRow row : rows(sheet, strings, styles, 1000)) {
              if (!row.cell(0).isBlank()) {
                properties.put(row.cell(0).trim(), row.cell(1).trim());
              }
            }
          }
        }
      }
      if (rows == null) {
        throw new TableException(TableException.Reason.UNREADABLE, "a workbook without sheets");
      }
      return new Table(rows, null, properties);
    } catch (TableException e) {
      throw e;
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      if (bomb(e)) {
        throw new TableException(TableException.Reason.BOMB, "a workbook inflating too far", e);
      }
      if (e.getCause() instanceof TableException t) {
        throw t;
      }
      throw new TableException(TableException.Reason.UNREADABLE, String.valueOf(e.getMessage()), e);
    }
  }

  private static List<TableRow> rows(
      InputStream sheet, SharedStrings strings, StylesTable styles, int maxRows)
      throws IOException, SAXException, ParserConfigurationException {
    Rows rows = new Rows(maxRows);
    XMLReader parser = XMLHelper.newXMLReader();
    parser.setContentHandler(new SheetCells(strings, styles, XlsxTables::numberText, rows));
    try {
      parser.parse(new InputSource(sheet));
    } catch (TooManyRows e) {
      throw new TableException(TableException.Reason.TOO_MANY_ROWS, "over " + maxRows);
    }
    return rows.rows;
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

  /** Collects the rows, and stops at the first non-blank one over the limit. */
  private static final class Rows implements SheetCells.RowSink {
    private final int maxRows;
    private final List<TableRow> rows = new ArrayList<>();
    private int filled;

    Rows(int maxRows) {
      this.maxRows = maxRows;
    }

    @Override
    public void row(int number, List<String> cells) {
      TableRow row = new TableRow(number, cells);
      if (!row.blank() && ++filled > maxRows) {
        throw new TooManyRows();
      }
      rows.add(row);
    }
  }

  /** Stops the parse at the first row over the limit: unchecked, to leave the SAX callbacks. */
  private static final class TooManyRows extends RuntimeException {
    TooManyRows() {
      super("too many rows", null, false, false);
    }
  }

  /** A number written plainly, or a date as an ISO date, whatever the cell's format says. */
  private static String numberText(double value, boolean date) {
    if (date && DateUtil.isValidExcelDate(value)) {
      LocalDateTime at = DateUtil.getLocalDateTime(value, false);
      return at.toLocalTime().toSecondOfDay() == 0 ? at.toLocalDate().toString() : at.toString();
    }
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(Double.toString(value))
        .round(EXCEL_PRECISION)
        .stripTrailingZeros()
        .toPlainString();
  }
}

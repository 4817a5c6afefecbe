package org.shequ.server.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes sheets as an XLSX workbook ready to paste into a report: numbers as numeric cells, dates
 * as date cells, a bold frozen header row with an autofilter, column widths from the content, and
 * native bar charts. Blocking work: callers run it off the event loop.
 */
public final class Workbooks {
  /** Widest column, in characters: long texts wrap rather than push the table off the screen. */
  public static final int MAX_WIDTH = 60;

  private static final int MIN_WIDTH = 6;

  /** Rows and columns one chart takes on a chart sheet. */
  private static final int CHART_ROWS = 20;

  private static final int CHART_COLUMNS = 10;

  private Workbooks() {}

  /** The sheets as one workbook, in order. */
  public static byte[] xlsx(List<? extends WorkbookSheet> sheets) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(book);
      for (WorkbookSheet s : sheets) {
        XSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(s.sheetName()));
        if (s instanceof Table t) {
          table(sheet, t, styles);
        } else if (s instanceof ChartSheet c) {
          charts(sheet, c, styles);
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The styles a workbook's cells share (a workbook holds a limited number of styles). */
  private record Styles(CellStyle header, CellStyle date, CellStyle dateTime) {
    Styles(XSSFWorkbook book) {
      this(
          headerStyle(book), dateStyle(book, "yyyy-mm-dd"), dateStyle(book, "yyyy-mm-dd hh:mm:ss"));
    }

    private static CellStyle headerStyle(XSSFWorkbook book) {
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle style = book.createCellStyle();
      style.setFont(bold);
      style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      return style;
    }

    private static CellStyle dateStyle(XSSFWorkbook book, String format) {
      CellStyle style = book.createCellStyle();
      style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat(format));
      return style;
    }
  }

  private static void table(XSSFSheet sheet, Table table, Styles styles) {
    int[] widths = new int[table.headers().size()];
    writeRow(sheet.createRow(0), table.headers(), styles, widths);
    for (Cell cell : sheet.getRow(0)) {
      cell.setCellStyle(styles.header());
    }
    for (int r = 0; r < table.rows().size(); r++) {
      writeRow(sheet.createRow(r + 1), table.rows().get(r), styles, widths);
    }
    sheet.createFreezePane(0, 1);
    if (!table.headers().isEmpty()) {
      sheet.setAutoFilter(
          new CellRangeAddress(0, table.rows().size(), 0, table.headers().size() - 1));
    }
    setWidths(sheet, widths);
  }

  private static void writeRow(Row row, List<?> cells, Styles styles, int[] widths) {
    for (int c = 0; c < cells.size(); c++) {
      Object value = cells.get(c);
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(c);
      String shown;
      if (value instanceof BigDecimal d) {
        cell.setCellValue(d.doubleValue());
        shown = d.stripTrailingZeros().toPlainString();
      } else if (value instanceof Number n) {
        cell.setCellValue(n.doubleValue());
        shown = n.toString();
      } else if (value instanceof LocalDate d) {
        cell.setCellValue(d);
        cell.setCellStyle(styles.date());
        shown = "yyyy-mm-dd";
      } else if (value instanceof Instant i) {
        cell.setCellValue(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
        cell.setCellStyle(styles.dateTime());
        shown = "yyyy-mm-dd hh:mm:ss";
      } else {
        shown = value.toString();
        cell.setCellValue(shown);
      }
      if (c < widths.length) {
        widths[c] = Math.max(widths[c], displayWidth(shown));
      }
    }
  }

  /** Column widths from the longest content, without POI's slow autosize. */
  private static void setWidths(Sheet sheet, int[] widths) {
    for (int c = 0; c < widths.length; c++) {
      int chars = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2));
      sheet.setColumnWidth(c, chars * 256);
    }
  }

  /** How many character widths a text takes: Chinese and other wide characters count double. */
  public static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  private static boolean wide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || (cp >= 0x3000 && cp <= 0x303F)
        || (cp >= 0xFF00 && cp <= 0xFFEF);
  }

  /**
   * Each chart's table (categories down the first column, one column per series) with the chart
   * beside it, one below the other.
   */
  private static void charts(XSSFSheet sheet, ChartSheet charts, Styles styles) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    int top = 0;
    int[] widths = new int[1];
    for (ChartSheet.BarChart chart : charts.charts()) {
      List<ChartSheet.Series> series =
          java.util.stream.Stream.concat(chart.bars().stream(), chart.lines().stream()).toList();
      if (widths.length < series.size() + 1) {
        widths = java.util.Arrays.copyOf(widths, series.size() + 1);
      }
      List<String> header =
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of(chart.categoryHeader()),
                  series.stream().map(ChartSheet.Series::name))
              .toList();
      writeRow(sheet.createRow(top), header, styles, widths);
      for (Cell cell : sheet.getRow(top)) {
        cell.setCellStyle(styles.header());
      }
      for (int r = 0; r < chart.categories().size(); r++) {
        List<Object> cells = new java.util.ArrayList<>();
        cells.add(chart.categories().get(r));
        for (ChartSheet.Series s : series) {
          cells.add(s.values().get(r));
        }
        writeRow(sheet.createRow(top + 1 + r), cells, styles, widths);
      }
      if (!chart.categories().isEmpty()) {
        draw(sheet, drawing, chart, top, series.size() + 1);
      }
      top += Math.max(chart.categories().size() + 2, CHART_ROWS + 1);
    }
    setWidths(sheet, widths);
  }

  private static void draw(
      XSSFSheet sheet, XSSFDrawing drawing, ChartSheet.BarChart spec, int top, int left) {
    int last = top + spec.categories().size();
    XSSFChart chart =
        drawing.createChart(
            drawing.createAnchor(
                0, 0, 0, 0, left + 1, top, left + 1 + CHART_COLUMNS, top + CHART_ROWS));
    chart.setTitleText(spec.title());
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
    valueAxis.setTitle(spec.valueAxisTitle());
    valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
    valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
    XDDFDataSource<String> categories =
        XDDFDataSourcesFactory.fromStringCellRange(
            sheet, new CellRangeAddress(top + 1, last, 0, 0));
    int column = 1;
    XDDFBarChartData bars =
        (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
    bars.setBarDirection(BarDirection.COL);
    bars.setVaryColors(false);
    for (ChartSheet.Series s : spec.bars()) {
      bars.addSeries(categories, values(sheet, top, last, column))
          .setTitle(s.name(), new CellReference(sheet.getSheetName(), top, column, true, true));
      column++;
    }
    chart.plot(bars);
    if (!spec.lines().isEmpty()) {
      XDDFLineChartData lines =
          (XDDFLineChartData) chart.createData(ChartTypes.LINE, categoryAxis, valueAxis);
      lines.setVaryColors(false);
      for (ChartSheet.Series s : spec.lines()) {
        XDDFLineChartData.Series line =
            (XDDFLineChartData.Series)
                lines.addSeries(categories, values(sheet, top, last, column));
        line.setTitle(s.name(), new CellReference(sheet.getSheetName(), top, column, true, true));
        line.setMarkerStyle(MarkerStyle.NONE);
        line.setSmooth(false);
        column++;
      }
      chart.plot(lines);
    }
  }

  private static XDDFNumericalDataSource<Double> values(
      XSSFSheet sheet, int top, int last, int column) {
    return XDDFDataSourcesFactory.fromNumericCellRange(
        sheet, new CellRangeAddress(top + 1, last, column, column));
  }
}

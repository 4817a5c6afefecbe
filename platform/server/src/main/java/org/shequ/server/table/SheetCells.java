package org.shequ.server.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SAX handler of one worksheet's XML ({@code <row>}, {@code <c>}, {@code <v>}, {@code <is>}),
 * in the way POI's event API documents for large sheets. It does what POI's own {@code
 * XSSFSheetXMLHandler} does for the cell types a filled-in template holds, without building a
 * rich-text object for every string (an XMLBeans tree each, the larger part of reading a 30,000-row
 * file) and deciding once per cell style, not once per cell, whether a number is a date.
 */
final class SheetCells extends DefaultHandler {
  /** What a sheet's rows go to, one at a time; may throw to stop the parse. */
  interface RowSink {
    void row(int number, List<String> cells);
  }

  /** A number cell's text, given whether its style shows a date. */
  interface NumberText {
    String of(double value, boolean date);
  }

  private final SharedStrings strings;
  private final StylesTable styles;
  private final NumberText numbers;
  private final RowSink sink;
  private final Map<Integer, String> sharedTexts = new HashMap<>();
  private final Map<String, Style> stylesSeen = new HashMap<>();
  private final StringBuilder text = new StringBuilder();

  private List<String> cells;
  private int rowNumber;
  private String cellType;
  private String cellStyle;
  private int column;
  private boolean inValue;
  private boolean inInlineText;
  private boolean inPhonetic;
  private boolean hasValue;

  /** Whether a cell style shows its number as a date. */
  private record Style(boolean date) {}

  SheetCells(SharedStrings strings, StylesTable styles, NumberText numbers, RowSink sink) {
    this.strings = strings;
    this.styles = styles;
    this.numbers = numbers;
    this.sink = sink;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    switch (localName) {
      case "row" -> {
        String r = attributes.getValue("r");
        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
        cells = new ArrayList<>();
      }
      case "c" -> {
        String reference = attributes.getValue("r");
        column = reference == null ? cells.size() : ColumnLetters.indexOf(reference);
        cellType = attributes.getValue("t");
        cellStyle = attributes.getValue("s");
        hasValue = false;
        text.setLength(0);
      }
      case "v" -> {
        inValue = true;
        text.setLength(0);
      }
      case "is" -> text.setLength(0);
      case "t" -> inInlineText = "inlineStr".equals(cellType);
      case "rPh" -> inPhonetic = true;
      default -> {
        // <f> (a formula: its cached <v> is read), <sheetData>, <cols>, …
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inValue || (inInlineText && !inPhonetic)) {
      text.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    switch (localName) {
      case "v" -> {
        inValue = false;
        hasValue = true;
      }
      case "t" -> {
        if (inInlineText) {
          hasValue = true;
        }
        inInlineText = false;
      }
      case "rPh" -> inPhonetic = false;
      case "c" -> {
        if (hasValue) {
          while (cells.size() < column) {
            cells.add("");
          }
          cells.add(value(text.toString()));
        }
      }
      case "row" -> sink.row(rowNumber, cells);
      default -> {}
    }
  }

  /** The cell's text as a person reads it (see {@link XlsxTables}). */
  private String value(String raw) {
    if (cellType == null || "n".equals(cellType)) {
      return number(raw);
    }
    return switch (cellType) {
      case "s" -> shared(Integer.parseInt(raw.trim()));
      case "b" -> "0".equals(raw) ? "FALSE" : "TRUE";
      case "e" -> "ERROR:" + raw;
      default -> raw; // inlineStr, str (a formula's text result)
    };
  }

  private String shared(int index) {
    return sharedTexts.computeIfAbsent(index, i -> strings.getItemAt(i).getString());
  }

  private String number(String raw) {
    if (raw.isEmpty()) {
      return raw;
    }
    Style style = style();
    return numbers.of(Double.parseDouble(raw), style != null && style.date());
  }

  /** The cell's style (the workbook's first when it names none), looked up once per style. */
  private Style style() {
    String key = cellStyle == null ? "" : cellStyle;
    if (styles == null) {
      return null;
    }
    return stylesSeen.computeIfAbsent(
        key,
        k -> {
          XSSFCellStyle s;
          if (!k.isEmpty()) {
            s = styles.getStyleAt(Integer.parseInt(k));
          } else if (styles.getNumCellStyles() > 0) {
            s = styles.getStyleAt(0);
          } else {
            return null;
          }
          if (s == null) {
            return null;
          }
          int index = s.getDataFormat();
          String format = s.getDataFormatString();
          if (format == null) {
            format = BuiltinFormats.getBuiltinFormat(index);
          }
          return new Style(format != null && DateUtil.isADateFormat(index, format));
        });
  }
}

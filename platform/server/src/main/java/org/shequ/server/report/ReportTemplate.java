package org.shequ.server.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.FieldType;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.Option;
import org.shequ.server.progress.Workbooks;
import org.shequ.server.report.TemplateUnitsStore.TemplateUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the workbook a street or district fills in for all its units at once: row 1 the headers a
 * person reads, a hidden row 2 of machine codes an upload reads, then one row per unit with its id,
 * name and parents and the current values of its report, typed; each field column carries Excel's
 * own data validation (option lists, number limits, text length) with a prompt and an error alert.
 * A hidden sheet records the tenant, form and period. Streams rows (SXSSF), so memory stays bounded
 * however many units there are. Blocking work: callers run it off the event loop.
 */
final class ReportTemplate {
  /** Rows kept in memory while writing; older ones go to a temporary file. */
  private static final int WINDOW = 200;

  /** Excel refuses an explicit list longer than this; longer lists go on the options sheet. */
  private static final int MAX_EXPLICIT_LIST = 250;

  /** Excel's limits on an input prompt's title and text. */
  private static final int MAX_PROMPT_TITLE = 32;

  private static final int MAX_PROMPT_TEXT = 255;

  /** The first data row (0-based): below the headers and the machine codes. */
  static final int FIRST_DATA_ROW = 2;

  /** Columns before the first field: unit id, unit name, parent units. */
  static final int FIXED_COLUMNS = 3;

  private static final int MIN_WIDTH = 8;

  private ReportTemplate() {}

  /** What the template is for, and its rows. */
  record Content(
      String tenantId,
      Form form,
      String period,
      String orgUnit,
      TemplateText text,
      Instant generated,
      List<TemplateUnit> units) {}

  static byte[] xlsx(Content content, JsonMapper json) {
    SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    book.setCompressTempFiles(true);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      new Writer(book, content, json).write();
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      book.dispose();
      try {
        book.close();
      } catch (IOException e) {
        // Nothing was written to a file that needs closing: the bytes are already out.
      }
    }
  }

  /** One workbook being written. */
  private static final class Writer {
    private final Workbook book;
    private final Content content;
    private final TemplateText text;
    private final JsonMapper json;
    private final List<Field> fields;
    private final int[] widths;
    private final CellStyle header;
    private final CellStyle codes;
    private final CellStyle fixed;
    private final CellStyle textCell;
    private final CellStyle wholeNumber;
    private Sheet options;
    private int optionRows;

    Writer(Workbook book, Content content, JsonMapper json) {
      this.book = book;
      this.content = content;
      this.text = content.text();
      this.json = json;
      this.fields = content.form().fields();
      this.widths = new int[FIXED_COLUMNS + fields.size()];
      this.header = header(book);
      this.codes = codes(book);
      this.fixed = fixed(book);
      this.textCell = book.createCellStyle();
      textCell.setDataFormat(book.createDataFormat().getFormat("@"));
      this.wholeNumber = book.createCellStyle();
      wholeNumber.setDataFormat(book.createDataFormat().getFormat("0"));
    }

    void write() {
      Sheet sheet = book.createSheet(text.reportsSheet());
      headers(sheet);
      int r = FIRST_DATA_ROW;
      for (TemplateUnit unit : content.units()) {
        unitRow(sheet.createRow(r++), unit);
      }
      // A template without units still validates a row, so the columns look the same.
      int last = Math.max(r - 1, FIRST_DATA_ROW);
      DataValidationHelper helper = sheet.getDataValidationHelper();
      for (int f = 0; f < fields.size(); f++) {
        DataValidation validation = validation(helper, fields.get(f), FIXED_COLUMNS + f, last);
        if (validation != null) {
          sheet.addValidationData(validation);
        }
      }
      sheet.createFreezePane(0, FIRST_DATA_ROW);
      for (int c = 0; c < widths.length; c++) {
        int chars = Math.min(Workbooks.MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2));
        sheet.setColumnWidth(c, chars * 256);
      }
      meta();
      book.setActiveSheet(0);
      book.setSelectedTab(0);
    }

    private void headers(Sheet sheet) {
      Row human = sheet.createRow(0);
      Row machine = sheet.createRow(1);
      machine.setZeroHeight(true);
      List<String> names = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      names.add(text.unitIdHeader());
      keys.add(TemplateText.ORG_UNIT);
      names.add(text.unitNameHeader());
      keys.add(TemplateText.ORG_UNIT_NAME);
      names.add(text.pathHeader());
      keys.add(TemplateText.PATH);
      for (Field f : fields) {
        names.add(text.header(f));
        keys.add(f.code());
      }
      for (int c = 0; c < names.size(); c++) {
        Cell h = human.createCell(c);
        h.setCellValue(names.get(c));
        h.setCellStyle(header);
        Cell k = machine.createCell(c);
        k.setCellValue(keys.get(c));
        k.setCellStyle(codes);
        widen(c, names.get(c));
      }
    }

    private void unitRow(Row row, TemplateUnit unit) {
      fixedCell(row, 0, unit.id());
      fixedCell(row, 1, unit.name());
      fixedCell(row, 2, String.join(" / ", unit.ancestors()));
      if (unit.values() == null) {
        return;
      }
      JsonNode values = json.readTree(unit.values());
      for (int f = 0; f < fields.size(); f++) {
        Field field = fields.get(f);
        JsonNode value = values.get(field.code());
        if (value != null && !value.isNull()) {
          valueCell(row.createCell(FIXED_COLUMNS + f), field, value);
        }
      }
    }

    private void fixedCell(Row row, int column, String value) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value);
      cell.setCellStyle(fixed);
      widen(column, value);
    }

    /** A stored value as its type: a number, 是/否, an option's label, or text. */
    private void valueCell(Cell cell, Field field, JsonNode value) {
      int column = cell.getColumnIndex();
      if (value.isNumber()) {
        cell.setCellValue(value.doubleValue());
        if (field.type() == FieldType.INTEGER) {
          cell.setCellStyle(wholeNumber);
        }
        widen(column, TemplateText.plain(value.decimalValue()));
      } else if (value.isBoolean()) {
        String shown = value.booleanValue() ? text.yes() : text.no();
        cell.setCellValue(shown);
        widen(column, shown);
      } else {
        String raw = value.asString();
        String shown =
            field.type() == FieldType.ENUM
                ? field.options().stream()
                    .filter(o -> o.code().equals(raw))
                    .map(o -> o.label().in(text.locale()))
                    .findFirst()
                    .orElse(raw)
                : raw;
        cell.setCellValue(shown);
        cell.setCellStyle(textCell);
        widen(column, shown);
      }
    }

    private void widen(int column, String shown) {
      widths[column] = Math.max(widths[column], Workbooks.displayWidth(shown));
    }

    /** Excel's check for one field's column over the data rows; null for a field without one. */
    private DataValidation validation(
        DataValidationHelper helper, Field field, int column, int lastRow) {
      DataValidationConstraint constraint = constraint(helper, field);
      if (constraint == null) {
        return null;
      }
      DataValidation validation =
          helper.createValidation(
              constraint, new CellRangeAddressList(FIRST_DATA_ROW, lastRow, column, column));
      String rule = text.rule(field);
      validation.setShowPromptBox(true);
      validation.createPromptBox(
          clip(field.label().in(text.locale()), MAX_PROMPT_TITLE), clip(rule, MAX_PROMPT_TEXT));
      validation.setShowErrorBox(true);
      validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
      validation.createErrorBox(
          clip(text.errorTitle(), MAX_PROMPT_TITLE),
          clip(text.header(field) + ": " + rule, MAX_PROMPT_TEXT));
      validation.setEmptyCellAllowed(true);
      // POI maps this onto OOXML's inverted showDropDown: true here is what shows a list's arrow.
      validation.setSuppressDropDownArrow(true);
      return validation;
    }

    private DataValidationConstraint constraint(DataValidationHelper helper, Field field) {
      return switch (field.type()) {
        case BOOLEAN -> helper.createExplicitListConstraint(new String[] {text.yes(), text.no()});
        case ENUM -> list(helper, field);
        case INTEGER ->
            number(helper, DataValidationConstraint.ValidationType.INTEGER, field, "-999999999999");
        case DECIMAL, PERCENT ->
            number(helper, DataValidationConstraint.ValidationType.DECIMAL, field, null);
        case TEXT ->
            helper.createTextLengthConstraint(
                OperatorType.LESS_OR_EQUAL,
                Integer.toString(
                    field.maxLength() == null ? Field.DEFAULT_MAX_TEXT : field.maxLength()),
                null);
        case DATE -> null;
      };
    }

    /**
     * A number between the field's limits; without limits, a whole number is still checked as whole
     * (from {@code floor}), and a decimal is not checked at all.
     */
    private static DataValidationConstraint number(
        DataValidationHelper helper, int type, Field field, String floor) {
      String min = field.min() == null ? null : TemplateText.plain(field.min());
      String max = field.max() == null ? null : TemplateText.plain(field.max());
      if (min != null && max != null) {
        return helper.createNumericConstraint(type, OperatorType.BETWEEN, min, max);
      }
      if (min != null) {
        return helper.createNumericConstraint(type, OperatorType.GREATER_OR_EQUAL, min, null);
      }
      if (max != null) {
        return helper.createNumericConstraint(type, OperatorType.LESS_OR_EQUAL, max, null);
      }
      return floor == null
          ? null
          : helper.createNumericConstraint(type, OperatorType.GREATER_OR_EQUAL, floor, null);
    }

    /**
     * The option labels in the caller's language: written into the rule when short, else listed on
     * the hidden options sheet and referred to (Excel caps explicit lists at 255 characters).
     */
    private DataValidationConstraint list(DataValidationHelper helper, Field field) {
      String[] labels =
          field.options().stream().map(o -> o.label().in(text.locale())).toArray(String[]::new);
      boolean fits =
          String.join(",", labels).length() <= MAX_EXPLICIT_LIST
              && java.util.Arrays.stream(labels)
                  .noneMatch(l -> l.contains(",") || l.contains("\""));
      if (fits) {
        return helper.createExplicitListConstraint(labels);
      }
      if (options == null) {
        options = book.createSheet(text.optionsSheet());
      }
      int first = optionRows;
      for (Option o : field.options()) {
        Row row = options.createRow(optionRows++);
        row.createCell(0).setCellValue(o.label().in(text.locale()));
        row.createCell(1).setCellValue(field.code());
        row.createCell(2).setCellValue(o.code());
      }
      String range =
          "'"
              + text.optionsSheet()
              + "'!$A$"
              + (first + 1)
              + ":$A$"
              + Math.max(first + 1, optionRows);
      return helper.createFormulaListConstraint(range);
    }

    /** The hidden key/value sheet an upload reads to know what the file is for. */
    private void meta() {
      Sheet meta = book.createSheet(TemplateText.META_SHEET);
      String[][] rows = {
        {"tenant", content.tenantId()},
        {"form", content.form().code()},
        {"period", content.period()},
        {"orgUnit", content.orgUnit() == null ? "" : content.orgUnit()},
        {"language", text.language()},
        {"generated", content.generated().toString()}
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = meta.createRow(r);
        row.createCell(0).setCellValue(rows[r][0]);
        row.createCell(1).setCellValue(rows[r][1]);
      }
      for (int s = 1; s < book.getNumberOfSheets(); s++) {
        book.setSheetHidden(s, true);
      }
    }

    private static CellStyle header(Workbook book) {
      Font bold = book.createFont();
      bold.setBold(true);
      CellStyle style = book.createCellStyle();
      style.setFont(bold);
      style.setWrapText(true);
      style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      return style;
    }

    private static CellStyle codes(Workbook book) {
      Font grey = book.createFont();
      grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
      CellStyle style = book.createCellStyle();
      style.setFont(grey);
      style.setDataFormat(book.createDataFormat().getFormat("@"));
      return style;
    }

    /** Id, name and parents: grey, so they read as given rather than to be filled in. */
    private static CellStyle fixed(Workbook book) {
      CellStyle style = book.createCellStyle();
      style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      style.setDataFormat(book.createDataFormat().getFormat("@"));
      return style;
    }
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** The spreadsheet column letter of a 0-based column index, e.g. 0 → A. */
  static String columnLetter(int column) {
    return CellReference.convertNumToColString(column);
  }
}

package org.shequ.server.progress;

/** One sheet of an exported workbook: a table, or charts drawn from their own small tables. */
public sealed interface WorkbookSheet permits Table, ChartSheet {
  String sheetName();
}

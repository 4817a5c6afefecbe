package org.shequ.server.table;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * The rows of an uploaded file.
 *
 * @param rows every row the file has, blank ones included, in order
 * @param charset the encoding a CSV file was read in; null for a workbook
 * @param properties a workbook's key/value sheet (see {@link XlsxTables#read}); empty otherwise
 */
public record Table(List<TableRow> rows, Charset charset, Map<String, String> properties) {
  public Table {
    rows = List.copyOf(rows);
    properties = Map.copyOf(properties);
  }
}

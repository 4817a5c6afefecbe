package org.shequ.server.table;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * CSV files (RFC 4180: commas, double-quoted cells with {@code ""} escapes and line breaks inside,
 * CRLF or LF line ends) read by Jackson's CSV dataformat, one record at a time. Cells are kept as
 * the file writes them: a cell that looks like a formula stays text.
 */
public final class CsvTables {
  private static final ObjectReader RECORDS =
      CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build().readerFor(String[].class);

  private CsvTables() {}

  /**
   * The rows of a CSV file (see {@link TextEncodings#decode} for {@code named} and {@code
   * fallback}); more than {@code maxRows} rows (blank ones aside) is a {@link TableException}.
   */
  public static Table read(byte[] bytes, Charset named, Charset fallback, int maxRows) {
    TextEncodings.Decoded decoded = TextEncodings.decode(bytes, named, fallback);
    return new Table(rows(decoded.text(), maxRows), decoded.charset(), Map.of());
  }

  /** The records of CSV text, numbered from 1. */
  static List<TableRow> rows(String text, int maxRows) {
    List<TableRow> rows = new ArrayList<>();
    int filled = 0;
    try (MappingIterator<String[]> records = RECORDS.readValues(text)) {
      while (records.hasNextValue()) {
        TableRow row = new TableRow(rows.size() + 1, Arrays.asList(records.nextValue()));
        if (!row.blank() && ++filled > maxRows) {
          throw new TableException(TableException.Reason.TOO_MANY_ROWS, "over " + maxRows);
        }
        rows.add(row);
      }
    } catch (JacksonException e) {
      throw new TableException(TableException.Reason.UNREADABLE, e.getOriginalMessage(), e);
    }
    return rows;
  }
}

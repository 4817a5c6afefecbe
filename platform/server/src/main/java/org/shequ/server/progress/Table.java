package org.shequ.server.progress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table ready for export: column headers in the caller's language and rows of cells. A cell is a
 * {@link Number} (a numeric cell), a {@link java.time.LocalDate} (a date cell), an {@link
 * java.time.Instant} (a date-time cell, in UTC), any other object as its text, or null (empty).
 */
public record Table(String sheetName, List<String> headers, List<List<Object>> rows)
    implements WorkbookSheet {
  public Table {
    headers = List.copyOf(headers);
    rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
  }
}

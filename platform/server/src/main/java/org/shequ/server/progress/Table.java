package org.shequ.server.progress;

import java.util.List;

/** A table ready for export: Chinese column headers and rows of cells (strings or numbers). */
public record Table(String sheetName, List<String> headers, List<List<Object>> rows) {
  public Table {
    headers = List.copyOf(headers);
    rows =
        rows.stream()
            .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
            .toList();
  }
}

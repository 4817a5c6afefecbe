package org.shequ.server.table;

import java.util.List;

/**
 * One row of an uploaded table.
 *
 * @param number the row's number as a spreadsheet shows it, counting from 1 (for a CSV file, its
 *     record number: a quoted line break does not start a new row)
 * @param cells the cells' texts, column A first; an empty cell is an empty string, never null
 */
public record TableRow(int number, List<String> cells) {
  public TableRow {
    cells = List.copyOf(cells);
  }

  /** The text of the cell in column {@code index} (0 for A), or "" beyond the row's last cell. */
  public String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  /** Whether every cell is empty or white space. */
  public boolean blank() {
    return cells.stream().allMatch(String::isBlank);
  }
}

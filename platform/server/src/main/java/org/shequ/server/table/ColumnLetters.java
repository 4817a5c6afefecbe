package org.shequ.server.table;

/** Spreadsheet column letters: A … Z, AA … */
public final class ColumnLetters {
  private ColumnLetters() {}

  /** The letter of the column at {@code index}, counting from 0 for A. */
  public static String of(int index) {
    StringBuilder out = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      out.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return out.toString();
  }

  /** The index (0 for A) of a cell reference's column, e.g. 27 for {@code AB3}. */
  public static int indexOf(String reference) {
    int n = 0;
    for (int i = 0; i < reference.length(); i++) {
      char ch = reference.charAt(i);
      if (ch < 'A' || ch > 'Z') {
        break;
      }
      n = n * 26 + (ch - 'A' + 1);
    }
    return n - 1;
  }
}

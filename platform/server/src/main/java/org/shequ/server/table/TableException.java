package org.shequ.server.table;

/**
 * A file that could not be read as a table. The reader says why by {@link Reason}; each caller
 * turns it into its own answer.
 */
public class TableException extends RuntimeException {
  /** Why a file was not read. */
  public enum Reason {
    /** Not a CSV or XLSX file, or a damaged one. */
    UNREADABLE,
    /** A CSV file in neither UTF-8 nor the fallback encoding. */
    UNKNOWN_ENCODING,
    /** A CSV file whose bytes are not valid in the encoding the caller named. */
    NOT_IN_CHARSET,
    /** More rows than the caller allows; the reader stops as soon as it sees one too many. */
    TOO_MANY_ROWS,
    /** A workbook part inflating beyond POI's limits: a compressed "bomb". */
    BOMB
  }

  private final Reason reason;

  public TableException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public TableException(Reason reason, String message) {
    this(reason, message, null);
  }

  public Reason reason() {
    return reason;
  }
}

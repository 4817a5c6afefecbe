package org.shequ.server.report;

/** What a batch did with one row. */
enum BatchOutcome {
  /** New versions were stored. */
  STORED,
  /** The report already says what the row says, in the status the action leads to. */
  UNCHANGED,
  /** The row has errors; nothing of it is stored. */
  REFUSED,
  /** A dry run found the row valid; it would be stored. */
  CHECKED
}

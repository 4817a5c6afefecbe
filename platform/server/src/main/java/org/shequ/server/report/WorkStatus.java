package org.shequ.server.report;

/** Where a form due for a unit stands: not begun yet, or its report's review status. */
enum WorkStatus {
  NOT_STARTED,
  DRAFT,
  SUBMITTED,
  RETURNED,
  APPROVED
}

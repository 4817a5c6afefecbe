package org.shequ.server.report;

/** Where a report stands in review. */
enum ReportStatus {
  DRAFT,
  SUBMITTED,
  APPROVED,
  RETURNED
}

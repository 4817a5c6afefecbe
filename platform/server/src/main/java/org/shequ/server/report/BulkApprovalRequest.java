package org.shequ.server.report;

import java.util.List;

/**
 * The body of {@code POST …/reports/approve}: the reports to approve, each at the version the
 * reviewer saw (as {@code If-Match} is for a single approval).
 */
record BulkApprovalRequest(List<ReportToApprove> reports) {

  /** One report and the version it was read at. */
  record ReportToApprove(String formCode, String orgUnitId, String period, Integer version) {}
}

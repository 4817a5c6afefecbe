package org.shequ.server.report;

/** Which report: one form, one org unit, one period, in the tenant of the transaction. */
record ReportKey(String tenantId, String formCode, String orgUnitId, String period) {
  /** How the report is named in the audit log. */
  String resource() {
    return "report/" + formCode + "/" + orgUnitId + "/" + period;
  }
}

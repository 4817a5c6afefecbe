package org.shequ.server.report;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/**
 * A report as a list shows it: the report as it stands now, with what a reviewer scans a queue for.
 *
 * @param orgUnitName the unit's current Chinese name; null when the unit is gone from the registry
 * @param warningCount how many of the plan's warnings the current values raise
 */
record ReportListItem(
    String tenant,
    String formCode,
    String planId,
    String planVersion,
    String orgUnitId,
    String orgUnitName,
    String period,
    int version,
    ReportStatus status,
    boolean late,
    JsonNode values,
    JsonNode warnings,
    int warningCount,
    ReportAction lastAction,
    String actor,
    OffsetDateTime at,
    String comment) {

  static ReportListItem of(String tenant, ReportVersion v, String orgUnitName) {
    return new ReportListItem(
        tenant,
        v.formCode(),
        v.planId(),
        v.planVersion(),
        v.orgUnitId(),
        orgUnitName,
        v.period(),
        v.version(),
        v.status(),
        v.late(),
        v.values(),
        v.warnings(),
        v.warnings() == null ? 0 : v.warnings().size(),
        v.action(),
        v.actor(),
        v.at(),
        v.comment());
  }
}

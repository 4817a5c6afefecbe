package org.shequ.server.report;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/**
 * A report as it stands now (its highest version).
 *
 * @param warnings the plan's warnings on its values, shown to reporters and reviewers; they never
 *     block saving or submitting
 */
record ReportView(
    String tenant,
    String formCode,
    String planId,
    String planVersion,
    String orgUnitId,
    String period,
    int version,
    ReportStatus status,
    boolean late,
    JsonNode values,
    JsonNode warnings,
    ReportAction lastAction,
    String actor,
    OffsetDateTime at,
    String comment) {

  static ReportView of(String tenant, ReportVersion v) {
    return new ReportView(
        tenant,
        v.formCode(),
        v.planId(),
        v.planVersion(),
        v.orgUnitId(),
        v.period(),
        v.version(),
        v.status(),
        v.late(),
        v.values(),
        v.warnings(),
        v.action(),
        v.actor(),
        v.at(),
        v.comment());
  }
}

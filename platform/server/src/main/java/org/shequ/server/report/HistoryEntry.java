package org.shequ.server.report;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/**
 * One step in a report's history.
 *
 * @param planId the plan the report was filed under at this step
 * @param planVersion the version of that plan (its plugin's version)
 * @param warnings the plan's warnings on the report's values after this step
 */
record HistoryEntry(
    int version,
    String planId,
    String planVersion,
    ReportAction action,
    ReportStatus status,
    boolean late,
    String actor,
    OffsetDateTime at,
    JsonNode changes,
    JsonNode warnings,
    String comment) {

  static HistoryEntry of(ReportVersion v) {
    return new HistoryEntry(
        v.version(),
        v.planId(),
        v.planVersion(),
        v.action(),
        v.status(),
        v.late(),
        v.actor(),
        v.at(),
        v.changes(),
        v.warnings(),
        v.comment());
  }
}

package org.shequ.server.report;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/** One step in a report's history. */
record HistoryEntry(
    int version,
    ReportAction action,
    ReportStatus status,
    boolean late,
    String actor,
    OffsetDateTime at,
    JsonNode changes,
    String comment) {

  static HistoryEntry of(ReportVersion v) {
    return new HistoryEntry(
        v.version(), v.action(), v.status(), v.late(), v.actor(), v.at(), v.changes(), v.comment());
  }
}

package org.shequ.server.report;

import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A report as it stands now (its highest version).
 *
 * @param warnings the plan's warnings on its values, shown to reporters and reviewers; they never
 *     block saving or submitting
 * @param missing codes of the fields still required before the report can be submitted (a draft may
 *     leave them empty); absent where the values are not checked, as in the list of reports
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
    String comment,
    List<String> missing) {

  /** The view of a list, whose values are not checked again. */
  static ReportView of(String tenant, ReportVersion v) {
    return of(tenant, v, null);
  }

  static ReportView of(String tenant, ReportVersion v, List<String> missing) {
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
        v.comment(),
        missing);
  }
}

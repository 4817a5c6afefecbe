package org.shequ.server.report;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/**
 * One stored version of a report: what it said after one step, who took the step and when.
 *
 * @param changes per field that changed in this step, {@code {"from": …, "to": …}}
 * @param planVersion the version of the plan (its plugin's version) the report was filed under
 * @param warnings the plan's warnings on {@code values} (see {@link ReportWarnings}); never block
 */
record ReportVersion(
    String formCode,
    String orgUnitId,
    String period,
    int version,
    String planId,
    String planVersion,
    ReportStatus status,
    ReportAction action,
    JsonNode values,
    JsonNode changes,
    JsonNode warnings,
    String comment,
    boolean late,
    String actor,
    OffsetDateTime at) {}

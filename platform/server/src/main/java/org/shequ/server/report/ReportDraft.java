package org.shequ.server.report;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code PUT …/reports/{formCode}/{orgUnitId}/{period}}.
 *
 * @param values field code → value; null or absent means not filled in
 * @param comment an optional note kept with the version
 */
record ReportDraft(Map<String, JsonNode> values, String comment) {}

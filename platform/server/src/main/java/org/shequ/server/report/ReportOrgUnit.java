package org.shequ.server.report;

/**
 * The current state of the org unit a report is for.
 *
 * @param area URBAN or RURAL for communities; null when not set
 */
record ReportOrgUnit(String id, String level, String area, String nameZh, boolean active) {}

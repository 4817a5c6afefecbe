package org.shequ.server.report;

/**
 * A report version a batch appends, its JSON already written as text for the database.
 *
 * @param values the report's values after this version
 * @param changes per field that changed, as {@link ReportValues#changes} writes them
 * @param warnings the plan's warnings on the values, as {@link ReportWarnings} writes them
 */
record BatchVersion(
    String orgUnitId,
    int version,
    ReportStatus status,
    ReportAction action,
    String values,
    String changes,
    String warnings,
    String comment,
    boolean late) {}

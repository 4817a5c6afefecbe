package org.shequ.server.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.shequ.plan.api.LocalizedText;

/**
 * One form due for one unit in one period, and where its report stands.
 *
 * @param orgUnitName the unit's Chinese name in the period
 * @param orgUnitNameEn its English name, when it has one
 * @param opens first day reports are taken; null when the region admin set no window
 * @param closes last day a submission is on time; null when no window is set
 * @param version the report's current version; null when not started
 * @param comment the reviewer's comment, when the report was returned
 * @param late submitted after {@code closes}, or still not submitted while today is after it
 * @param updatedAt when the report last changed; null when not started
 */
record WorkItem(
    String formCode,
    LocalizedText title,
    String orgUnitId,
    String orgUnitName,
    String orgUnitNameEn,
    int period,
    LocalDate opens,
    LocalDate closes,
    WorkStatus status,
    Integer version,
    String comment,
    boolean late,
    OffsetDateTime updatedAt) {}

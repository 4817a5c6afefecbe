package org.shequ.server.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** When one period of one form is open for reporting (both days inclusive). */
record CalendarEntry(
    String formCode,
    String period,
    LocalDate opens,
    LocalDate closes,
    String updatedBy,
    OffsetDateTime updatedAt) {}

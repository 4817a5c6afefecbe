package org.shequ.server.report;

import java.time.LocalDate;

/** The body of {@code PUT …/calendar/{formCode}/{period}}. */
record CalendarWindow(LocalDate opens, LocalDate closes) {}

package org.shequ.server.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The tenant's reporting calendar. Days are China Standard Time days: a report submitted on the
 * closing day is on time, one submitted the day after is late.
 */
@Component
class ReportingCalendar {
  static final String ZONE = "Asia/Shanghai";

  /** Where today stands against a calendar entry. */
  enum Timing {
    OPEN,
    NOT_YET_OPEN,
    LATE
  }

  /** The entry with today's timing against it; empty when the period has no entry (open). */
  record Check(CalendarEntry entry, Timing timing) {}

  Mono<CalendarEntry> find(DatabaseClient db, String tenantId, String formCode, String period) {
    return db.sql(SELECT + " AND form_code = :f")
        .bind("t", tenantId)
        .bind("f", formCode)
        .bind("p", period)
        .map(ReportingCalendar::entry)
        .one();
  }

  /** Every form's entry for one period, in one query. */
  Flux<CalendarEntry> findAll(DatabaseClient db, String tenantId, String period) {
    return db.sql(SELECT).bind("t", tenantId).bind("p", period).map(ReportingCalendar::entry).all();
  }

  private static final String SELECT =
      "SELECT form_code, period, opens, closes, updated_by, updated_at"
          + " FROM reporting_calendar WHERE tenant_id = :t AND period = :p";

  private static CalendarEntry entry(io.r2dbc.spi.Readable r) {
    return new CalendarEntry(
        r.get("form_code", String.class),
        r.get("period", String.class),
        r.get("opens", LocalDate.class),
        r.get("closes", LocalDate.class),
        r.get("updated_by", String.class),
        r.get("updated_at", OffsetDateTime.class));
  }

  /** Today (China time, from the database clock so every replica agrees) against the entry. */
  Mono<Check> check(DatabaseClient db, String tenantId, String formCode, String period) {
    return find(db, tenantId, formCode, period)
        .flatMap(
            entry ->
                db.sql("SELECT CAST(now() AT TIME ZONE '" + ZONE + "' AS date) AS today")
                    .map(r -> r.get("today", LocalDate.class))
                    .one()
                    .map(
                        today ->
                            new Check(
                                entry,
                                today.isBefore(entry.opens())
                                    ? Timing.NOT_YET_OPEN
                                    : today.isAfter(entry.closes()) ? Timing.LATE : Timing.OPEN)));
  }

  Mono<CalendarEntry> save(
      DatabaseClient db,
      String tenantId,
      String formCode,
      String period,
      CalendarWindow w,
      String by) {
    return db.sql(
            """
            INSERT INTO reporting_calendar (tenant_id, form_code, period, opens, closes, updated_by)
            VALUES (:t, :f, :p, :o, :c, :by)
            ON CONFLICT (tenant_id, form_code, period) DO UPDATE
              SET opens = EXCLUDED.opens, closes = EXCLUDED.closes,
                  updated_by = EXCLUDED.updated_by, updated_at = now()
            RETURNING updated_at
            """)
        .bind("t", tenantId)
        .bind("f", formCode)
        .bind("p", period)
        .bind("o", w.opens())
        .bind("c", w.closes())
        .bind("by", by)
        .map(r -> r.get("updated_at", OffsetDateTime.class))
        .one()
        .map(at -> new CalendarEntry(formCode, period, w.opens(), w.closes(), by, at));
  }
}

package org.shequ.server.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Every reporting window the region admin has set, of every form and period, in one query. Must run
 * inside a tenant transaction.
 */
@Component
class CalendarWindowStore {

  /** The stored windows, of one period when {@code period} is not null. */
  Flux<CalendarEntry> all(DatabaseClient db, String tenantId, String period) {
    String sql =
        "SELECT form_code, period, opens, closes, updated_by, updated_at"
            + " FROM reporting_calendar WHERE tenant_id = :t"
            + (period == null ? "" : " AND period = :p");
    var spec = db.sql(sql).bind("t", tenantId);
    if (period != null) {
      spec = spec.bind("p", period);
    }
    return spec.map(
            r ->
                new CalendarEntry(
                    r.get("form_code", String.class),
                    r.get("period", String.class),
                    r.get("opens", LocalDate.class),
                    r.get("closes", LocalDate.class),
                    r.get("updated_by", String.class),
                    r.get("updated_at", OffsetDateTime.class)))
        .all();
  }
}

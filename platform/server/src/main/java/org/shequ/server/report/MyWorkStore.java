package org.shequ.server.report;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.shequ.plan.api.Form;
import org.shequ.plan.api.LocalizedText;
import org.shequ.server.security.Caller;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads the forms due for a caller's units in one period with their reports' states, in one query:
 * the plan's forms crossed with the units of each form's level and area that were active in the
 * period, each with its reporting window and the latest version of its report. Must run inside a
 * tenant transaction.
 */
@Component
class MyWorkStore {

  /** What to list; {@code status} null for any. */
  record Query(
      String tenantId,
      Caller caller,
      int period,
      List<Form> forms,
      WorkStatus status,
      LocalDate today,
      int page,
      int size) {}

  /** One page of items and the number of items over all pages. */
  record Page(List<WorkItem> items, long total) {}

  Mono<Page> find(DatabaseClient db, Query q) {
    if (q.forms().isEmpty()) {
      return Mono.just(new Page(List.of(), 0));
    }
    Map<String, LocalizedText> titles =
        q.forms().stream().collect(java.util.stream.Collectors.toMap(Form::code, Form::title));
    boolean subtree = ReportOrgUnits.restrictedToSubtree(q.caller());
    var spec =
        db.sql(sql(subtree, q.status() != null))
            .bind("t", q.tenantId())
            .bind("p", Integer.toString(q.period()))
            .bind("yearStart", LocalDate.of(q.period(), 1, 1))
            .bind("yearEnd", LocalDate.of(q.period(), 12, 31))
            .bind("today", q.today())
            .bind("codes", q.forms().stream().map(Form::code).toArray(String[]::new))
            .bind("levels", q.forms().stream().map(f -> f.level().name()).toArray(String[]::new))
            .bind("areas", q.forms().stream().map(f -> f.appliesTo().name()).toArray(String[]::new))
            .bind("limit", q.size())
            .bind("offset", (long) q.page() * q.size());
    if (subtree) {
      // A reporter without an org unit sees nothing: no unit is called "".
      spec = spec.bind("own", q.caller().orgUnitArray());
    }
    if (q.status() != null) {
      spec = spec.bind("s", q.status().name());
    }
    return spec.map(r -> new Row(item(r, titles, q.period()), r.get("total", Long.class)))
        .all()
        .collectList()
        .map(
            rows ->
                new Page(
                    rows.stream().map(Row::item).toList(),
                    rows.isEmpty() ? 0 : rows.get(0).total()));
  }

  private record Row(WorkItem item, long total) {}

  private static WorkItem item(Readable r, Map<String, LocalizedText> titles, int period) {
    String formCode = r.get("form_code", String.class);
    String status = r.get("status", String.class);
    WorkStatus work = WorkStatus.valueOf(status);
    return new WorkItem(
        formCode,
        titles.get(formCode),
        r.get("org_unit_id", String.class),
        r.get("name_zh", String.class),
        r.get("name_en", String.class),
        period,
        r.get("opens", LocalDate.class),
        r.get("closes", LocalDate.class),
        work,
        r.get("version", Integer.class),
        work == WorkStatus.RETURNED ? r.get("comment", String.class) : null,
        Boolean.TRUE.equals(r.get("is_late", Boolean.class)),
        r.get("at", OffsetDateTime.class));
  }

  /**
   * A unit is due a form when its level is the form's and its area the form's (or the form is for
   * all areas), in its latest active state during the year; its tree is today's.
   */
  private static String sql(boolean subtree, boolean byStatus) {
    String units =
        """
        SELECT DISTINCT ON (u.org_unit_id) u.org_unit_id, u.level, v.area, v.name_zh, v.name_en
        FROM org_unit u
        JOIN org_unit_version v ON v.tenant_id = u.tenant_id AND v.org_unit_id = u.org_unit_id
        WHERE u.tenant_id = :t AND v.active
          AND v.valid_from <= :yearEnd AND (v.valid_to IS NULL OR v.valid_to > :yearStart)
        """
            + (subtree ? " AND u.org_unit_id IN (" + ReportOrgUnits.SUBTREE_IDS + ")" : "")
            + " ORDER BY u.org_unit_id, v.valid_from DESC, v.revision DESC";
    return """
        WITH form AS (
          SELECT * FROM unnest(CAST(:codes AS text[]), CAST(:levels AS text[]),
                               CAST(:areas AS text[]))
            WITH ORDINALITY AS f(form_code, level, applies, ord)
        ), unit AS (%s
        ), due AS (
          SELECT f.form_code, f.ord, n.org_unit_id, n.name_zh, n.name_en, c.opens, c.closes,
                 coalesce(r.status, 'NOT_STARTED') AS status, r.version, r.comment, r.at,
                 CASE WHEN r.status IN ('SUBMITTED', 'APPROVED') THEN r.late
                      ELSE c.closes IS NOT NULL AND CAST(:today AS date) > c.closes END AS is_late
          FROM form f
          JOIN unit n ON n.level = f.level AND (f.applies = 'ALL' OR n.area = f.applies)
          LEFT JOIN reporting_calendar c
            ON c.tenant_id = :t AND c.form_code = f.form_code AND c.period = :p
          LEFT JOIN LATERAL (
            SELECT rv.status, rv.version, rv.comment, rv.late, rv.at FROM report_version rv
            WHERE rv.tenant_id = :t AND rv.form_code = f.form_code
              AND rv.org_unit_id = n.org_unit_id AND rv.period = :p
            ORDER BY rv.version DESC LIMIT 1
          ) r ON true
        )
        SELECT *, count(*) OVER () AS total FROM due %s
        ORDER BY ord, name_zh, org_unit_id
        LIMIT :limit OFFSET :offset
        """
        .formatted(units, byStatus ? "WHERE status = :s" : "");
  }
}

package org.shequ.server.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.shequ.plan.api.Form;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The queries behind a region admin's home: three set-based reads per request, whatever the number
 * of units. Must run inside a tenant transaction (row-level security scopes every row).
 */
@Component
class ReportSummaryStore {
  static final int OVERDUE_LIMIT = 50;
  static final int LATEST_LIMIT = 10;

  /** Today in China, from the database clock so every replica agrees. */
  private static final String TODAY =
      "CAST(now() AT TIME ZONE '" + ReportingCalendar.ZONE + "' AS date)";

  /**
   * The units due to report each form: active today, of the form's level, and of its area unless
   * the form applies to all. The forms come from the plan, as three parallel arrays.
   */
  private static final String EXPECTED =
      """
      WITH form (form_code, level, area) AS (
        SELECT * FROM unnest(CAST(:codes AS text[]), CAST(:levels AS text[]),
                             CAST(:areas AS text[]))
      ), expected AS (
        SELECT f.form_code, u.org_unit_id, v.name_zh
        FROM form f
        JOIN org_unit u ON u.tenant_id = :t AND u.level = f.level
        JOIN org_unit_version v ON v.tenant_id = u.tenant_id AND v.org_unit_id = u.org_unit_id
          AND v.valid_to IS NULL AND v.active
        WHERE f.area = 'ALL' OR v.area = f.area
      )
      """;

  /** Where each expected unit's report of the period stands. */
  private static final String STANDING =
      """
      FROM expected e
      LEFT JOIN report_current rc ON rc.tenant_id = :t AND rc.form_code = e.form_code
        AND rc.period = :p AND rc.org_unit_id = e.org_unit_id
      LEFT JOIN reporting_calendar c ON c.tenant_id = :t AND c.form_code = e.form_code
        AND c.period = :p
      """;

  private static final String OVERDUE =
      "c.closes < "
          + TODAY
          + " AND coalesce(rc.status, 'NOT_STARTED') NOT IN ('SUBMITTED', 'APPROVED')";

  /** Expected units of one form in one status, and how many of them are overdue. */
  record StatusCount(String formCode, String status, long units, long overdue) {}

  Flux<StatusCount> counts(DatabaseClient db, String tenantId, String period, List<Form> forms) {
    return bindForms(
            db.sql(
                EXPECTED
                    + "SELECT e.form_code, coalesce(rc.status, 'NOT_STARTED') AS status,"
                    + " count(*) AS units, count(*) FILTER (WHERE "
                    + OVERDUE
                    + ") AS overdue "
                    + STANDING
                    + " GROUP BY e.form_code, coalesce(rc.status, 'NOT_STARTED')"),
            tenantId,
            period,
            forms)
        .map(
            r ->
                new StatusCount(
                    r.get("form_code", String.class),
                    r.get("status", String.class),
                    r.get("units", Long.class),
                    r.get("overdue", Long.class)))
        .all();
  }

  Flux<ReportSummary.OverdueUnit> overdue(
      DatabaseClient db, String tenantId, String period, List<Form> forms) {
    return bindForms(
            db.sql(
                EXPECTED
                    + "SELECT e.form_code, e.org_unit_id, e.name_zh, c.closes,"
                    + " coalesce(rc.status, 'NOT_STARTED') AS status "
                    + STANDING
                    + " WHERE "
                    + OVERDUE
                    + " ORDER BY c.closes, e.form_code, e.org_unit_id LIMIT "
                    + OVERDUE_LIMIT),
            tenantId,
            period,
            forms)
        .map(
            r ->
                new ReportSummary.OverdueUnit(
                    r.get("form_code", String.class),
                    r.get("org_unit_id", String.class),
                    r.get("name_zh", String.class),
                    r.get("closes", LocalDate.class),
                    r.get("status", String.class)))
        .all();
  }

  /** The latest submissions of the period, each with its report's status now. */
  Flux<ReportSummary.LatestSubmission> latest(DatabaseClient db, String tenantId, String period) {
    return db.sql(
            """
            SELECT s.form_code, s.org_unit_id, v.name_zh, s.period,
                   coalesce(rc.status, s.status) AS status, s.actor, s.at, s.late
            FROM (SELECT form_code, org_unit_id, period, status, actor, at, late
                  FROM report_version
                  WHERE tenant_id = :t AND period = :p AND action = 'SUBMIT'
                  ORDER BY at DESC, form_code, org_unit_id LIMIT :limit) s
            LEFT JOIN report_current rc ON rc.tenant_id = :t AND rc.form_code = s.form_code
              AND rc.period = s.period AND rc.org_unit_id = s.org_unit_id
            LEFT JOIN org_unit_version v ON v.tenant_id = :t AND v.org_unit_id = s.org_unit_id
              AND v.valid_to IS NULL
            ORDER BY s.at DESC, s.form_code, s.org_unit_id
            """)
        .bind("t", tenantId)
        .bind("p", period)
        .bind("limit", LATEST_LIMIT)
        .map(
            r ->
                new ReportSummary.LatestSubmission(
                    r.get("form_code", String.class),
                    r.get("org_unit_id", String.class),
                    r.get("name_zh", String.class),
                    r.get("period", String.class),
                    r.get("status", String.class),
                    r.get("actor", String.class),
                    r.get("at", OffsetDateTime.class),
                    Boolean.TRUE.equals(r.get("late", Boolean.class))))
        .all();
  }

  private static DatabaseClient.GenericExecuteSpec bindForms(
      DatabaseClient.GenericExecuteSpec spec, String tenantId, String period, List<Form> forms) {
    return spec.bind("t", tenantId)
        .bind("p", period)
        .bind("codes", forms.stream().map(Form::code).toArray(String[]::new))
        .bind("levels", forms.stream().map(f -> f.level().name()).toArray(String[]::new))
        .bind("areas", forms.stream().map(f -> f.appliesTo().name()).toArray(String[]::new));
  }
}

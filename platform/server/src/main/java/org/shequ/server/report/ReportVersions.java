package org.shequ.server.report;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only table of report versions. Versions are only ever inserted; the current report is
 * the highest version, and two writers of the same version collide on the primary key.
 */
@Component
class ReportVersions {
  /**
   * The plan version of a report version; one written before versions were recorded reads as its
   * plan's first recorded snapshot, the version served when recording began.
   */
  static final String PLAN_VERSION =
      "coalesce(plan_version, (SELECT s.plugin_version FROM plan_snapshot s"
          + " WHERE s.plan_id = report_version.plan_id ORDER BY s.first_loaded_at LIMIT 1))"
          + " AS plan_version";

  static final String COLUMNS =
      "form_code, org_unit_id, period, version, plan_id, "
          + PLAN_VERSION
          + ", status, action,"
          + " field_values::text AS field_values, changes::text AS changes,"
          + " warnings::text AS warnings, comment, late, actor, at";

  private final JsonMapper json;

  ReportVersions(JsonMapper json) {
    this.json = json;
  }

  Mono<ReportVersion> current(DatabaseClient db, ReportKey key) {
    return db.sql(
            "SELECT "
                + COLUMNS
                + " FROM report_version WHERE tenant_id = :t AND form_code = :f"
                + " AND org_unit_id = :u AND period = :p ORDER BY version DESC LIMIT 1")
        .bind("t", key.tenantId())
        .bind("f", key.formCode())
        .bind("u", key.orgUnitId())
        .bind("p", key.period())
        .map(this::map)
        .one();
  }

  Flux<ReportVersion> history(DatabaseClient db, ReportKey key) {
    return db.sql(
            "SELECT "
                + COLUMNS
                + " FROM report_version WHERE tenant_id = :t AND form_code = :f"
                + " AND org_unit_id = :u AND period = :p ORDER BY version")
        .bind("t", key.tenantId())
        .bind("f", key.formCode())
        .bind("u", key.orgUnitId())
        .bind("p", key.period())
        .map(this::map)
        .all();
  }

  /**
   * Appends a version and its audit entry in one statement; fails with a duplicate key when another
   * writer took the number first.
   */
  Mono<ReportVersion> insert(
      DatabaseClient db, ReportKey key, ReportVersion v, String auditAction, String auditDetail) {
    var spec =
        db.sql(
                """
                WITH version AS (
                  INSERT INTO report_version (tenant_id, form_code, org_unit_id, period, version,
                    plan_id, plan_version, status, action, field_values, changes, warnings, comment, late,
                    actor)
                  VALUES (:t, :f, :u, :p, :version, :plan, :planVersion, :status, :action,
                    CAST(:values AS jsonb), CAST(:changes AS jsonb), CAST(:warnings AS jsonb),
                    :comment, :late, :actor)
                  RETURNING at
                ), audit AS (
                  INSERT INTO audit_log (tenant_id, actor, action, resource, detail)
                  VALUES (:t, :actor, :auditAction, :resource, CAST(:auditDetail AS jsonb))
                )
                SELECT at FROM version
                """)
            .bind("t", key.tenantId())
            .bind("f", key.formCode())
            .bind("u", key.orgUnitId())
            .bind("p", key.period())
            .bind("version", v.version())
            .bind("plan", v.planId())
            .bind("status", v.status().name())
            .bind("action", v.action().name())
            .bind("values", json.writeValueAsString(v.values()))
            .bind("changes", json.writeValueAsString(v.changes()))
            .bind("warnings", json.writeValueAsString(v.warnings()))
            .bind("late", v.late())
            .bind("actor", v.actor())
            .bind("auditAction", auditAction)
            .bind("resource", key.resource())
            .bind("auditDetail", auditDetail);
    spec =
        v.planVersion() == null
            ? spec.bindNull("planVersion", String.class)
            : spec.bind("planVersion", v.planVersion());
    spec =
        v.comment() == null
            ? spec.bindNull("comment", String.class)
            : spec.bind("comment", v.comment());
    return spec.map(r -> r.get("at", OffsetDateTime.class))
        .one()
        .map(
            at ->
                new ReportVersion(
                    v.formCode(),
                    v.orgUnitId(),
                    v.period(),
                    v.version(),
                    v.planId(),
                    v.planVersion(),
                    v.status(),
                    v.action(),
                    v.values(),
                    v.changes(),
                    v.warnings(),
                    v.comment(),
                    v.late(),
                    v.actor(),
                    at));
  }

  ReportVersion map(Readable r) {
    return new ReportVersion(
        r.get("form_code", String.class),
        r.get("org_unit_id", String.class),
        r.get("period", String.class),
        r.get("version", Integer.class),
        r.get("plan_id", String.class),
        r.get("plan_version", String.class),
        ReportStatus.valueOf(r.get("status", String.class)),
        ReportAction.valueOf(r.get("action", String.class)),
        tree(r.get("field_values", String.class)),
        tree(r.get("changes", String.class)),
        tree(r.get("warnings", String.class)),
        r.get("comment", String.class),
        Boolean.TRUE.equals(r.get("late", Boolean.class)),
        r.get("actor", String.class),
        r.get("at", OffsetDateTime.class));
  }

  private JsonNode tree(String text) {
    return json.readTree(text);
  }
}

package org.shequ.server.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shequ.server.progress.RollupBatchFold;
import org.shequ.server.storage.JsonLines;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The set-based SQL of a batch upload: the units, scope and current reports of a whole file in a
 * few queries, and its versions and audit entries in multi-row statements. Runs inside a tenant
 * transaction, so row-level security admits the tenant's rows only.
 */
@Component
class ReportBatchStore {
  /** Ids per {@code = ANY(…)} query: the array stays well under a megabyte. */
  private static final int IDS_PER_QUERY = 10_000;

  private final JsonMapper json;

  ReportBatchStore(JsonMapper json) {
    this.json = json;
  }

  /**
   * The report's state a batch row is checked against.
   *
   * @param counted what the progress roll-up counts of it as submitted (its values when submitted
   *     or approved, else its last approved values), as JSON text; null when nothing
   */
  record Current(int version, ReportStatus status, JsonNode values, String counted) {}

  /** An earlier stored upload of the same file. */
  record PreviousUpload(OffsetDateTime at, String actor, int stored) {}

  /** The units among {@code ids} the tenant has, as they stand today. */
  Mono<Map<String, ReportOrgUnit>> units(
      DatabaseClient db, String tenantId, Collection<String> ids) {
    return chunks(ids)
        .concatMap(
            chunk ->
                db.sql(
                        """
                        SELECT u.org_unit_id, u.level, v.area, v.name_zh, v.active
                        FROM org_unit u
                        JOIN org_unit_version v ON v.tenant_id = u.tenant_id
                          AND v.org_unit_id = u.org_unit_id AND v.valid_to IS NULL
                        WHERE u.tenant_id = :t AND u.org_unit_id = ANY(CAST(:ids AS text[]))
                        """)
                    .bind("t", tenantId)
                    .bind("ids", chunk)
                    .map(
                        r ->
                            new ReportOrgUnit(
                                r.get("org_unit_id", String.class),
                                r.get("level", String.class),
                                r.get("area", String.class),
                                r.get("name_zh", String.class),
                                Boolean.TRUE.equals(r.get("active", Boolean.class))))
                    .all())
        .collectMap(ReportOrgUnit::id, u -> u, HashMap::new);
  }

  /** The ids of {@code roots} and every unit below them in today's tree. */
  Mono<Set<String>> subtree(DatabaseClient db, String tenantId, Collection<String> roots) {
    return db.sql(ReportOrgUnits.SUBTREE_IDS)
        .bind("own", roots.toArray(String[]::new))
        .bind("t", tenantId)
        .map(r -> r.get("id", String.class))
        .all()
        .collect(HashSet::new, Set::add);
  }

  /** The latest version of each of the units' reports of the form and period. */
  Mono<Map<String, Current>> current(
      DatabaseClient db, String tenantId, String formCode, String period, Collection<String> ids) {
    return chunks(ids)
        .concatMap(
            chunk ->
                db.sql(
                        """
                        SELECT org_unit_id, version, status, field_values::text AS field_values,
                          (%s)::text AS counted
                        FROM report_current
                        WHERE tenant_id = :t AND form_code = :f AND period = :p
                          AND org_unit_id = ANY(CAST(:ids AS text[]))
                        """
                            .formatted(RollupBatchFold.COUNTED_AS_SUBMITTED))
                    .bind("t", tenantId)
                    .bind("f", formCode)
                    .bind("p", period)
                    .bind("ids", chunk)
                    .map(
                        r ->
                            Map.entry(
                                r.get("org_unit_id", String.class),
                                new Current(
                                    r.get("version", Integer.class),
                                    ReportStatus.valueOf(r.get("status", String.class)),
                                    json.readTree(r.get("field_values", String.class)),
                                    r.get("counted", String.class))))
                    .all())
        .collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
  }

  /**
   * Appends versions and their audit entries ({@code report.save}, {@code report.submit}, the same
   * detail as a single write's) in one statement. The per-statement triggers keep {@code
   * report_current} and announce the change, once for the whole chunk.
   *
   * <p>The JSON of each version travels as {@link JsonLines}.
   */
  Mono<Long> insert(
      DatabaseClient db,
      ReportKey scope,
      String planId,
      String planVersion,
      String actor,
      List<BatchVersion> versions) {
    int n = versions.size();
    String[] units = new String[n];
    Integer[] numbers = new Integer[n];
    String[] statuses = new String[n];
    String[] actions = new String[n];
    List<String> values = new ArrayList<>(n);
    List<String> changes = new ArrayList<>(n);
    List<String> warnings = new ArrayList<>(n);
    String[] comments = new String[n];
    Boolean[] late = new Boolean[n];
    for (int i = 0; i < n; i++) {
      BatchVersion v = versions.get(i);
      units[i] = v.orgUnitId();
      numbers[i] = v.version();
      statuses[i] = v.status().name();
      actions[i] = v.action().name();
      values.add(v.values());
      changes.add(v.changes());
      warnings.add(v.warnings());
      comments[i] = v.comment();
      late[i] = v.late();
    }
    var spec =
        db.sql(
                """
                WITH batch AS (
                  SELECT * FROM unnest(CAST(:units AS text[]), CAST(:versions AS int[]),
                    CAST(:statuses AS text[]), CAST(:actions AS text[]),
                    string_to_array(:vals, E'\\n'), string_to_array(:changes, E'\\n'),
                    string_to_array(:warnings, E'\\n'), CAST(:comments AS text[]),
                    CAST(:late AS boolean[]))
                    AS b(org_unit_id, version, status, action, field_values, changes, warnings,
                         comment, late)
                ), version AS (
                  INSERT INTO report_version (tenant_id, form_code, org_unit_id, period, version,
                    plan_id, plan_version, status, action, field_values, changes, warnings, comment,
                    late, actor)
                  SELECT :t, :f, org_unit_id, :p, version, :plan, :planVersion, status, action,
                    CAST(field_values AS jsonb), CAST(changes AS jsonb), CAST(warnings AS jsonb),
                    comment, late, :actor
                  FROM batch
                ), audit AS (
                  INSERT INTO audit_log (tenant_id, actor, action, resource, detail)
                  SELECT :t, :actor, 'report.' || lower(action),
                    'report/' || :f || '/' || org_unit_id || '/' || :p,
                    jsonb_build_object('version', version, 'status', status, 'late', late)
                      || CASE WHEN comment IS NULL THEN '{}'::jsonb
                              ELSE jsonb_build_object('comment', comment) END
                  FROM batch
                )
                SELECT count(*) AS n FROM batch
                """)
            .bind("units", units)
            .bind("versions", numbers)
            .bind("statuses", statuses)
            .bind("actions", actions)
            .bind("vals", JsonLines.of(values))
            .bind("changes", JsonLines.of(changes))
            .bind("warnings", JsonLines.of(warnings))
            .bind("comments", comments)
            .bind("late", late)
            .bind("t", scope.tenantId())
            .bind("f", scope.formCode())
            .bind("p", scope.period())
            .bind("plan", planId)
            .bind("actor", actor);
    spec =
        planVersion == null
            ? spec.bindNull("planVersion", String.class)
            : spec.bind("planVersion", planVersion);
    return spec.map(r -> r.get("n", Long.class)).one();
  }

  /** The latest earlier upload of the file that stored something, else the latest, if any. */
  Mono<PreviousUpload> previous(DatabaseClient db, String tenantId, String sha256) {
    return db.sql(
            "SELECT at, actor, stored FROM report_batch WHERE tenant_id = :t"
                + " AND file_sha256 = :sha ORDER BY stored > 0 DESC, batch_id DESC LIMIT 1")
        .bind("t", tenantId)
        .bind("sha", sha256)
        .map(
            r ->
                new PreviousUpload(
                    r.get("at", OffsetDateTime.class),
                    r.get("actor", String.class),
                    r.get("stored", Integer.class)))
        .one();
  }

  /** Records a stored upload, and its {@code report.batch} audit entry. */
  Mono<Void> record(
      DatabaseClient db, ReportKey scope, String actor, String sha256, BatchAnswer answer) {
    String detail =
        json.writeValueAsString(
            Map.of(
                "form", answer.form(),
                "period", answer.period(),
                "action", answer.action(),
                "partial", answer.partial(),
                "rows", answer.rows(),
                "stored", answer.stored(),
                "unchanged", answer.unchanged(),
                "refused", answer.refused()));
    return db.sql(
            """
            WITH batch AS (
              INSERT INTO report_batch (tenant_id, file_sha256, actor, form_code, period, action,
                partial, rows, stored, unchanged, refused)
              VALUES (:t, :sha, :actor, :f, :p, :action, :partial, :rows, :stored, :unchanged,
                :refused)
            )
            INSERT INTO audit_log (tenant_id, actor, action, resource, detail)
            VALUES (:t, :actor, 'report.batch', 'report-batch/' || :sha, CAST(:detail AS jsonb))
            """)
        .bind("t", scope.tenantId())
        .bind("sha", sha256)
        .bind("actor", actor)
        .bind("f", scope.formCode())
        .bind("p", scope.period())
        .bind("action", answer.action())
        .bind("partial", answer.partial())
        .bind("rows", answer.rows())
        .bind("stored", answer.stored())
        .bind("unchanged", answer.unchanged())
        .bind("refused", answer.refused())
        .bind("detail", detail)
        .fetch()
        .rowsUpdated()
        .then();
  }

  private static Flux<String[]> chunks(Collection<String> ids) {
    List<String> all = List.copyOf(ids);
    return Flux.range(0, (all.size() + IDS_PER_QUERY - 1) / IDS_PER_QUERY)
        .map(
            i ->
                all.subList(i * IDS_PER_QUERY, Math.min(all.size(), (i + 1) * IDS_PER_QUERY))
                    .toArray(String[]::new));
  }
}

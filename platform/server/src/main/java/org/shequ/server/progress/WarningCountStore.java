package org.shequ.server.progress;

import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts, per form, the units whose counted report carries warnings. Runs once per progress request
 * beside the roll-up, not inside it: it joins each counted report_current row to its stored version
 * by primary key, so the roll-up and its trigger stay as they are.
 */
@Component
class WarningCountStore {

  /**
   * @param rootId the subtree root, or null for the whole tenant
   * @param submitted whether submitted reports count (else only approved ones)
   */
  Mono<List<FormWarnings>> count(
      DatabaseClient db,
      String tenantId,
      String planId,
      int year,
      String rootId,
      boolean submitted) {
    String subtree =
        rootId == null
            ? ""
            : """
              AND rc.org_unit_id IN (
                WITH RECURSIVE subtree (id) AS (
                  SELECT CAST(:root AS text)
                  UNION
                  SELECT v.org_unit_id FROM org_unit_version v
                  JOIN subtree s ON v.tenant_id = :t AND v.parent_id = s.id
                  WHERE v.valid_to IS NULL)
                SELECT id FROM subtree)
              """;
    var spec =
        db.sql(
                """
                SELECT rc.form_code, count(*) AS units
                FROM report_current rc
                JOIN report_version rv ON rv.tenant_id = rc.tenant_id
                  AND rv.form_code = rc.form_code AND rv.period = rc.period
                  AND rv.org_unit_id = rc.org_unit_id
                  AND rv.version = CASE WHEN :submitted AND rc.status IN ('SUBMITTED', 'APPROVED')
                                        THEN rc.version ELSE rc.approved_version END
                WHERE rc.tenant_id = :t AND rc.plan_id = :plan AND rc.period = :period
                  AND rv.warnings <> '[]'::jsonb
                """
                    + subtree
                    + " GROUP BY rc.form_code ORDER BY rc.form_code")
            .bind("t", tenantId)
            .bind("plan", planId)
            .bind("period", Integer.toString(year))
            .bind("submitted", submitted);
    if (rootId != null) {
      spec = spec.bind("root", rootId);
    }
    return spec.map(
            r -> new FormWarnings(r.get("form_code", String.class), r.get("units", Long.class)))
        .all()
        .collectList();
  }
}

package org.shequ.server.report;

import org.shequ.server.security.Caller;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads org units straight from the org-unit tables (their schema is fixed) and decides which ones
 * a caller may report for. Must run inside a tenant transaction: row-level security scopes every
 * row.
 */
@Component
class ReportOrgUnits {

  /** The unit as it stands today, or empty when the tenant has no such unit. */
  Mono<ReportOrgUnit> current(DatabaseClient db, String tenantId, String orgUnitId) {
    return db.sql(
            """
            SELECT u.org_unit_id, u.level, v.area, v.name_zh, v.active
            FROM org_unit u
            JOIN org_unit_version v
              ON v.tenant_id = u.tenant_id AND v.org_unit_id = u.org_unit_id AND v.valid_to IS NULL
            WHERE u.tenant_id = :t AND u.org_unit_id = :id
            """)
        .bind("t", tenantId)
        .bind("id", orgUnitId)
        .map(
            r ->
                new ReportOrgUnit(
                    r.get("org_unit_id", String.class),
                    r.get("level", String.class),
                    r.get("area", String.class),
                    r.get("name_zh", String.class),
                    Boolean.TRUE.equals(r.get("active", Boolean.class))))
        .one();
  }

  /**
   * Whether the caller may see reports of the unit: tenant staff other than reporters see every
   * unit, a reporter only its own unit and the units below it in today's tree.
   */
  Mono<Boolean> visible(DatabaseClient db, Caller caller, String tenantId, String orgUnitId) {
    if (!restrictedToSubtree(caller)) {
      return Mono.just(true);
    }
    if (!caller.hasOrgUnits()) {
      return Mono.just(false);
    }
    return within(db, tenantId, caller.orgUnits(), orgUnitId);
  }

  /** Whether {@code orgUnitId} is one of {@code roots} or lies below one in today's tree. */
  Mono<Boolean> within(
      DatabaseClient db, String tenantId, java.util.Collection<String> roots, String orgUnitId) {
    // Walks up the current parent chain; the depth bound keeps a corrupt cycle from looping.
    return db.sql(
            """
            WITH RECURSIVE chain (id, depth) AS (
              SELECT CAST(:target AS text), 0
              UNION ALL
              SELECT v.parent_id, c.depth + 1
              FROM org_unit_version v JOIN chain c ON v.tenant_id = :t AND v.org_unit_id = c.id
              WHERE v.valid_to IS NULL AND v.parent_id IS NOT NULL AND c.depth < 64
            )
            SELECT EXISTS (SELECT 1 FROM chain WHERE id = ANY(CAST(:own AS text[]))) AS inside
            """)
        .bind("t", tenantId)
        .bind("target", orgUnitId)
        .bind("own", roots.toArray(String[]::new))
        .map(r -> Boolean.TRUE.equals(r.get("inside", Boolean.class)))
        .one();
  }

  /** Reporters (without a role that reads more) see only their own subtree. */
  static boolean restrictedToSubtree(Caller caller) {
    return caller.readsOnlyOwnSubtree();
  }

  /**
   * SQL selecting the ids of the caller's subtrees, for list queries; binds {@code :own} (an array
   * of roots) and {@code :t} (the tenant, so the walk uses the tenant's indexes).
   */
  static final String SUBTREE_IDS =
      """
      WITH RECURSIVE subtree (id) AS (
        SELECT unnest(CAST(:own AS text[]))
        UNION
        SELECT v.org_unit_id FROM org_unit_version v
        JOIN subtree s ON v.tenant_id = :t AND v.parent_id = s.id
        WHERE v.valid_to IS NULL
      )
      SELECT id FROM subtree
      """;
}

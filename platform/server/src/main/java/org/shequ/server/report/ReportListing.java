package org.shequ.server.report;

import org.shequ.server.security.Caller;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.tenant.TenantAccess;
import org.shequ.server.web.Problems;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The current reports a caller may see, filtered and paged: e.g. a region admin's review queue. */
@Component
class ReportListing {
  static final int MAX_SIZE = 500;

  private final TenantDatabase database;
  private final TenantAccess access;
  private final ReportVersions versions;

  ReportListing(TenantDatabase database, TenantAccess access, ReportVersions versions) {
    this.database = database;
    this.access = access;
    this.versions = versions;
  }

  /**
   * Filters of the list; null means any.
   *
   * @param under an org unit whose subtree (itself included, in today's tree) the reports are of,
   *     e.g. a street in the review queue
   * @param withWarnings true: only reports whose values raise warnings; false: only those without
   */
  record Filter(
      String formCode, String period, ReportStatus status, String under, Boolean withWarnings) {
    Filter(String formCode, String period, ReportStatus status) {
      this(formCode, period, status, null, null);
    }
  }

  Mono<ReportPage> list(String tenantId, Filter filter, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_SIZE) {
      return Mono.error(Problems.badRequest("invalid-paging", MAX_SIZE));
    }
    return access
        .reader(tenantId)
        .flatMap(
            caller ->
                database.inTenantOne(
                    tenantId,
                    db ->
                        count(db, tenantId, caller, filter)
                            .flatMap(
                                total ->
                                    bind(
                                            db.sql(
                                                currentReports(
                                                        caller,
                                                        filter,
                                                        "current_report.*, unit.name_zh AS"
                                                            + " org_unit_name")
                                                    + " ORDER BY current_report.form_code, current_report.period,"
                                                    + " current_report.org_unit_id"
                                                    + " LIMIT :limit OFFSET :offset"),
                                            tenantId,
                                            caller,
                                            filter)
                                        .bind("limit", size)
                                        .bind("offset", (long) page * size)
                                        .map(
                                            r ->
                                                ReportListItem.of(
                                                    tenantId,
                                                    versions.map(r),
                                                    r.get("org_unit_name", String.class)))
                                        .all()
                                        .collectList()
                                        .map(items -> new ReportPage(items, page, size, total)))));
  }

  private Mono<Long> count(DatabaseClient db, String tenantId, Caller caller, Filter filter) {
    return bind(
            db.sql(currentReports(caller, filter, "count(*) AS total")), tenantId, caller, filter)
        .map(r -> r.get("total", Long.class))
        .one();
  }

  /** The latest version of every report matching the filter, restricted to what the caller sees. */
  private static String currentReports(Caller caller, Filter filter, String select) {
    StringBuilder inner =
        new StringBuilder(
            "SELECT DISTINCT ON (form_code, org_unit_id, period) "
                + ReportVersions.COLUMNS
                + " FROM report_version WHERE tenant_id = :t");
    if (filter.formCode() != null) {
      inner.append(" AND form_code = :f");
    }
    if (filter.period() != null) {
      inner.append(" AND period = :p");
    }
    if (ReportOrgUnits.restrictedToSubtree(caller)) {
      inner.append(" AND org_unit_id IN (").append(ReportOrgUnits.SUBTREE_IDS).append(")");
    }
    if (filter.under() != null) {
      inner
          .append(" AND org_unit_id IN (")
          .append(ReportOrgUnits.SUBTREE_IDS.replace(":own", ":under"))
          .append(")");
    }
    inner.append(" ORDER BY form_code, org_unit_id, period, version DESC");
    // The unit's name as it stands today, for the reviewer's eye; the filters apply to the
    // current version only, so a report counts by what it says now.
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(select)
            .append(" FROM (")
            .append(inner)
            .append(") AS current_report")
            .append(" LEFT JOIN org_unit_version unit ON unit.tenant_id = :t")
            .append(" AND unit.org_unit_id = current_report.org_unit_id AND unit.valid_to IS NULL")
            .append(" WHERE true");
    if (filter.status() != null) {
      sql.append(" AND current_report.status = :s");
    }
    if (filter.withWarnings() != null) {
      sql.append(
          filter.withWarnings()
              ? " AND jsonb_array_length(CAST(current_report.warnings AS jsonb)) > 0"
              : " AND jsonb_array_length(CAST(current_report.warnings AS jsonb)) = 0");
    }
    return sql.toString();
  }

  private static DatabaseClient.GenericExecuteSpec bind(
      DatabaseClient.GenericExecuteSpec spec, String tenantId, Caller caller, Filter filter) {
    spec = spec.bind("t", tenantId);
    if (filter.formCode() != null) {
      spec = spec.bind("f", filter.formCode());
    }
    if (filter.period() != null) {
      spec = spec.bind("p", filter.period());
    }
    if (ReportOrgUnits.restrictedToSubtree(caller)) {
      // A reporter without an org unit sees nothing: no unit is called "".
      spec = spec.bind("own", caller.orgUnitArray());
    }
    if (filter.under() != null) {
      spec = spec.bind("under", new String[] {filter.under()});
    }
    if (filter.status() != null) {
      spec = spec.bind("s", filter.status().name());
    }
    return spec;
  }
}

package org.shequ.server.progress;

import java.time.LocalDate;
import org.shequ.server.storage.TenantDatabase;

/** Inserts org units and report versions directly, as the org-unit and report APIs would. */
public final class ReportFixtures {
  private final TenantDatabase db;
  private final String tenant;

  public ReportFixtures(TenantDatabase db, String tenant) {
    this.db = db;
    this.tenant = tenant;
  }

  public void unit(String id, String level, String parent, String area, Integer population) {
    db.inTenant(
            tenant,
            c ->
                c.sql("INSERT INTO org_unit (tenant_id, org_unit_id, level) VALUES (:t, :id, :l)")
                    .bind("t", tenant)
                    .bind("id", id)
                    .bind("l", level)
                    .then()
                    .then(version(c, id, parent, area, population)))
        .blockLast();
  }

  private reactor.core.publisher.Mono<Void> version(
      org.springframework.r2dbc.core.DatabaseClient c,
      String id,
      String parent,
      String area,
      Integer population) {
    var spec =
        c.sql(
                "INSERT INTO org_unit_version (tenant_id, org_unit_id, valid_from, parent_id,"
                    + " name_zh, area, population, change_kind, changed_by) VALUES (:t, :id,"
                    + " :from, :parent, :name, :area, :pop, 'CREATE', 'test')")
            .bind("t", tenant)
            .bind("id", id)
            .bind("from", LocalDate.of(2015, 1, 1))
            .bind("name", "单元" + id);
    spec = parent == null ? spec.bindNull("parent", String.class) : spec.bind("parent", parent);
    spec = area == null ? spec.bindNull("area", String.class) : spec.bind("area", area);
    spec = population == null ? spec.bindNull("pop", Integer.class) : spec.bind("pop", population);
    return spec.then();
  }

  public void report(
      String form,
      String unit,
      String period,
      int version,
      String status,
      String plan,
      String json) {
    report(form, unit, period, version, status, plan, json, "[]");
  }

  /** A version carrying the plan's warnings, stored as the report workflow stores them. */
  public void report(
      String form,
      String unit,
      String period,
      int version,
      String status,
      String plan,
      String json,
      String warnings) {
    db.inTenant(
            tenant,
            c ->
                c.sql(
                        "INSERT INTO report_version (tenant_id, form_code, org_unit_id, period,"
                            + " version, plan_id, status, action, field_values, warnings, actor) VALUES"
                            + " (:t, :f, :u, :p, :v, :plan, :s, 'SAVE', CAST(:json AS jsonb),"
                            + " CAST(:w AS jsonb), 'test')")
                    .bind("t", tenant)
                    .bind("f", form)
                    .bind("u", unit)
                    .bind("p", period)
                    .bind("v", version)
                    .bind("plan", plan)
                    .bind("s", status)
                    .bind("json", json)
                    .bind("w", warnings)
                    .then())
        .blockLast();
  }
}

package org.shequ.server.demo;

import java.util.ArrayList;
import java.util.List;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.tenant.Tenant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stores one tenant's synthetic units and reports in a single transaction, in batches of rows
 * passed as arrays (one statement per few thousand rows), and only when the tenant has no org unit
 * yet, so a restart or a region with its own units is never touched.
 */
@Component
class DemoDataWriter {
  /** Who every synthetic row is attributed to. */
  static final String ACTOR = "synthetic-demo-data";

  static final String VALID_FROM = "2010-01-01";
  private static final int BATCH = 2_000;
  private static final String COMMENT = "示例数据（非真实数据）synthetic demo data, not real figures";
  private static final String RETURN_COMMENT =
      "示例退回：请核实数据（synthetic demo data: please check the figures）";

  private final TenantDatabase database;

  DemoDataWriter(TenantDatabase database) {
    this.database = database;
  }

  /** Whether the tenant has any org unit, its own or seeded earlier. */
  Mono<Boolean> hasUnits(Tenant tenant) {
    return database.inTenantOne(tenant.id(), DemoDataWriter::unitsPresent);
  }

  private static Mono<Boolean> unitsPresent(DatabaseClient db) {
    return db.sql("SELECT EXISTS (SELECT 1 FROM org_unit) AS present")
        .map(row -> Boolean.TRUE.equals(row.get("present", Boolean.class)))
        .one();
  }

  /**
   * Writes the data and answers true, or answers false and writes nothing if units exist (checked
   * again in the writing transaction: another replica may have seeded meanwhile).
   */
  Mono<Boolean> writeIfEmpty(Tenant tenant, List<DemoUnit> units, List<DemoReport> reports) {
    return database.inTenantOne(
        tenant.id(),
        db ->
            unitsPresent(db)
                .flatMap(
                    present ->
                        present
                            ? Mono.just(false)
                            : units(db, tenant, units)
                                .then(reports(db, tenant.id(), reports))
                                .then(audit(db, tenant.id(), units.size(), reports.size()))
                                .thenReturn(true)));
  }

  private Mono<Void> units(DatabaseClient db, Tenant tenant, List<DemoUnit> units) {
    return Flux.fromIterable(partition(units))
        .concatMap(
            batch -> {
              int n = batch.size();
              String[] ids = new String[n];
              String[] levels = new String[n];
              String[] codes = new String[n];
              String[] parents = new String[n];
              String[] namesZh = new String[n];
              String[] namesEn = new String[n];
              String[] areas = new String[n];
              String[] populations = new String[n];
              String[] households = new String[n];
              String[] tags = new String[n];
              for (int i = 0; i < n; i++) {
                DemoUnit u = batch.get(i);
                ids[i] = u.id();
                levels[i] = u.level().name();
                codes[i] = u.parentId() == null ? tenant.divisionCode() : "";
                parents[i] = u.parentId() == null ? "" : u.parentId();
                namesZh[i] = u.nameZh();
                namesEn[i] = u.nameEn();
                areas[i] = u.area() == null ? "" : u.area().name();
                populations[i] = u.population() == null ? "" : u.population().toString();
                households[i] = u.households() == null ? "" : u.households().toString();
                tags[i] = String.join(",", u.tags());
              }
              Mono<Long> unit =
                  db.sql(
                          """
                          INSERT INTO org_unit (tenant_id, org_unit_id, level, division_code)
                          SELECT :tenant, u.id, u.level, NULLIF(u.code, '')
                          FROM unnest(:ids::text[], :levels::text[], :codes::text[])
                            AS u (id, level, code)
                          """)
                      .bind("tenant", tenant.id())
                      .bind("ids", ids)
                      .bind("levels", levels)
                      .bind("codes", codes)
                      .fetch()
                      .rowsUpdated();
              Mono<Long> version =
                  db.sql(
                          """
                          INSERT INTO org_unit_version (tenant_id, org_unit_id, valid_from, parent_id,
                            name_zh, name_en, area, population, households, tags, change_kind,
                            changed_by)
                          SELECT :tenant, u.id, CAST(:validFrom AS date), NULLIF(u.parent, ''),
                            u.zh, u.en, NULLIF(u.area, ''), CAST(NULLIF(u.pop, '') AS integer),
                            CAST(NULLIF(u.hh, '') AS integer), string_to_array(u.tags, ','),
                            'IMPORT', :actor
                          FROM unnest(:ids::text[], :parents::text[], :zh::text[], :en::text[],
                                      :areas::text[], :pops::text[], :hhs::text[], :tags::text[])
                            AS u (id, parent, zh, en, area, pop, hh, tags)
                          """)
                      .bind("tenant", tenant.id())
                      .bind("validFrom", VALID_FROM)
                      .bind("actor", ACTOR)
                      .bind("ids", ids)
                      .bind("parents", parents)
                      .bind("zh", namesZh)
                      .bind("en", namesEn)
                      .bind("areas", areas)
                      .bind("pops", populations)
                      .bind("hhs", households)
                      .bind("tags", tags)
                      .fetch()
                      .rowsUpdated();
              return unit.then(version);
            })
        .then();
  }

  private Mono<Void> reports(DatabaseClient db, String tenantId, List<DemoReport> reports) {
    return Flux.fromIterable(partition(reports))
        .concatMap(
            batch -> {
              int n = batch.size();
              String[] forms = new String[n];
              String[] units = new String[n];
              String[] periods = new String[n];
              String[] plans = new String[n];
              String[] statuses = new String[n];
              String[] actions = new String[n];
              String[] values = new String[n];
              String[] comments = new String[n];
              String[] ats = new String[n];
              for (int i = 0; i < n; i++) {
                DemoReport r = batch.get(i);
                forms[i] = r.formCode();
                units[i] = r.orgUnitId();
                periods[i] = r.period();
                plans[i] = r.planId();
                statuses[i] = r.status().name();
                actions[i] = r.status().action();
                values[i] = CanonicalJson.of(r.values().values());
                comments[i] = r.status() == DemoReport.Status.RETURNED ? RETURN_COMMENT : COMMENT;
                ats[i] = r.at().toString();
              }
              return db.sql(
                      """
                      INSERT INTO report_version (tenant_id, form_code, org_unit_id, period, version,
                        plan_id, status, action, field_values, comment, actor, at)
                      SELECT :tenant, r.form, r.unit, r.period, 1, r.plan, r.status, r.action,
                        CAST(r.v AS jsonb), r.comment, :actor, CAST(r.at AS timestamptz)
                      FROM unnest(:forms::text[], :units::text[], :periods::text[], :plans::text[],
                                  :statuses::text[], :actions::text[], :values::text[],
                                  :comments::text[], :ats::text[])
                        AS r (form, unit, period, plan, status, action, v, comment, at)
                      """)
                  .bind("tenant", tenantId)
                  .bind("actor", ACTOR)
                  .bind("forms", forms)
                  .bind("units", units)
                  .bind("periods", periods)
                  .bind("plans", plans)
                  .bind("statuses", statuses)
                  .bind("actions", actions)
                  .bind("values", values)
                  .bind("comments", comments)
                  .bind("ats", ats)
                  .fetch()
                  .rowsUpdated();
            })
        .then();
  }

  private Mono<Void> audit(DatabaseClient db, String tenantId, int units, int reports) {
    return db.sql(
            """
            INSERT INTO audit_log (tenant_id, actor, action, resource, detail)
            VALUES (:tenant, :actor, 'SEED_SYNTHETIC_DEMO_DATA', :resource,
                    jsonb_build_object('orgUnits', CAST(:units AS integer),
                                       'reports', CAST(:reports AS integer),
                                       'note', 'synthetic demo data, not real figures'))
            """)
        .bind("tenant", tenantId)
        .bind("actor", ACTOR)
        .bind("resource", "tenants/" + tenantId)
        .bind("units", units)
        .bind("reports", reports)
        .then();
  }

  private static <T> List<List<T>> partition(List<T> rows) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i += BATCH) {
      out.add(rows.subList(i, Math.min(rows.size(), i + BATCH)));
    }
    return out;
  }
}

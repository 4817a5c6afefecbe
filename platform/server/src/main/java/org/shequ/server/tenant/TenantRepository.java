package org.shequ.server.tenant;

import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.shequ.plan.api.LocalizedText;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads and writes the tenant registry. */
@Repository
public class TenantRepository {
  private static final String COLUMNS =
      "tenant_id, name_zh, name_en, division_code, admin_level, plan_ids, active";
  private final DatabaseClient db;

  public TenantRepository(DatabaseClient db) {
    this.db = db;
    this.registry.set(load());
  }

  /**
   * Every request looks its tenant up, and tenants change only when tenant files are applied: the
   * registry is read once and kept for a few seconds (so other replicas' provisioning shows soon),
   * and dropped at once when this process writes it. Failures are not kept.
   */
  private static final Duration KEEP = Duration.ofSeconds(10);

  private final AtomicReference<Mono<Map<String, Tenant>>> registry = new AtomicReference<>();

  private Mono<Map<String, Tenant>> load() {
    return db.sql("SELECT " + COLUMNS + " FROM tenant ORDER BY tenant_id")
        .map(TenantRepository::map)
        .all()
        .collectMap(Tenant::id, t -> t, LinkedHashMap::new)
        .map(Collections::unmodifiableMap)
        .cache(map -> KEEP, error -> Duration.ZERO, () -> Duration.ZERO);
  }

  private void forget() {
    registry.set(load());
  }

  public Flux<Tenant> findAll() {
    return registry.get().flatMapIterable(Map::values);
  }

  public Mono<Tenant> findById(String id) {
    return registry.get().mapNotNull(m -> m.get(id));
  }

  /** Inserts or updates a tenant from its descriptor and marks it active. */
  public Mono<Void> upsert(TenantDescriptor d, String sourceFile) {
    return db.sql(
            """
            INSERT INTO tenant (tenant_id, name_zh, name_en, division_code, admin_level, plan_ids,
                                active, source_file)
            VALUES (:id, :zh, :en, :code, :level, :plans, true, :file)
            ON CONFLICT (tenant_id) DO UPDATE SET
              name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
              division_code = EXCLUDED.division_code, admin_level = EXCLUDED.admin_level,
              plan_ids = EXCLUDED.plan_ids, active = true, source_file = EXCLUDED.source_file,
              updated_at = now()
            WHERE (tenant.name_zh, tenant.name_en, tenant.division_code, tenant.admin_level,
                   tenant.plan_ids, tenant.active, tenant.source_file)
              IS DISTINCT FROM
                  (EXCLUDED.name_zh, EXCLUDED.name_en, EXCLUDED.division_code,
                   EXCLUDED.admin_level, EXCLUDED.plan_ids, true, EXCLUDED.source_file)
            """)
        .bind("id", d.id())
        .bind("zh", d.name().zh())
        .bind("en", d.name().en())
        .bind("code", d.divisionCode())
        .bind("level", d.level().name())
        .bind("plans", d.plans().toArray(String[]::new))
        .bind("file", sourceFile)
        .then()
        .doFinally(signal -> forget());
  }

  /** Marks inactive every tenant whose id is not in {@code keep}; never deletes anything. */
  public Mono<Long> deactivateAllBut(Collection<String> keep) {
    return db.sql(
            "UPDATE tenant SET active = false, updated_at = now()"
                + " WHERE active AND NOT (tenant_id = ANY(:keep))")
        .bind("keep", keep.toArray(String[]::new))
        .fetch()
        .rowsUpdated()
        .doFinally(signal -> forget());
  }

  private static Tenant map(Readable row) {
    String[] plans = row.get("plan_ids", String[].class);
    return new Tenant(
        row.get("tenant_id", String.class),
        LocalizedText.of(row.get("name_zh", String.class), row.get("name_en", String.class)),
        row.get("division_code", String.class),
        AdminLevel.valueOf(row.get("admin_level", String.class)),
        plans == null ? java.util.List.of() : Arrays.asList(plans),
        Boolean.TRUE.equals(row.get("active", Boolean.class)));
  }
}

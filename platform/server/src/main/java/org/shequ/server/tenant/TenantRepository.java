package org.shequ.server.tenant;

import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.shequ.plan.api.LocalizedText;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads and writes the tenant registry. Every change of a tenant, by its file or through the API,
 * leaves a revision in {@code tenant_revision}, written by the same statement or transaction.
 */
@Repository
public class TenantRepository {
  private static final String COLUMNS =
      "tenant_id, name_zh, name_en, division_code, admin_level, plan_ids, active, source";

  /** Records the tenant as the change in {@code changed} left it. */
  private static final String REVISION =
      """
      INSERT INTO tenant_revision (tenant_id, actor, action, name_zh, name_en, division_code,
                                   admin_level, plan_ids, active, source)
      SELECT tenant_id, %s, %s, name_zh, name_en, division_code, admin_level, plan_ids, active,
             source
      FROM changed
      """;

  private final DatabaseClient db;

  public TenantRepository(DatabaseClient db) {
    this.db = db;
    this.registry.set(load());
  }

  /**
   * Every request looks its tenant up, and tenants change only when tenant files are applied or a
   * platform admin changes one: the registry is read once and kept for a few seconds (so other
   * replicas' changes show soon), and dropped at once when this process writes it or another
   * replica's change is announced ({@link TenantChangeListener}). Failures are not kept.
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

  /** Drops the cached registry: after this process's writes, and on another replica's change. */
  void forget() {
    registry.set(load());
  }

  public Flux<Tenant> findAll() {
    return registry.get().flatMapIterable(Map::values);
  }

  public Mono<Tenant> findById(String id) {
    return registry.get().mapNotNull(m -> m.get(id));
  }

  /**
   * The tenant as stored now, read from the database rather than the registry kept in memory: the
   * API decides on it, and another replica may have changed the tenant a moment ago.
   */
  Mono<StoredTenant> stored(String id) {
    return db.sql("SELECT " + COLUMNS + ", source_file FROM tenant WHERE tenant_id = :id")
        .bind("id", id)
        .map(row -> new StoredTenant(map(row), row.get("source_file", String.class)))
        .one();
  }

  /** A tenant with the file that last provisioned it (null for one created through the API). */
  record StoredTenant(Tenant tenant, String sourceFile) {}

  /**
   * Inserts or updates a tenant from its file and marks it active and file-managed: the file wins
   * over anything the API did. Records a revision when anything changed.
   */
  public Mono<Void> upsert(TenantDescriptor d, String sourceFile) {
    return db.sql(
            "WITH changed AS ("
                + """
            INSERT INTO tenant (tenant_id, name_zh, name_en, division_code, admin_level, plan_ids,
                                active, source_file, source)
            VALUES (:id, :zh, :en, :code, :level, :plans, true, :file, 'FILE')
            ON CONFLICT (tenant_id) DO UPDATE SET
              name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
              division_code = EXCLUDED.division_code, admin_level = EXCLUDED.admin_level,
              plan_ids = EXCLUDED.plan_ids, active = true, source_file = EXCLUDED.source_file,
              source = 'FILE', updated_at = now()
            WHERE (tenant.name_zh, tenant.name_en, tenant.division_code, tenant.admin_level,
                   tenant.plan_ids, tenant.active, tenant.source_file, tenant.source)
              IS DISTINCT FROM
                  (EXCLUDED.name_zh, EXCLUDED.name_en, EXCLUDED.division_code,
                   EXCLUDED.admin_level, EXCLUDED.plan_ids, true, EXCLUDED.source_file, 'FILE')
            RETURNING *)
            """
                + REVISION.formatted("'tenants/' || :file", "'FILE'"))
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

  /**
   * Marks inactive every file-managed tenant whose id is not in {@code keep}; never deletes
   * anything, and never touches a tenant created through the API.
   */
  public Mono<Long> deactivateAllBut(Collection<String> keep) {
    return db.sql(
            "WITH changed AS (UPDATE tenant SET active = false, updated_at = now()"
                + " WHERE active AND source = 'FILE' AND NOT (tenant_id = ANY(:keep))"
                + " RETURNING *) "
                + REVISION.formatted(
                    "'tenants/' || coalesce(source_file, tenant_id)", "'FILE_REMOVED'"))
        .bind("keep", keep.toArray(String[]::new))
        .fetch()
        .rowsUpdated()
        .doFinally(signal -> forget());
  }

  /** Creates an API-managed tenant; false, and nothing written, when the id is taken. */
  Mono<Boolean> create(TenantDescriptor d, String actor) {
    return written(
        """
        INSERT INTO tenant (tenant_id, name_zh, name_en, division_code, admin_level, plan_ids,
                            active, source)
        VALUES (:id, :zh, :en, :code, :level, :plans, true, 'API')
        ON CONFLICT (tenant_id) DO NOTHING
        RETURNING *
        """,
        "CREATE",
        actor,
        bindDescriptor(d));
  }

  /** Replaces an API-managed tenant's content; false when there is no such tenant. */
  Mono<Boolean> update(TenantDescriptor d, String actor) {
    return written(
        """
        UPDATE tenant SET name_zh = :zh, name_en = :en, division_code = :code,
                          admin_level = :level, plan_ids = :plans, updated_at = now()
        WHERE tenant_id = :id AND source = 'API'
        RETURNING *
        """,
        "UPDATE",
        actor,
        bindDescriptor(d));
  }

  /** Activates or deactivates an API-managed tenant; false when there is no such tenant. */
  Mono<Boolean> activate(String id, boolean active, String actor) {
    return written(
        """
        UPDATE tenant SET active = :active, updated_at = now()
        WHERE tenant_id = :id AND source = 'API'
        RETURNING *
        """,
        active ? "ACTIVATE" : "DEACTIVATE",
        actor,
        spec -> spec.bind("id", id).bind("active", active));
  }

  /** The tenant's revisions, oldest first. */
  Flux<TenantRevision> revisions(String id) {
    return db.sql(
            "SELECT revision_id, at, actor, action, tenant_id, name_zh, name_en, division_code,"
                + " admin_level, plan_ids, active, source FROM tenant_revision"
                + " WHERE tenant_id = :id ORDER BY revision_id")
        .bind("id", id)
        .map(
            row ->
                new TenantRevision(
                    row.get("revision_id", Long.class),
                    row.get("at", OffsetDateTime.class),
                    row.get("actor", String.class),
                    row.get("action", String.class),
                    map(row)))
        .all();
  }

  /**
   * One change and its revision, in one statement (so both are stored or neither); whether it
   * changed a row.
   */
  private Mono<Boolean> written(
      String change,
      String action,
      String actor,
      java.util.function.UnaryOperator<DatabaseClient.GenericExecuteSpec> bind) {
    DatabaseClient.GenericExecuteSpec spec =
        db.sql("WITH changed AS (" + change + ") " + REVISION.formatted(":actor", ":action"))
            .bind("actor", actor)
            .bind("action", action);
    return bind.apply(spec)
        .fetch()
        .rowsUpdated()
        .map(rows -> rows > 0)
        // Before the answer goes on, so the caller's next read sees the change.
        .doOnSuccess(changed -> forget())
        .doOnError(error -> forget());
  }

  private static java.util.function.UnaryOperator<DatabaseClient.GenericExecuteSpec> bindDescriptor(
      TenantDescriptor d) {
    return spec ->
        spec.bind("id", d.id())
            .bind("zh", d.name().zh())
            .bind("en", d.name().en())
            .bind("code", d.divisionCode())
            .bind("level", d.level().name())
            .bind("plans", d.plans().toArray(String[]::new));
  }

  private static Tenant map(Readable row) {
    String[] plans = row.get("plan_ids", String[].class);
    return new Tenant(
        row.get("tenant_id", String.class),
        LocalizedText.of(row.get("name_zh", String.class), row.get("name_en", String.class)),
        row.get("division_code", String.class),
        AdminLevel.valueOf(row.get("admin_level", String.class)),
        plans == null ? List.of() : Arrays.asList(plans),
        Boolean.TRUE.equals(row.get("active", Boolean.class)),
        TenantSource.valueOf(row.get("source", String.class)));
  }
}

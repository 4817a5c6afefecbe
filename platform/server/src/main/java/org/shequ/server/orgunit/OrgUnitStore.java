package org.shequ.server.orgunit;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.OrgUnitLevel;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL over org units and their versions. Every method runs on a client already bound to the tenant
 * (inside {@code TenantDatabase.inTenant}); the tenant is named in the SQL as well, so isolation
 * holds twice.
 */
@Repository
class OrgUnitStore {
  private static final String COLUMNS =
      "v.org_unit_id, u.level, v.parent_id, v.name_zh, v.name_en, v.area, v.population,"
          + " v.households, v.division_code, v.tags, v.active, v.valid_from, v.valid_to,"
          + " v.revision, v.change_kind, v.changed_by, v.changed_at";
  private static final String JOINED =
      " FROM org_unit_version v JOIN org_unit u"
          + " ON u.tenant_id = v.tenant_id AND u.org_unit_id = v.org_unit_id";
  private static final String VALID_ON =
      " v.valid_from <= :day AND (v.valid_to IS NULL OR v.valid_to > :day)";
  private static final char TAG_SEPARATOR = '\u001f';

  /** The version of one unit valid on {@code day}. */
  Mono<StoredVersion> validOn(DatabaseClient db, String tenant, String id, LocalDate day) {
    return db.sql(
            "SELECT "
                + COLUMNS
                + JOINED
                + " WHERE v.tenant_id = :t AND v.org_unit_id = :id AND"
                + VALID_ON)
        .bind("t", tenant)
        .bind("id", id)
        .bind("day", day)
        .map(OrgUnitStore::version)
        .one();
  }

  /**
   * The tree valid on {@code day} in depth-first order (parents first), from {@code rootId} or from
   * every root when null; inactive units and their subtrees only when asked for.
   */
  Flux<StoredVersion> tree(
      DatabaseClient db, String tenant, LocalDate day, String rootId, boolean includeInactive) {
    return withRoot(db.sql(treeSql(rootId, includeInactive, "", "")), rootId)
        .bind("t", tenant)
        .bind("day", day)
        .map(OrgUnitStore::version)
        .all();
  }

  /** One page of the tree below (and including) {@code rootId}, filtered by level. */
  Flux<StoredVersion> treePage(
      DatabaseClient db,
      String tenant,
      LocalDate day,
      String rootId,
      boolean includeInactive,
      OrgUnitLevel level,
      int page,
      int size) {
    String where = level == null ? "" : " WHERE level = '" + level.name() + "'";
    return withRoot(
            db.sql(
                treeSql(
                    rootId,
                    includeInactive,
                    where,
                    " LIMIT " + size + " OFFSET " + (long) page * size)),
            rootId)
        .bind("t", tenant)
        .bind("day", day)
        .map(OrgUnitStore::version)
        .all();
  }

  /** How many units {@link #treePage} pages through. */
  Mono<Long> treeCount(
      DatabaseClient db,
      String tenant,
      LocalDate day,
      String rootId,
      boolean includeInactive,
      OrgUnitLevel level) {
    String where = level == null ? "" : " WHERE level = '" + level.name() + "'";
    return withRoot(
            db.sql(
                "SELECT count(*) AS n FROM ("
                    + treeSql(rootId, includeInactive, where, "")
                    + ") AS counted"),
            rootId)
        .bind("t", tenant)
        .bind("day", day)
        .map(r -> r.get("n", Long.class))
        .one();
  }

  private static DatabaseClient.GenericExecuteSpec withRoot(
      DatabaseClient.GenericExecuteSpec spec, String rootId) {
    return rootId == null ? spec : spec.bind("root", rootId);
  }

  private static String treeSql(
      String rootId, boolean includeInactive, String where, String limit) {
    // The level filter and paging only ever receive enum names and integers, never caller text.
    return "WITH RECURSIVE valid AS (SELECT "
        + COLUMNS
        + JOINED
        + " WHERE v.tenant_id = :t AND"
        + VALID_ON
        + (includeInactive ? "" : " AND v.active")
        + "), tree AS (SELECT valid.*, ARRAY[valid.org_unit_id] AS path FROM valid WHERE "
        + (rootId == null ? "valid.parent_id IS NULL" : "valid.org_unit_id = :root")
        + " UNION ALL SELECT c.*, tree.path || c.org_unit_id FROM valid c"
        + " JOIN tree ON c.parent_id = tree.org_unit_id"
        + " WHERE NOT c.org_unit_id = ANY(tree.path))"
        + " SELECT * FROM tree"
        + where
        + " ORDER BY path"
        + limit;
  }

  /** The latest version of every unit of the tenant, active or not. */
  Flux<StoredVersion> latest(DatabaseClient db, String tenant) {
    return db.sql("SELECT " + COLUMNS + JOINED + " WHERE v.tenant_id = :t AND v.valid_to IS NULL")
        .bind("t", tenant)
        .map(OrgUnitStore::version)
        .all();
  }

  /** All versions of one unit, oldest first. */
  Flux<StoredVersion> versions(DatabaseClient db, String tenant, String id) {
    return db.sql(
            "SELECT "
                + COLUMNS
                + JOINED
                + " WHERE v.tenant_id = :t AND v.org_unit_id = :id ORDER BY v.revision")
        .bind("t", tenant)
        .bind("id", id)
        .map(OrgUnitStore::version)
        .all();
  }

  /** Merges and splits that involve the unit, either side. */
  Flux<LineageLink> lineage(DatabaseClient db, String tenant, String id) {
    return db.sql(
            "SELECT predecessor_id, successor_id, effective, kind FROM org_unit_lineage"
                + " WHERE tenant_id = :t AND (predecessor_id = :id OR successor_id = :id)"
                + " ORDER BY effective, predecessor_id, successor_id")
        .bind("t", tenant)
        .bind("id", id)
        .map(
            r ->
                new LineageLink(
                    r.get("predecessor_id", String.class),
                    r.get("successor_id", String.class),
                    r.get("effective", LocalDate.class),
                    ChangeKind.valueOf(r.get("kind", String.class))))
        .all();
  }

  /** Whether any unit of the tenant was ever stored under {@code id}. */
  Mono<Boolean> exists(DatabaseClient db, String tenant, String id) {
    return db.sql("SELECT 1 FROM org_unit WHERE tenant_id = :t AND org_unit_id = :id")
        .bind("t", tenant)
        .bind("id", id)
        .map(r -> true)
        .first()
        .defaultIfEmpty(false);
  }

  /**
   * Serializes changes to one tenant's tree until the transaction ends, so two concurrent moves
   * cannot together build a cycle.
   */
  Mono<Void> lockTree(DatabaseClient db, String tenant) {
    return db.sql("SELECT pg_advisory_xact_lock(hashtext('org-unit-tree:' || :t)) IS NULL AS x")
        .bind("t", tenant)
        .map(r -> 1)
        .first()
        .then();
  }

  /**
   * Creates the tenant's region root, named after the tenant, if the tenant has none yet. It is
   * valid from {@link OrgUnitDates#ALWAYS} so the tree of any past year has its root.
   */
  Mono<Void> ensureRoot(DatabaseClient db, String tenant, String actor) {
    return db.sql(
            "INSERT INTO org_unit (tenant_id, org_unit_id, level, division_code)"
                + " SELECT tenant_id, tenant_id, 'REGION', division_code FROM tenant"
                + " WHERE tenant_id = :t AND NOT EXISTS"
                + " (SELECT 1 FROM org_unit WHERE tenant_id = :t AND level = 'REGION')")
        .bind("t", tenant)
        .fetch()
        .rowsUpdated()
        .flatMap(
            n ->
                n == 0
                    ? Mono.<Void>empty()
                    : db.sql(
                            "INSERT INTO org_unit_version (tenant_id, org_unit_id, revision,"
                                + " valid_from, name_zh, name_en, division_code, change_kind,"
                                + " changed_by) SELECT tenant_id, tenant_id, 1, :from, name_zh,"
                                + " name_en, division_code, 'CREATE', :by FROM tenant"
                                + " WHERE tenant_id = :t")
                        .bind("t", tenant)
                        .bind("from", OrgUnitDates.ALWAYS)
                        .bind("by", actor)
                        .fetch()
                        .rowsUpdated()
                        .then());
  }

  /** Writes a change set: new units, closed versions, new versions, lineage, one audit entry. */
  Mono<Void> apply(DatabaseClient db, String tenant, ChangeSet changes) {
    return insertUnits(db, tenant, changes)
        .then(closeVersions(db, tenant, changes))
        .then(insertVersions(db, tenant, changes))
        .then(insertLineage(db, tenant, changes))
        .then(audit(db, tenant, changes));
  }

  private Mono<Void> insertUnits(DatabaseClient db, String tenant, ChangeSet changes) {
    List<UnitState> created = changes.created();
    if (created.isEmpty()) {
      return Mono.empty();
    }
    return db.sql(
            "INSERT INTO org_unit (tenant_id, org_unit_id, level, division_code)"
                + " SELECT :t, id, level, NULLIF(code, '')"
                + " FROM unnest(:ids::text[], :levels::text[], :codes::text[]) AS n(id, level, code)")
        .bind("t", tenant)
        .bind("ids", column(created, UnitState::id))
        .bind("levels", column(created, s -> s.level().name()))
        .bind("codes", column(created, UnitState::divisionCode))
        .fetch()
        .rowsUpdated()
        .then();
  }

  private Mono<Void> closeVersions(DatabaseClient db, String tenant, ChangeSet changes) {
    List<ChangeSet.Change> changed = changes.changed();
    if (changed.isEmpty()) {
      return Mono.empty();
    }
    return db.sql(
            "UPDATE org_unit_version v SET valid_to = :day"
                + " FROM unnest(:ids::text[], :revs::text[]) AS c(id, rev)"
                + " WHERE v.tenant_id = :t AND v.org_unit_id = c.id AND v.revision = c.rev::int"
                + " AND v.valid_to IS NULL")
        .bind("t", tenant)
        .bind("day", changes.effective())
        .bind("ids", changed.stream().map(c -> c.previous().state().id()).toArray(String[]::new))
        .bind(
            "revs",
            changed.stream()
                .map(c -> String.valueOf(c.previous().revision()))
                .toArray(String[]::new))
        .fetch()
        .rowsUpdated()
        .flatMap(
            n ->
                n == changed.size()
                    ? Mono.<Void>empty()
                    : Mono.error(OrgUnitProblems.concurrentChange()));
  }

  private Mono<Void> insertVersions(DatabaseClient db, String tenant, ChangeSet changes) {
    List<ChangeSet.Change> all = changes.allVersions();
    if (all.isEmpty()) {
      return Mono.empty();
    }
    List<UnitState> states = all.stream().map(ChangeSet.Change::state).toList();
    return db.sql(
            "INSERT INTO org_unit_version (tenant_id, org_unit_id, revision, valid_from, parent_id,"
                + " name_zh, name_en, area, population, households, division_code, tags, active,"
                + " change_kind, changed_by)"
                + " SELECT :t, id, rev::int, :day, NULLIF(parent, ''), name_zh, NULLIF(name_en, ''),"
                + " NULLIF(area, ''), NULLIF(pop, '')::int, NULLIF(hh, '')::int, NULLIF(code, ''),"
                + " CASE WHEN tags = '' THEN '{}'::text[] ELSE string_to_array(tags, chr(31)) END,"
                + " active::boolean, kind, :by"
                + " FROM unnest(:ids::text[], :revs::text[], :parents::text[], :zh::text[],"
                + " :en::text[], :areas::text[], :pops::text[], :hhs::text[], :codes::text[],"
                + " :tags::text[], :active::text[], :kinds::text[])"
                + " AS n(id, rev, parent, name_zh, name_en, area, pop, hh, code, tags, active, kind)")
        .bind("t", tenant)
        .bind("day", changes.effective())
        .bind("by", changes.actor())
        .bind("ids", column(states, UnitState::id))
        .bind("revs", all.stream().map(c -> String.valueOf(c.revision())).toArray(String[]::new))
        .bind("parents", column(states, UnitState::parentId))
        .bind("zh", column(states, UnitState::nameZh))
        .bind("en", column(states, UnitState::nameEn))
        .bind("areas", column(states, s -> s.area() == null ? null : s.area().name()))
        .bind(
            "pops", column(states, s -> s.population() == null ? null : s.population().toString()))
        .bind("hhs", column(states, s -> s.households() == null ? null : s.households().toString()))
        .bind("codes", column(states, UnitState::divisionCode))
        .bind("tags", column(states, s -> String.join(String.valueOf(TAG_SEPARATOR), s.tags())))
        .bind("active", column(states, s -> String.valueOf(s.active())))
        .bind("kinds", all.stream().map(c -> c.kind().name()).toArray(String[]::new))
        .fetch()
        .rowsUpdated()
        .then();
  }

  private Mono<Void> insertLineage(DatabaseClient db, String tenant, ChangeSet changes) {
    List<LineageLink> links = changes.lineage();
    if (links.isEmpty()) {
      return Mono.empty();
    }
    return db.sql(
            "INSERT INTO org_unit_lineage (tenant_id, predecessor_id, successor_id, effective, kind)"
                + " SELECT :t, p, s, :day, k"
                + " FROM unnest(:ps::text[], :ss::text[], :ks::text[]) AS l(p, s, k)")
        .bind("t", tenant)
        .bind("day", changes.effective())
        .bind("ps", links.stream().map(LineageLink::predecessor).toArray(String[]::new))
        .bind("ss", links.stream().map(LineageLink::successor).toArray(String[]::new))
        .bind("ks", links.stream().map(l -> l.kind().name()).toArray(String[]::new))
        .fetch()
        .rowsUpdated()
        .then();
  }

  private Mono<Void> audit(DatabaseClient db, String tenant, ChangeSet changes) {
    return db.sql(
            "INSERT INTO audit_log (tenant_id, actor, action, resource, detail)"
                + " VALUES (:t, :by, :action, :resource, jsonb_build_object('effective', :day::text,"
                + " 'created', :created::int, 'changed', :changed::int))")
        .bind("t", tenant)
        .bind("by", changes.actor())
        .bind("action", changes.action())
        .bind("resource", changes.resource())
        .bind("day", changes.effective().toString())
        .bind("created", changes.created().size())
        .bind("changed", changes.changed().size())
        .fetch()
        .rowsUpdated()
        .then();
  }

  /** Text array of one attribute; absent values travel as '' and become NULL in SQL. */
  private static String[] column(List<UnitState> states, Function<UnitState, String> attribute) {
    return states.stream().map(attribute).map(v -> v == null ? "" : v).toArray(String[]::new);
  }

  private static StoredVersion version(Readable r) {
    String area = r.get("area", String.class);
    String[] tags = r.get("tags", String[].class);
    UnitState state =
        new UnitState(
            r.get("org_unit_id", String.class),
            OrgUnitLevel.valueOf(r.get("level", String.class)),
            r.get("parent_id", String.class),
            r.get("name_zh", String.class),
            r.get("name_en", String.class),
            area == null ? null : AreaType.valueOf(area),
            r.get("population", Integer.class),
            r.get("households", Integer.class),
            r.get("division_code", String.class),
            tags == null ? List.of() : Arrays.asList(tags),
            Boolean.TRUE.equals(r.get("active", Boolean.class)));
    return new StoredVersion(
        state,
        r.get("valid_from", LocalDate.class),
        r.get("valid_to", LocalDate.class),
        r.get("revision", Integer.class),
        ChangeKind.valueOf(r.get("change_kind", String.class)),
        r.get("changed_by", String.class),
        r.get("changed_at", OffsetDateTime.class));
  }
}

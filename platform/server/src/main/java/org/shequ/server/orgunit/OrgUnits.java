package org.shequ.server.orgunit;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.OrgUnitProfile;
import org.shequ.server.storage.TenantDatabase;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a tenant's org units as they were on a given day. Other packages (reports, progress) use
 * this to find the unit a report was made for and the units under it in a past year's tree.
 */
@Service
public class OrgUnits {
  private final TenantDatabase database;
  private final OrgUnitStore store;

  public OrgUnits(TenantDatabase database, OrgUnitStore store) {
    this.database = database;
    this.store = store;
  }

  /** The unit as it was on {@code asOf}; empty if it did not exist that day. */
  public Mono<OrgUnitView> find(String tenant, String id, LocalDate asOf) {
    return database
        .inTenantOne(tenant, db -> store.validOn(db, tenant, id, asOf))
        .map(StoredVersion::view);
  }

  /**
   * The unit and every active unit below it on {@code asOf}, parents before children; empty if the
   * unit was not active that day.
   */
  public Flux<String> subtreeIds(String tenant, String rootId, LocalDate asOf) {
    return database
        .inTenant(tenant, db -> store.tree(db, tenant, asOf, rootId, false))
        .map(v -> v.state().id());
  }

  /** What plan rules may know of the unit on {@code asOf}; area ALL for units without one. */
  public Mono<OrgUnitProfile> profile(String tenant, String id, LocalDate asOf) {
    return find(tenant, id, asOf)
        .map(
            u ->
                new OrgUnitProfile(
                    u.id(),
                    u.level(),
                    u.area() == null ? AreaType.ALL : u.area(),
                    u.population(),
                    u.households(),
                    java.util.Set.copyOf(u.tags())));
  }

  /** The tree on {@code asOf}, from {@code rootId} or from the region root when null. */
  public Mono<List<OrgUnitNode>> tree(
      String tenant, LocalDate asOf, String rootId, boolean includeInactive) {
    return database
        .inTenant(tenant, db -> store.tree(db, tenant, asOf, rootId, includeInactive))
        .collectList()
        .map(OrgUnits::nest);
  }

  /** One page of the units at and below {@code rootId} (all when null), in tree order. */
  public Mono<OrgUnitPage> page(
      String tenant,
      LocalDate asOf,
      String rootId,
      boolean includeInactive,
      OrgUnitLevel level,
      int page,
      int size) {
    return database.inTenantOne(
        tenant,
        db ->
            store
                .treePage(db, tenant, asOf, rootId, includeInactive, level, page, size)
                .map(StoredVersion::view)
                .collectList()
                .zipWith(store.treeCount(db, tenant, asOf, rootId, includeInactive, level))
                .map(t -> new OrgUnitPage(t.getT1(), page, size, t.getT2())));
  }

  /** Every version of the unit and its merge/split lineage; empty if the id was never used. */
  public Mono<OrgUnitHistory> history(String tenant, String id) {
    return database.inTenantOne(
        tenant,
        db ->
            store
                .versions(db, tenant, id)
                .map(v -> new OrgUnitVersion(v.view(), v.change(), v.changedBy(), v.changedAt()))
                .collectList()
                .filter(versions -> !versions.isEmpty())
                .zipWith(store.lineage(db, tenant, id).collectList())
                .map(
                    t ->
                        new OrgUnitHistory(
                            id,
                            t.getT1(),
                            t.getT2().stream().filter(l -> l.successor().equals(id)).toList(),
                            t.getT2().stream().filter(l -> l.predecessor().equals(id)).toList())));
  }

  /** Nests a depth-first list (parents first) into trees. */
  private static List<OrgUnitNode> nest(List<StoredVersion> ordered) {
    Map<String, List<OrgUnitNode>> children = new HashMap<>();
    List<OrgUnitNode> roots = new ArrayList<>();
    // Build bottom-up: a node is complete once all of its (later-listed) children are.
    Deque<StoredVersion> reversed = new ArrayDeque<>();
    ordered.forEach(reversed::push);
    Map<String, Boolean> listed = new HashMap<>();
    ordered.forEach(v -> listed.put(v.state().id(), true));
    for (StoredVersion v : reversed) {
      List<OrgUnitNode> mine = children.getOrDefault(v.state().id(), new ArrayList<>());
      java.util.Collections.reverse(mine);
      OrgUnitNode node = new OrgUnitNode(v.view(), List.copyOf(mine));
      String parent = v.state().parentId();
      if (parent != null && listed.containsKey(parent)) {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(node);
      } else {
        roots.add(0, node);
      }
    }
    return roots;
  }
}

package org.shequ.server.orgunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.server.orgunit.OrgUnitRequests.Edit;
import org.shequ.server.orgunit.OrgUnitRequests.Merge;
import org.shequ.server.orgunit.OrgUnitRequests.MergeResult;
import org.shequ.server.orgunit.OrgUnitRequests.NewUnit;
import org.shequ.server.orgunit.OrgUnitRequests.Split;
import org.shequ.server.orgunit.OrgUnitRequests.SplitResult;
import org.shequ.server.storage.TenantDatabase;
import org.shequ.server.web.ApiProblem;
import org.shequ.server.web.Problems;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Changes to a tenant's tree. Each change closes the versions it replaces and opens new ones from
 * its effective day, so the tree of any earlier day stays as it was. A tenant's changes are
 * serialized, checked against the whole tree, and written in one transaction.
 */
@Service
class OrgUnitChanges {
  private final TenantDatabase database;
  private final OrgUnitStore store;

  OrgUnitChanges(TenantDatabase database, OrgUnitStore store) {
    this.database = database;
    this.store = store;
  }

  Mono<OrgUnitView> add(String tenant, String actor, NewUnit request) {
    LocalDate day = effective(request.effective());
    return write(
            tenant,
            tree -> {
              checkNewUnit(request, "");
              UnitState state = newState(tree, request, null, null);
              requireNew(tree, state.id());
              tree.put(state);
              raise(UnitRules.check(tree, state, day), "");
              return ChangeSet.of(day, actor, "org-unit.add", state.id())
                  .create(state, ChangeKind.CREATE);
            })
        .map(cs -> view(cs.allVersions().get(0), day));
  }

  Mono<OrgUnitView> edit(String tenant, String actor, String id, Edit e, Integer ifRevision) {
    LocalDate day = effective(e.effective());
    return write(
            tenant,
            tree -> {
              StoredVersion previous = existingActive(tree, id);
              if (ifRevision != null && ifRevision != previous.revision()) {
                throw OrgUnitProblems.staleRevision(id, previous.revision());
              }
              UnitState p = previous.state();
              OrgUnitName name = e.name();
              UnitState state =
                  new UnitState(
                      id,
                      p.level(),
                      p.parentId(),
                      name == null || name.zh() == null ? p.nameZh() : name.zh(),
                      name == null || name.en() == null ? p.nameEn() : blankToNull(name.en()),
                      e.area() == null ? p.area() : e.area(),
                      e.population() == null ? p.population() : e.population(),
                      e.households() == null ? p.households() : e.households(),
                      e.divisionCode() == null ? p.divisionCode() : blankToNull(e.divisionCode()),
                      e.tags() == null ? p.tags() : e.tags(),
                      true);
              ChangeSet cs = ChangeSet.of(day, actor, "org-unit.edit", id);
              if (state.equals(p)) {
                return cs;
              }
              tree.put(state);
              raise(UnitRules.check(tree, state, day), "");
              return cs.change(previous, state, ChangeKind.EDIT);
            })
        .flatMap(cs -> resultOrCurrent(tenant, id, cs, day));
  }

  Mono<OrgUnitView> move(String tenant, String actor, String id, OrgUnitRequests.Move m) {
    LocalDate day = effective(m.effective());
    return write(
            tenant,
            tree -> {
              StoredVersion previous = existingActive(tree, id);
              if (m.parentId() == null || m.parentId().isBlank()) {
                throw OrgUnitProblems.invalid("parentId", "required", "parentId");
              }
              ChangeSet cs = ChangeSet.of(day, actor, "org-unit.move", id);
              if (m.parentId().equals(previous.state().parentId())) {
                return cs;
              }
              UnitState state = previous.state().withParent(m.parentId());
              tree.put(state);
              raise(UnitRules.check(tree, state, day), "");
              return cs.change(previous, state, ChangeKind.MOVE);
            })
        .flatMap(cs -> resultOrCurrent(tenant, id, cs, day));
  }

  Mono<OrgUnitView> deactivate(String tenant, String actor, String id, LocalDate effective) {
    LocalDate day = effective(effective);
    return write(
            tenant,
            tree -> {
              StoredVersion previous = existingActive(tree, id);
              ChangeSet cs = ChangeSet.of(day, actor, "org-unit.deactivate", id);
              retire(tree, cs, previous, day, ChangeKind.DEACTIVATE, "");
              return cs;
            })
        .map(cs -> view(cs.allVersions().get(0), day));
  }

  Mono<MergeResult> merge(String tenant, String actor, Merge m) {
    LocalDate day = effective(m.effective());
    return write(
            tenant,
            tree -> {
              Set<String> from = new LinkedHashSet<>(m.from() == null ? List.of() : m.from());
              if (from.size() < 2) {
                throw OrgUnitProblems.invalid("from", "merge-too-few");
              }
              for (int i = 0; i < m.from().size(); i++) {
                if (m.from().get(i) == null || m.from().get(i).isBlank()) {
                  throw OrgUnitProblems.invalid("from[" + i + "]", "required", "from[" + i + "]");
                }
              }
              checkNewUnit(m.into(), "into");
              List<StoredVersion> merged =
                  from.stream().map(id -> existingActive(tree, id)).toList();
              StoredVersion first = merged.get(0);
              UnitState into =
                  newState(tree, m.into(), first.state().parentId(), first.state().level());
              requireNew(tree, into.id());
              tree.put(into);
              ChangeSet cs =
                  ChangeSet.of(day, actor, "org-unit.merge", into.id())
                      .create(into, ChangeKind.MERGE);
              List<Issue> issues =
                  new ArrayList<>(prefixed("into.", UnitRules.check(tree, into, day)));
              for (int i = 0; i < merged.size(); i++) {
                StoredVersion unit = merged.get(i);
                if (unit.state().level() != into.level()) {
                  issues.add(Issue.of("from[" + i + "]", "level-mismatch", "merge-level-mismatch"));
                }
                // The merged units' own units now belong to the new one.
                for (String child : tree.activeChildren(unit.state().id())) {
                  UnitState moved = tree.state(child).withParent(into.id());
                  tree.put(moved);
                  issues.addAll(prefixed("children.", UnitRules.check(tree, moved, day)));
                  cs.change(tree.stored(child), moved, ChangeKind.MOVE);
                }
                UnitState retired = unit.state().withActive(false);
                tree.put(retired);
                issues.addAll(prefixed("from[" + i + "].", UnitRules.check(tree, retired, day)));
                cs.change(unit, retired, ChangeKind.MERGE)
                    .link(unit.state().id(), into.id(), ChangeKind.MERGE);
              }
              raise(issues, "");
              return cs;
            })
        .map(
            cs ->
                new MergeResult(
                    view(cs.allVersions().get(0), day),
                    List.copyOf(new LinkedHashSet<>(m.from())),
                    day));
  }

  Mono<SplitResult> split(String tenant, String actor, String id, Split s) {
    LocalDate day = effective(s.effective());
    return write(
            tenant,
            tree -> {
              StoredVersion unit = existingActive(tree, id);
              List<NewUnit> parts = s.into() == null ? List.of() : s.into();
              if (parts.size() < 2) {
                throw OrgUnitProblems.invalid("into", "split-too-few");
              }
              for (int i = 0; i < parts.size(); i++) {
                checkNewUnit(parts.get(i), "into[" + i + "]");
              }
              ChangeSet cs = ChangeSet.of(day, actor, "org-unit.split", id);
              List<Issue> issues = new ArrayList<>();
              List<UnitState> made = new ArrayList<>();
              for (NewUnit part : parts) {
                UnitState state =
                    newState(tree, part, unit.state().parentId(), unit.state().level());
                requireNew(tree, state.id());
                tree.put(state);
                made.add(state);
              }
              for (int i = 0; i < made.size(); i++) {
                UnitState state = made.get(i);
                issues.addAll(prefixed("into[" + i + "].", UnitRules.check(tree, state, day)));
                if (state.level() != unit.state().level()) {
                  issues.add(
                      Issue.of("into[" + i + "].level", "level-mismatch", "split-level-mismatch"));
                }
                cs.create(state, ChangeKind.SPLIT).link(id, state.id(), ChangeKind.SPLIT);
              }
              raise(issues, "");
              retire(tree, cs, unit, day, ChangeKind.SPLIT, "");
              return cs;
            })
        .map(
            cs ->
                new SplitResult(
                    id,
                    cs.allVersions().stream()
                        .filter(c -> c.previous() == null)
                        .map(c -> view(c, day))
                        .toList(),
                    day));
  }

  /** Closes a unit that has no active units below it. */
  private static void retire(
      OrgUnitTree tree,
      ChangeSet cs,
      StoredVersion unit,
      LocalDate day,
      ChangeKind kind,
      String prefix) {
    String id = unit.state().id();
    if (id.equals(tree.rootId())) {
      throw OrgUnitProblems.invalid(prefix + "id", "region-root");
    }
    List<String> children = tree.activeChildren(id);
    if (!children.isEmpty()) {
      throw OrgUnitProblems.invalid(
          prefix + "id", "has-active-children", String.join(", ", children));
    }
    UnitState retired = unit.state().withActive(false);
    tree.put(retired);
    raise(UnitRules.check(tree, retired, day), prefix);
    cs.change(unit, retired, kind);
  }

  private Mono<ChangeSet> write(String tenant, Function<OrgUnitTree, ChangeSet> plan) {
    return database.inTenantOne(
        tenant,
        db ->
            store
                .lockTree(db, tenant)
                .then(store.ensureRoot(db, tenant, "system"))
                .then(store.latest(db, tenant).collectList())
                .map(OrgUnitTree::new)
                .map(plan)
                .flatMap(
                    cs ->
                        cs.isEmpty() ? Mono.just(cs) : store.apply(db, tenant, cs).thenReturn(cs)));
  }

  private Mono<OrgUnitView> resultOrCurrent(String tenant, String id, ChangeSet cs, LocalDate day) {
    if (!cs.isEmpty()) {
      return Mono.just(view(cs.allVersions().get(0), day));
    }
    return database
        .inTenantOne(
            tenant, db -> store.latest(db, tenant).filter(v -> v.state().id().equals(id)).next())
        .map(StoredVersion::view);
  }

  private static UnitState newState(
      OrgUnitTree tree, NewUnit r, String defaultParent, OrgUnitLevel defaultLevel) {
    OrgUnitLevel level = r.level() == null ? defaultLevel : r.level();
    String parent = r.parentId();
    if (parent == null || parent.isBlank()) {
      parent =
          defaultParent != null
              ? defaultParent
              : (level == OrgUnitLevel.REGION ? null : tree.rootId());
    }
    return new UnitState(
        r.id(),
        level,
        parent,
        r.name() == null ? null : r.name().zh(),
        r.name() == null ? null : r.name().en(),
        r.area(),
        r.population(),
        r.households(),
        blankToNull(r.divisionCode()),
        r.tags(),
        true);
  }

  /**
   * A new unit must be given, with an id; a parent, if given, must name one ({@code ""} is no
   * parent and not "the default" either).
   */
  private static void checkNewUnit(NewUnit unit, String at) {
    String prefix = at.isEmpty() ? "" : at + ".";
    if (unit == null) {
      throw OrgUnitProblems.invalid(at, "required", at);
    }
    if (unit.id() == null || unit.id().isBlank()) {
      throw OrgUnitProblems.invalid(prefix + "id", "required", prefix + "id");
    }
    if (unit.parentId() != null && unit.parentId().isBlank()) {
      throw OrgUnitProblems.invalid(prefix + "parentId", "blank");
    }
  }

  private static void requireNew(OrgUnitTree tree, String id) {
    if (id != null && tree.stored(id) != null) {
      throw OrgUnitProblems.exists(id);
    }
  }

  private static StoredVersion existingActive(OrgUnitTree tree, String id) {
    StoredVersion v = tree.stored(id);
    if (v == null) {
      throw OrgUnitProblems.unitNotFound(id);
    }
    if (!v.state().active()) {
      throw OrgUnitProblems.invalid("id", "inactive", id);
    }
    return v;
  }

  /** Throws the issues as one problem; an unknown parent is a 404, as any unknown id is. */
  private static void raise(List<Issue> issues, String prefix) {
    if (issues.isEmpty()) {
      return;
    }
    for (Issue i : issues) {
      if (i.code().equals("unknown-parent")) {
        throw Problems.of(org.springframework.http.HttpStatus.NOT_FOUND, "not-found")
            .detailKey("not-found.parent")
            .fields(List.of(new ApiProblem.FieldError(prefix + i.field(), i.code(), i.message())))
            .build();
      }
    }
    throw OrgUnitProblems.invalid(
        issues.stream()
            .map(i -> new ApiProblem.FieldError(prefix + i.field(), i.code(), i.message()))
            .toList());
  }

  private static List<Issue> prefixed(String prefix, List<Issue> issues) {
    return issues.stream().map(i -> new Issue(prefix + i.field(), i.code(), i.message())).toList();
  }

  private static OrgUnitView view(ChangeSet.Change c, LocalDate day) {
    return new StoredVersion(c.state(), day, null, c.revision(), c.kind(), null, null).view();
  }

  private static LocalDate effective(LocalDate requested) {
    return Objects.requireNonNullElseGet(requested, OrgUnitDates::today);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

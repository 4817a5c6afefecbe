package org.shequ.server.orgunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything one request changes in a tenant's tree, all effective the same day, written in one
 * transaction by {@link OrgUnitStore#apply}.
 *
 * @param action what the audit log calls the step, e.g. {@code org-unit.move}
 * @param resource the unit (or file) the step was about
 */
record ChangeSet(
    LocalDate effective,
    String actor,
    String action,
    String resource,
    List<UnitState> created,
    List<Change> changed,
    List<ChangeKind> createdKinds,
    List<LineageLink> lineage) {

  /** A new version of a unit: {@code state} replacing {@code previous} (null for a new unit). */
  record Change(UnitState state, StoredVersion previous, ChangeKind kind) {
    int revision() {
      return previous == null ? 1 : previous.revision() + 1;
    }
  }

  static ChangeSet of(LocalDate effective, String actor, String action, String resource) {
    return new ChangeSet(
        effective,
        actor,
        action,
        resource,
        new ArrayList<>(),
        new ArrayList<>(),
        new ArrayList<>(),
        new ArrayList<>());
  }

  ChangeSet create(UnitState state, ChangeKind kind) {
    created.add(state);
    createdKinds.add(kind);
    return this;
  }

  ChangeSet change(StoredVersion previous, UnitState state, ChangeKind kind) {
    changed.add(new Change(state, previous, kind));
    return this;
  }

  ChangeSet link(String predecessor, String successor, ChangeKind kind) {
    lineage.add(new LineageLink(predecessor, successor, effective, kind));
    return this;
  }

  /** The versions to insert: first versions of new units, then new versions of existing ones. */
  List<Change> allVersions() {
    List<Change> firsts = new ArrayList<>();
    for (int i = 0; i < created.size(); i++) {
      firsts.add(new Change(created.get(i), null, createdKinds.get(i)));
    }
    return Stream.concat(firsts.stream(), changed.stream()).toList();
  }

  boolean isEmpty() {
    return created.isEmpty() && changed.isEmpty();
  }
}

package org.shequ.server.orgunit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shequ.plan.api.OrgUnitLevel;

/**
 * A tenant's tree as its latest versions describe it, with the changes of one request laid over it,
 * so a whole request (up to a file of thousands of rows) is checked before anything is written.
 */
final class OrgUnitTree {
  private final Map<String, StoredVersion> stored = new HashMap<>();
  private final Map<String, UnitState> pending = new HashMap<>();
  private String rootId;

  OrgUnitTree(List<StoredVersion> latest) {
    for (StoredVersion v : latest) {
      stored.put(v.state().id(), v);
      if (v.state().level() == OrgUnitLevel.REGION) {
        rootId = v.state().id();
      }
    }
  }

  String rootId() {
    return rootId;
  }

  /** The stored latest version, or null for a unit that has none. */
  StoredVersion stored(String id) {
    return stored.get(id);
  }

  /** The unit's state with this request's changes applied, or null if it has none. */
  UnitState state(String id) {
    if (id == null) {
      return null;
    }
    UnitState p = pending.get(id);
    if (p != null) {
      return p;
    }
    StoredVersion v = stored.get(id);
    return v == null ? null : v.state();
  }

  void put(UnitState state) {
    pending.put(state.id(), state);
  }

  /** Ids of the active units whose parent is {@code id}, with this request's changes applied. */
  List<String> activeChildren(String id) {
    Set<String> ids = new HashSet<>(stored.keySet());
    ids.addAll(pending.keySet());
    List<String> children = new ArrayList<>();
    for (String candidate : ids) {
      UnitState s = state(candidate);
      if (s.active() && id.equals(s.parentId())) {
        children.add(candidate);
      }
    }
    children.sort(String::compareTo);
    return children;
  }

  /** Whether walking up from {@code start} meets {@code id} (or loops without reaching a root). */
  boolean reachesUpward(String start, String id) {
    Set<String> seen = new HashSet<>();
    for (String at = start; at != null; ) {
      if (at.equals(id) || !seen.add(at)) {
        return true;
      }
      UnitState s = state(at);
      at = s == null ? null : s.parentId();
    }
    return false;
  }
}

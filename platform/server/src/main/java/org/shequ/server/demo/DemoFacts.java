package org.shequ.server.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.Field;
import org.shequ.plan.api.OrgUnitLevel;

/**
 * Facts of the synthetic tree that some fields simply restate: residents, households, and the
 * number of villages and communities under a unit. A region form asking for its population gets the
 * sum of its communities', not a random number.
 */
final class DemoFacts {
  private final Map<String, long[]> totals = new HashMap<>();

  /** Totals per unit: population, households, villages, communities. */
  DemoFacts(List<DemoUnit> units) {
    Map<String, String> parents = new HashMap<>();
    units.forEach(u -> parents.put(u.id(), u.parentId()));
    for (DemoUnit u : units) {
      if (u.level() != OrgUnitLevel.COMMUNITY) {
        continue;
      }
      long[] own = {
        u.population() == null ? 0 : u.population(),
        u.households() == null ? 0 : u.households(),
        u.area() == AreaType.RURAL ? 1 : 0,
        u.area() == AreaType.URBAN ? 1 : 0
      };
      for (String id = u.id(); id != null; id = parents.get(id)) {
        long[] t = totals.computeIfAbsent(id, k -> new long[4]);
        for (int i = 0; i < 4; i++) {
          t[i] += own[i];
        }
      }
    }
  }

  /** The fact a numeric field restates for a unit, judged by the words of its code. */
  Optional<Double> about(Field f, DemoUnit unit) {
    long[] t = totals.get(unit.id());
    if (t == null) {
      return Optional.empty();
    }
    String code = f.code();
    if (code.contains("population") || code.equals("residents")) {
      return Optional.of((double) t[0]);
    }
    if (code.equals("households")) {
      return Optional.of((double) t[1]);
    }
    if (code.equals("villages")) {
      return Optional.of((double) t[2]);
    }
    if (code.equals("communities")) {
      return Optional.of((double) t[3]);
    }
    return Optional.empty();
  }
}

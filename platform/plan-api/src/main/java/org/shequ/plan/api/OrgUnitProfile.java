package org.shequ.plan.api;

import java.util.Objects;
import java.util.Set;

/**
 * What a plan may know of an org unit when it evaluates targets and rules: never its name or its
 * tenant, only the facts a target can depend on.
 *
 * <p>Built by the host from its registry of org units, per report validation and per evaluation,
 * and handed to {@link Form#validate} and {@link Computation#evaluate}; a plugin only reads it.
 * Immutable; never blocks.
 *
 * @param tags free labels a region sets on units, e.g. {@code "less-developed"} (欠发达)
 */
public record OrgUnitProfile(
    String id,
    OrgUnitLevel level,
    AreaType area,
    Integer population,
    Integer households,
    Set<String> tags) {
  public OrgUnitProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(area, "area");
    tags = tags == null ? Set.of() : Set.copyOf(tags);
  }

  public static OrgUnitProfile community(String id, AreaType area, Integer population) {
    return new OrgUnitProfile(id, OrgUnitLevel.COMMUNITY, area, population, null, Set.of());
  }
}

package org.shequ.plan.api;

import java.util.Objects;

/**
 * Whom an indicator measures.
 *
 * <p>Built by a plugin inside {@link PlanModule#plan()}, once per load; read by the host whenever
 * it computes progress. Immutable; never blocks.
 *
 * @param area urban communities, rural ones, or all
 * @param level the org-unit level whose reports feed it (COMMUNITY for per-community indicators,
 *     REGION for figures only the region reports)
 * @param perUnit true when the target applies to each org unit ("每个社区"), false when it applies to
 *     the region as a whole
 */
public record Scope(AreaType area, OrgUnitLevel level, boolean perUnit) {
  public Scope {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(level, "level");
  }

  public static Scope communities(AreaType area) {
    return new Scope(area, OrgUnitLevel.COMMUNITY, false);
  }

  public static Scope eachCommunity(AreaType area) {
    return new Scope(area, OrgUnitLevel.COMMUNITY, true);
  }

  public static Scope streets() {
    return new Scope(AreaType.ALL, OrgUnitLevel.STREET, false);
  }

  public static Scope region() {
    return new Scope(AreaType.ALL, OrgUnitLevel.REGION, false);
  }
}

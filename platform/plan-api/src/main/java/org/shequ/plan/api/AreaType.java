package org.shequ.plan.api;

/**
 * Urban communities (社区), rural ones (村/农村社区), or both.
 *
 * <p>Chosen by a plugin for scopes, forms and conditions inside {@link PlanModule#plan()}; read by
 * the host on every report, progress and comparison request.
 */
public enum AreaType {
  URBAN,
  RURAL,
  ALL;

  /** Whether an org unit of area {@code unitArea} falls under this scope. */
  public boolean covers(AreaType unitArea) {
    return this == ALL || this == unitArea;
  }
}

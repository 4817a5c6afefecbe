package org.shequ.plan.api;

/** Levels of a tenant's org-unit tree, from the region down to communities and villages. */
public enum OrgUnitLevel {
  /** The tenant itself: province, city, district or county-level city. */
  REGION,
  CITY,
  COUNTY,
  /** Street (街道) or town (镇). */
  STREET,
  /** Community (社区) or village (村); urban or rural by its {@link AreaType}. */
  COMMUNITY
}

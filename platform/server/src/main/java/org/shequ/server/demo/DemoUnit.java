package org.shequ.server.demo;

import java.util.List;
import java.util.Set;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.OrgUnitLevel;
import org.shequ.plan.api.OrgUnitProfile;

/**
 * One synthetic org unit. {@code area}, {@code population} and {@code households} are set for
 * communities and villages only; {@code street} is the street or town a unit belongs to (itself for
 * a street), used to make some parts of a region ahead of others.
 */
record DemoUnit(
    String id,
    String parentId,
    OrgUnitLevel level,
    String nameZh,
    String nameEn,
    AreaType area,
    Integer population,
    Integer households,
    List<String> tags,
    String street) {

  /** The tag every synthetic unit carries, so it can be found and removed. */
  static final String TAG = "synthetic-demo";

  DemoUnit {
    tags = List.copyOf(tags);
  }

  /** What a plan may know of the unit; non-community units count as urban-and-rural. */
  OrgUnitProfile profile() {
    return new OrgUnitProfile(
        id, level, area == null ? AreaType.ALL : area, population, households, Set.copyOf(tags));
  }

  /** Whether a form for {@code appliesTo} communities is filled in by this unit. */
  boolean reports(OrgUnitLevel formLevel, AreaType appliesTo) {
    return level == formLevel
        && (level != OrgUnitLevel.COMMUNITY || appliesTo == null || appliesTo.covers(area));
  }
}

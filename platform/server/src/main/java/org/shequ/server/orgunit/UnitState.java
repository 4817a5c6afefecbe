package org.shequ.server.orgunit;

import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.OrgUnitLevel;

/** The content of one version of an org unit: everything a change can set. */
record UnitState(
    String id,
    OrgUnitLevel level,
    String parentId,
    String nameZh,
    String nameEn,
    AreaType area,
    Integer population,
    Integer households,
    String divisionCode,
    List<String> tags,
    boolean active) {
  UnitState {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  UnitState withParent(String newParent) {
    return new UnitState(
        id,
        level,
        newParent,
        nameZh,
        nameEn,
        area,
        population,
        households,
        divisionCode,
        tags,
        active);
  }

  UnitState withActive(boolean nowActive) {
    return new UnitState(
        id,
        level,
        parentId,
        nameZh,
        nameEn,
        area,
        population,
        households,
        divisionCode,
        tags,
        nowActive);
  }
}

package org.shequ.server.orgunit;

import java.time.LocalDate;
import java.util.List;
import org.shequ.plan.api.AreaType;
import org.shequ.plan.api.OrgUnitLevel;

/**
 * An org unit as it was on one day: the version valid that day.
 *
 * @param parentId null for the tenant's region root
 * @param area URBAN or RURAL for communities and villages; null where not recorded
 * @param validFrom first day of this version
 * @param validTo first day it no longer holds; null while current
 * @param revision the version's number, counting from 1 per unit (also its ETag)
 */
public record OrgUnitView(
    String id,
    String parentId,
    OrgUnitLevel level,
    AreaType area,
    OrgUnitName name,
    String divisionCode,
    Integer population,
    Integer households,
    List<String> tags,
    boolean active,
    LocalDate validFrom,
    LocalDate validTo,
    int revision) {}

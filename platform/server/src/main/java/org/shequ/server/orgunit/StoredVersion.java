package org.shequ.server.orgunit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One stored version of an org unit with its validity and who made it. */
record StoredVersion(
    UnitState state,
    LocalDate validFrom,
    LocalDate validTo,
    int revision,
    ChangeKind change,
    String changedBy,
    OffsetDateTime changedAt) {

  OrgUnitView view() {
    return new OrgUnitView(
        state.id(),
        state.parentId(),
        state.level(),
        state.area(),
        new OrgUnitName(state.nameZh(), state.nameEn()),
        state.divisionCode(),
        state.population(),
        state.households(),
        state.tags(),
        state.active(),
        validFrom,
        validTo,
        revision);
  }
}

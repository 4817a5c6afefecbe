package org.shequ.server.orgunit;

import java.time.OffsetDateTime;

/** One entry of a unit's history: the version, what kind of change made it, who and when. */
public record OrgUnitVersion(
    OrgUnitView unit, ChangeKind change, String changedBy, OffsetDateTime changedAt) {}

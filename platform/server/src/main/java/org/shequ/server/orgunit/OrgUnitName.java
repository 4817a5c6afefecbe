package org.shequ.server.orgunit;

/**
 * An org unit's name: Chinese always, English where known (most villages have none).
 *
 * @param en null when the unit has no English name
 */
public record OrgUnitName(String zh, String en) {}

package org.shequ.server.orgunit;

import java.util.List;

/**
 * Everything that happened to one unit: its versions oldest first, and the units it came from or
 * went into by merges and splits.
 */
public record OrgUnitHistory(
    String id,
    List<OrgUnitVersion> versions,
    List<LineageLink> predecessors,
    List<LineageLink> successors) {}

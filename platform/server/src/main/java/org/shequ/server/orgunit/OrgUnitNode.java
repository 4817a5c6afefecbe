package org.shequ.server.orgunit;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** A unit of the tree with its children nested. */
public record OrgUnitNode(@JsonUnwrapped OrgUnitView unit, List<OrgUnitNode> children) {}

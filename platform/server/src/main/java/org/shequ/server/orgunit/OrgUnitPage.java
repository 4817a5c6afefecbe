package org.shequ.server.orgunit;

import java.util.List;

/** One page of the flat list, in tree order (parents before their children). */
public record OrgUnitPage(List<OrgUnitView> items, int page, int size, long total) {}

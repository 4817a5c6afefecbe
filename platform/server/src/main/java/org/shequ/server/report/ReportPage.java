package org.shequ.server.report;

import java.util.List;

/** One page of current reports. */
record ReportPage(List<ReportListItem> items, int page, int size, long total) {}

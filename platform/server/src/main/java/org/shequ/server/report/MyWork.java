package org.shequ.server.report;

import java.util.List;

/**
 * A caller's work in one period (我的填报): every form due for its units, one page of them.
 *
 * @param period the year shown
 * @param plan the plan covering it, whose forms are due
 * @param periods every year of the tenant's plans, to choose another
 * @param total how many items match, over all pages
 */
record MyWork(
    String tenant,
    int period,
    String plan,
    List<Integer> periods,
    List<WorkItem> items,
    long total,
    int page,
    int size) {}

package org.shequ.server.progress;

/**
 * The years a plan covers, both included: the x axis of a trend and the year its projection ends.
 *
 * @param from the plan's first year
 * @param to the plan's last year
 */
public record PlanYears(int from, int to) {}

package org.shequ.server.progress;

/**
 * How many units' counted reports of one form carry the plan's warnings (broken WARNING rules, e.g.
 * office space above 20% of the premises): targets a unit reported honestly that it misses.
 *
 * @param units units in the subtree whose counted report for the period has at least one warning
 */
public record FormWarnings(String formCode, long units) {}

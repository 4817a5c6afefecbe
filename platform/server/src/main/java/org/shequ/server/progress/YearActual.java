package org.shequ.server.progress;

import java.math.BigDecimal;

/**
 * An indicator's actual in one year, for the same subtree and report statuses as the view it is
 * part of: a point of the trend chart.
 *
 * @param actual the value among the units that reported that year, or null (no data, or a stage
 *     indicator)
 * @param actualStage the stage reached that year, for stage indicators, or null
 * @param reports how many units' reports went into it; 0 for a year without data
 */
public record YearActual(int year, BigDecimal actual, String actualStage, int reports) {}

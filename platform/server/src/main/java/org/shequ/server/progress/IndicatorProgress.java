package org.shequ.server.progress;

import java.math.BigDecimal;
import org.shequ.plan.api.LocalizedText;

/**
 * One indicator's figures for a period.
 *
 * @param actual the computed value, or null (no data, or a stage indicator)
 * @param actualStage the stage reached, for stage indicators
 * @param reports how many units' reports went into the actual
 * @param expected what the plan expects this period (milestone, target or interpolated), or null
 * @param projection where the trend leads by the plan's end year, or null
 */
public record IndicatorProgress(
    String code,
    LocalizedText name,
    LocalizedText unit,
    String formCode,
    String nationalIndicator,
    BigDecimal actual,
    String actualStage,
    int reports,
    FigureView baseline,
    FigureView expected,
    String expectedSource,
    FigureView target,
    ProgressStatus status,
    ReportingRate reporting,
    Projection projection) {}

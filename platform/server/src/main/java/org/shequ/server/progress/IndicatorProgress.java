package org.shequ.server.progress;

import java.math.BigDecimal;
import java.util.List;
import org.shequ.plan.api.LocalizedText;
import org.shequ.plan.api.Provenance;

/**
 * One indicator's figures for a period.
 *
 * @param unit the unit of {@code actual}, which follows from the computation ({@link
 *     org.shequ.plan.api.Indicator#actualUnit()}): % for any share of units or of checklist items,
 *     so a per-unit target shows "94.1176 %" of communities, never "94.1176 人"
 * @param perUnitClause for a per-unit target, the clause each unit is held to as the plan states
 *     it, e.g. {@code ≥ 1 人/社区}; null otherwise
 * @param actual the value among the units that reported, or null (no data, or a stage indicator)
 * @param actualStage the stage reached, for stage indicators
 * @param reports how many units' reports went into the actual
 * @param unknown units that reported but could not be judged against their own target because the
 *     registry does not know their population; left out of {@code actual}
 * @param expected what the plan expects this period (milestone, target or interpolated), or null
 * @param status the status; for an indicator judged per area, the worst of {@code areas}
 * @param reporting units of the indicator's scope in the registry as of the period, and how many
 *     reported; below {@code minimumReportingRate} the status is {@code insufficient_data}
 * @param areas for an indicator whose areas must each meet the target, each area's figures and
 *     status; empty otherwise
 * @param projection where the trend leads by the plan's end year, or null
 * @param group the code of the plan's group ({@link ProgressView#groups()}) the indicator is under,
 *     or null when the plan puts it under none ("other indicators")
 * @param provenance the indicator's own clause in the document: section, original wording, STATED
 *     or DERIVED, and the note saying how a derived one was read
 * @param milestones every milestone the plan sets for the indicator, by year, each with its clause
 *     (a figure held every year has one per year); empty when it sets none
 * @param history the actual of each year from the plan's first year to the period, for the same
 *     subtree and report statuses; a year without data has a null actual and 0 reports
 * @param stages for a stage indicator, its stages in order (a step chart's steps); empty otherwise
 */
public record IndicatorProgress(
    String code,
    LocalizedText name,
    LocalizedText unit,
    LocalizedText perUnitClause,
    String formCode,
    String nationalIndicator,
    BigDecimal actual,
    String actualStage,
    int reports,
    int unknown,
    FigureView baseline,
    FigureView expected,
    String expectedSource,
    FigureView target,
    ProgressStatus status,
    ReportingRate reporting,
    List<AreaProgress> areas,
    Projection projection,
    String group,
    Provenance provenance,
    List<FigureView> milestones,
    List<YearActual> history,
    List<StageView> stages) {
  public IndicatorProgress {
    areas = List.copyOf(areas);
    milestones = List.copyOf(milestones);
    history = List.copyOf(history);
    stages = List.copyOf(stages);
  }
}

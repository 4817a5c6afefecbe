// The trend chart of one indicator: baseline, yearly actuals, milestones and target with their
// comparators, the projection to the plan's end (dashed) and the band of an "about" target.
// A stage indicator is drawn as a step chart whose y axis is its ordered stages.
import { t, text, fmtNumber } from '../core/i18n.js';
import { tooltip, palette } from '../core/chart.js';
import { comparatorSymbol, figureText, stageName } from './progress-common.js';

/** A plan figure ({kind, value|min,max|stage}) with its comparator, as the API's FigureView. */
function viewOfPlanFigure(year, comparator, figure) {
  if (!figure) return null;
  return {
    year,
    comparator,
    value: figure.value ?? null,
    min: figure.min ?? null,
    max: figure.max ?? null,
    stage: figure.stage ?? null,
  };
}

/** The milestones with their comparators: the view's when it has them, else the plan's. */
export function milestonesOf(ind, planInd) {
  if (ind.milestones && ind.milestones.length) return ind.milestones;
  return ((planInd && planInd.milestones) || []).map((m) => ({ ...viewOfPlanFigure(m.year, m.comparator, m.value), provenance: m.provenance }));
}

/**
 * The yearly actuals: {year: {actual, actualStage}}. From the view's history when it has one,
 * else from the points the projection was fitted to (the baseline's year left out), else this year.
 */
export function actualsOf(ind, period) {
  const out = {};
  if (ind.history && ind.history.length) {
    for (const p of ind.history) out[p.year] = { actual: p.actual ?? null, actualStage: p.actualStage ?? null };
    return out;
  }
  if (ind.projection && ind.projection.points) {
    for (const [year, value] of Object.entries(ind.projection.points)) {
      if (ind.baseline && Number(year) === ind.baseline.year && !(Number(year) === period)) continue;
      out[year] = { actual: Number(value), actualStage: null };
    }
  }
  if (ind.actual != null || ind.actualStage) out[period] = { actual: ind.actual ?? null, actualStage: ind.actualStage ?? null };
  return out;
}

/** A figure's single number for a chart: the value, or the middle of its range. */
function pointOf(figure) {
  if (figure.value != null) return Number(figure.value);
  if (figure.min != null && figure.max != null) return (Number(figure.min) + Number(figure.max)) / 2;
  return null;
}

function years(ind, planInd, plan, period) {
  const start = Math.min(...[plan && plan.period ? plan.period.startYear : period, ind.baseline ? ind.baseline.year : period, period]);
  const end = Math.max(...[plan && plan.period ? plan.period.endYear : period, ind.target ? ind.target.year : period, ind.projection ? ind.projection.toYear : period, period]);
  const out = [];
  for (let y = start; y <= end; y += 1) out.push(y);
  return out;
}

/** The ECharts option of the trend of a numeric indicator. */
function numericOption(ind, planInd, plan, period) {
  const colours = palette();
  const unit = text(ind.unit);
  const xs = years(ind, planInd, plan, period);
  const labels = xs.map(String);
  const actuals = actualsOf(ind, period);
  const series = [];
  const actualData = xs.map((y) => (actuals[y] && actuals[y].actual != null ? actuals[y].actual : null));
  series.push({ name: t('progress.trend.actual'), type: 'line', data: actualData, connectNulls: true, symbol: 'circle', symbolSize: 8, lineStyle: { width: 3 }, color: colours.accent });
  // A per-unit target's baseline counts persons per unit, not a share of units: not on this axis.
  if (ind.baseline && ind.baseline.value != null && !ind.perUnitClause) {
    series.push({ name: t('progress.trend.baseline'), type: 'scatter', symbol: 'rect', symbolSize: 12, color: colours.muted, data: [[String(ind.baseline.year), Number(ind.baseline.value)]] });
  }
  const milestones = milestonesOf(ind, planInd).filter((m) => pointOf(m) != null && !(ind.target && m.year === ind.target.year && pointOf(m) === pointOf(ind.target)));
  if (milestones.length) {
    series.push({
      name: t('progress.trend.milestone'),
      type: 'scatter',
      symbol: 'triangle',
      symbolSize: 14,
      color: colours.warn,
      label: { show: true, position: 'top', formatter: (p) => `${comparatorSymbol(p.data.comparator)} ${fmtNumber(p.data.value[1])}`, color: colours.fg },
      data: milestones.map((m) => ({ value: [String(m.year), pointOf(m)], comparator: m.comparator, text: figureText(m, planInd, unit) })),
    });
  }
  if (ind.target && pointOf(ind.target) != null) {
    const target = ind.target;
    const band = target.min != null && target.max != null;
    series.push({
      name: t('progress.trend.target'),
      type: 'scatter',
      symbol: 'diamond',
      symbolSize: 16,
      color: colours.ok,
      label: { show: true, position: 'right', formatter: () => `${comparatorSymbol(target.comparator)} ${fmtNumber(pointOf(target))}`, color: colours.fg },
      data: [{ value: [String(target.year), pointOf(target)], comparator: target.comparator, text: figureText(target, planInd, unit) }],
      markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dotted', color: colours.ok }, label: { show: false }, data: [{ yAxis: pointOf(target) }] },
      markArea: band ? { silent: true, itemStyle: { color: colours.ok, opacity: 0.12 }, label: { show: false }, data: [[{ name: t('progress.trend.band'), yAxis: Number(target.min) }, { yAxis: Number(target.max) }]] } : undefined,
    });
  }
  if (ind.projection) {
    const known = xs.filter((y) => actuals[y] && actuals[y].actual != null);
    const last = known.length ? known[known.length - 1] : null;
    const data = xs.map((y) => (y === last ? actuals[y].actual : y === ind.projection.toYear ? Number(ind.projection.value) : null));
    series.push({ name: t('progress.trend.projection'), type: 'line', data, connectNulls: true, symbol: 'emptyCircle', symbolSize: 8, lineStyle: { type: 'dashed', width: 2 }, color: colours.info });
  }
  return {
    grid: { left: 8, right: 48, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: colours.fg } },
    xAxis: { type: 'category', data: labels, axisLabel: { color: colours.fg } },
    yAxis: { type: 'value', name: unit, scale: true, axisLabel: { color: colours.fg }, nameTextStyle: { color: colours.fg } },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const value = Array.isArray(p.value) ? p.value[1] : p.value;
        return tooltip(`${p.seriesName} · ${t('progress.trend.year', Array.isArray(p.value) ? p.value[0] : p.name)}`, [[p.seriesName, p.data && p.data.text ? p.data.text : `${fmtNumber(value)} ${unit}`]]);
      },
    },
    series,
  };
}

/** The ECharts option of a stage indicator: a step chart over its ordered stages. */
function stageOption(ind, planInd, plan, period) {
  const colours = palette();
  const stages = ((planInd && planInd.stages) || ind.stages || []).map((s) => ({ code: s.code, name: text(s.name) || s.code }));
  const names = stages.map((s) => s.name);
  const xs = years(ind, planInd, plan, period);
  const actuals = actualsOf(ind, period);
  const nameOf = (code) => stageName(planInd, code);
  const series = [
    {
      name: t('progress.trend.actual'),
      type: 'line',
      step: 'end',
      connectNulls: true,
      symbolSize: 10,
      lineStyle: { width: 3 },
      color: colours.accent,
      data: xs.map((y) => (actuals[y] && actuals[y].actualStage ? nameOf(actuals[y].actualStage) : null)),
    },
  ];
  if (ind.baseline && ind.baseline.stage) {
    series.push({ name: t('progress.trend.baseline'), type: 'scatter', symbol: 'rect', symbolSize: 12, color: colours.muted, data: [[String(ind.baseline.year), nameOf(ind.baseline.stage)]] });
  }
  const milestones = milestonesOf(ind, planInd).filter((m) => m.stage);
  if (milestones.length) {
    series.push({ name: t('progress.trend.milestone'), type: 'scatter', symbol: 'triangle', symbolSize: 14, color: colours.warn, data: milestones.map((m) => ({ value: [String(m.year), nameOf(m.stage)], text: figureText(m, planInd) })) });
  }
  if (ind.target && ind.target.stage) {
    series.push({ name: t('progress.trend.target'), type: 'scatter', symbol: 'diamond', symbolSize: 16, color: colours.ok, data: [{ value: [String(ind.target.year), nameOf(ind.target.stage)], text: figureText(ind.target, planInd) }] });
  }
  return {
    grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: colours.fg } },
    xAxis: { type: 'category', data: xs.map(String), axisLabel: { color: colours.fg } },
    yAxis: { type: 'category', data: names, boundaryGap: false, axisLabel: { color: colours.fg, width: 110, overflow: 'break' } },
    tooltip: {
      trigger: 'item',
      formatter: (p) => tooltip(`${p.seriesName} · ${t('progress.trend.year', Array.isArray(p.value) ? p.value[0] : p.name)}`, [[p.seriesName, p.data && p.data.text ? p.data.text : Array.isArray(p.value) ? p.value[1] : p.value]]),
    },
    series,
  };
}

/** True for an indicator measured in stages. */
export function isStage(ind, planInd) {
  return Boolean(ind.actualStage || (ind.target && ind.target.stage) || (planInd && planInd.actualUnit === 'STAGE'));
}

export function trendOption(ind, planInd, plan, period) {
  return isStage(ind, planInd) ? stageOption(ind, planInd, plan, period) : numericOption(ind, planInd, plan, period);
}

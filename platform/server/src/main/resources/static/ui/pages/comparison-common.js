// What the national comparison pages share: the periods plans cover, how a tenant's figure reads
// (actual with its unit, the local target as the plan states it), the status legend, the links to a
// region's progress, and the export buttons.
import { h } from '../core/vue.js';
import { api, ApiError } from '../core/api.js';
import { t, text, fmtNumber, fmtPercent } from '../core/i18n.js';
import { href } from '../core/router.js';
import { statusColour, PROGRESS_STATUSES } from '../core/chart.js';
import { Select, toast } from '../core/ui.js';

/** Every year some plan covers, latest first (plans are public documents). */
export async function loadPeriods() {
  const plans = await api.get('/api/v1/plans');
  const years = new Set();
  for (const p of plans || []) {
    const from = p.period && p.period.startYear;
    const to = p.period && p.period.endYear;
    if (!from || !to) continue;
    for (let y = from; y <= to; y++) years.add(y);
  }
  return [...years].sort((a, b) => b - a);
}

/** The period to show when none is asked for: this year if a plan covers it, else the latest one before it. */
export function defaultPeriod(years) {
  const now = new Date().getFullYear();
  const begun = years.filter((y) => y <= now);
  return String(begun.length ? begun[0] : years[years.length - 1] || now);
}

/** Tenants' names by id, for column heads; a failure leaves the ids. */
export async function loadTenantNames() {
  try {
    const list = await api.get('/api/v1/tenants');
    return Object.fromEntries((list || []).map((x) => [x.id, x.name]));
  } catch (e) {
    return {};
  }
}

export function statusLabel(status) {
  return status ? t(`comparison.status.${status}`) : t('comparison.cell.none');
}

export function statusMeaning(status) {
  return status ? t(`comparison.status.${status}.meaning`) : t('comparison.cell.none.meaning');
}

/** A status as text with its colour beside it; its meaning on hover. */
export function StatusTag(status) {
  return h('span', { class: `cmp-status cmp-status-${status || 'none'}`, title: statusMeaning(status), 'data-test': 'cmp-status', 'data-status': status || '' }, [
    h('span', { class: 'cmp-swatch', 'aria-hidden': 'true' }),
    statusLabel(status),
  ]);
}

/** The legend of the heatmap's and bar chart's colours: each status, its colour and its meaning. */
export function StatusLegend() {
  return h('div', { class: 'cmp-legend', 'data-test': 'cmp-legend' }, [
    h('h2', { class: 'cmp-legend-title' }, t('comparison.legend.title')),
    h(
      'ul',
      PROGRESS_STATUSES.map((s) =>
        h('li', { class: 'cmp-legend-item', 'data-status': s }, [
          h('span', { class: `cmp-swatch cmp-swatch-${s}`, 'aria-hidden': 'true' }),
          h('strong', statusLabel(s)),
          h('span', { class: 'muted' }, ` — ${statusMeaning(s)}`),
        ]),
      ),
    ),
    h('p', { class: 'cmp-legend-note' }, [h('span', { class: 'cmp-approx-mark', 'aria-hidden': 'true' }, '≈'), ' ', t('comparison.legend.approximation')]),
  ]);
}

/** Cell text on a status colour: light on the dark colours, dark on the pale grey ones. */
export function labelColour(status) {
  return status === 'no_data' || status === 'no_target' || !status ? statusColour('insufficient_data') : '#ffffff';
}

export { statusColour };

/** The actual as a reader checks it: the number (or stage) and its unit. */
export function actualText(f) {
  if (!f) return '';
  if (f.actualStage) return f.actualStage;
  if (f.actual === null || f.actual === undefined) return t('comparison.no-actual');
  const unit = text(f.actualUnit);
  return unit ? `${fmtNumber(f.actual)} ${unit}` : fmtNumber(f.actual);
}

/** A number short enough for a cell: one decimal, large counts compact (28.8万, 288K). */
export function shortNumber(n) {
  const v = Number(n);
  return Math.abs(v) >= 10000 ? fmtNumber(v, { notation: 'compact', maximumFractionDigits: 1 }) : fmtNumber(v, { maximumFractionDigits: 1 });
}

/**
 * The short value a heatmap cell shows: the number only (several local indicators: each, by " / "),
 * marked ≈ when a mapping is approximate.
 */
export function shortValue(figures) {
  if (!figures || figures.length === 0) return '—';
  const value = figures.map((f) => f.actualStage || (f.actual === null || f.actual === undefined ? '—' : shortNumber(f.actual))).join(' / ');
  return figures.some((f) => f.approximation) ? `≈ ${value}` : value;
}

/** Worst first, as the progress views rank statuses: a cell with several figures takes the worst. */
const SEVERITY = ['behind', 'at_risk', 'insufficient_data', 'no_data', 'on_track', 'achieved', 'no_target'];

export function worstStatus(figures) {
  const known = (figures || []).map((f) => f.status).filter((s) => SEVERITY.includes(s));
  if (known.length === 0) return null;
  return known.sort((a, b) => SEVERITY.indexOf(a) - SEVERITY.indexOf(b))[0];
}

/** The region's own target with its comparator as the plan states it, and the per-unit clause. */
export function targetText(f) {
  if (!f) return '';
  const target = f.target ? f.target.text : '';
  const clause = text(f.perUnitClause);
  if (clause) return target ? t('comparison.target.per-unit', target, clause) : clause;
  return target || t('comparison.target.none');
}

export function reportingText(r) {
  if (!r || r.rate === null || r.rate === undefined) return t('comparison.reporting.none');
  return t('comparison.reporting.value', fmtPercent(r.rate), fmtNumber(r.reported), fmtNumber(r.expected));
}

export function achievementText(f) {
  return f && f.achievement !== null && f.achievement !== undefined ? fmtPercent(Number(f.achievement) * 100) : '';
}

/** A figure's lines for a tooltip or a detail panel, as [label, value] pairs. */
export function figureRows(f) {
  return [
    [t('comparison.field.indicator'), `${text(f.indicatorName)} (${f.indicator})`],
    [t('comparison.field.actual'), actualText(f)],
    [t('comparison.field.target'), targetText(f)],
    [t('comparison.field.expected'), f.expected ? f.expected.text : ''],
    [t('comparison.field.achievement'), achievementText(f)],
    [t('comparison.field.status'), statusLabel(f.status)],
    [t('comparison.field.reporting'), reportingText(f.reporting)],
    [t('comparison.field.note'), f.approximation ? `≈ ${f.approximationNote || t('comparison.approximation')}` : ''],
  ];
}

/** A region's progress for the period, read-only for national staff. */
export function progressHref(tenant, period) {
  return href('/progress', { tenant, period });
}

export function indicatorHref(code, period) {
  return href(`/comparison/${encodeURIComponent(code)}`, { period });
}

/** The period picker of both pages. */
export function PeriodPicker(years, period, onChange) {
  return Select({
    id: 'cmp-period',
    label: t('common.period'),
    value: period,
    test: 'cmp-period',
    options: years.map((y) => ({ value: String(y), label: String(y) })),
    onChange,
  });
}

/** CSV and XLSX of what is shown, with the same query as the view. */
export function ExportButtons(path, query, baseName, onError, labels = 'comparison.export') {
  const save = (format) =>
    api
      .download(path, { ...query, format }, `${baseName}.${format}`)
      .then(() => toast(t('comparison.export.done')))
      .catch(onError);
  return ['csv', 'xlsx'].map((format) =>
    h('button', { type: 'button', class: 'button', 'data-test': `cmp-export-${format}`, onClick: () => save(format) }, t(`${labels}.${format}`)),
  );
}

/** A change from the live stream concerns the view when it is for the period shown. */
export function concerns(change, period) {
  return !change || !change.period || String(change.period).slice(0, 4) === String(period);
}


export function isNotFound(e) {
  return e instanceof ApiError && e.status === 404;
}

// What the progress pages share: whose progress is shown (the caller's tenant, or another one for
// national staff), the plan as published (its figures' provenance, stages, forms), how a figure
// and a status read, the provenance dialog and the export buttons.
import { h, ref } from '../core/vue.js';
import { api, tenantPathOf } from '../core/api.js';
import { session } from '../core/session.js';
import { t, text, fmtNumber, fmtPercent } from '../core/i18n.js';
import { Dialog, toast } from '../core/ui.js';
import { problemText } from '../core/api.js';

/** The tenant a progress page shows: ?tenant= for national staff, else the caller's own. */
export function tenantOf(query) {
  return (query && query.tenant) || session.tenant;
}

/** True when the page shows a tenant other than the caller's (national staff, read-only). */
export function visiting(query) {
  return Boolean(query && query.tenant && query.tenant !== session.tenant);
}

/** The query a progress view is asked with: only what is set, so links and exports stay short. */
export function viewQuery(query, extra = {}) {
  const out = {};
  for (const key of ['tenant', 'plan', 'period', 'orgUnit', 'include']) {
    if (query && query[key]) out[key] = query[key];
  }
  return { ...out, ...extra };
}

/** The same query without the tenant, for the API (the tenant is in the path). */
export function apiQuery(query, extra = {}) {
  const { tenant, ...rest } = viewQuery(query, extra);
  return rest;
}

const plans = new Map();
/** A plan as published (GET /api/v1/plans/{id}), read once per page load of the console. */
export function loadPlan(planId) {
  if (!plans.has(planId)) {
    const loading = api.get(`/api/v1/plans/${encodeURIComponent(planId)}`);
    loading.catch(() => plans.delete(planId));
    plans.set(planId, loading);
  }
  return plans.get(planId);
}

/** The tenant's plans (ids), for the plan picker; [] when the tenant cannot be read. */
export async function tenantPlans(tenant) {
  try {
    const found = await api.get(tenantPathOf(tenant));
    return found.plans || [];
  } catch (e) {
    return [];
  }
}

/** The years of a plan, from its first to its last. */
export function planYears(plan) {
  if (!plan || !plan.period) return [];
  const years = [];
  for (let y = plan.period.startYear; y <= plan.period.endYear; y += 1) years.push(y);
  return years;
}

/** Status codes as the API sends them, with the badge class of each. */
const STATUS_BADGE = {
  behind: 'bad',
  at_risk: 'warn',
  on_track: 'info',
  achieved: 'ok',
  insufficient_data: 'neutral',
  no_data: 'neutral',
  no_target: 'neutral',
};

export function statusLabel(status) {
  return t(`progress.status.${status}`);
}

/** A progress status: its word (never the colour alone) and its meaning on hover. */
export function ProgressBadge(status) {
  return h(
    'span',
    { class: `badge badge-${STATUS_BADGE[status] || 'neutral'} progress-badge`, title: t(`progress.status-meaning.${status}`), 'data-test': 'progress-status', 'data-status': status },
    statusLabel(status),
  );
}

/** The plan's indicator of a code, or null. */
export function planIndicator(plan, code) {
  return (plan && plan.indicators.find((i) => i.code === code)) || null;
}

/** A stage's name from the plan, else its code. */
export function stageName(planInd, code) {
  const stage = planInd && (planInd.stages || []).find((s) => s.code === code);
  return stage ? text(stage.name) : code;
}

const SYMBOLS = { AT_LEAST: '≥', AT_MOST: '≤', GREATER_THAN: '>', LESS_THAN: '<', EQUAL: '=', BETWEEN: '∈', APPROXIMATELY: '≈' };

/** A comparator's symbol, e.g. ≥ for AT_LEAST. */
export function comparatorSymbol(comparator) {
  return SYMBOLS[comparator] || '';
}

function num(n) {
  return fmtNumber(n, { maximumFractionDigits: 2 });
}

/**
 * A figure (baseline, milestone, expectation, target) as the plan states it: its comparator in
 * words ("约 200（180–220）" for the documents' 左右, never "at least"), a range, or a stage's name.
 */
export function figureText(figure, planInd, unitText) {
  if (!figure) return '';
  const unit = unitText ? ` ${unitText}` : '';
  const cmp = figure.comparator;
  if (figure.stage) {
    const name = stageName(planInd, figure.stage);
    return cmp ? t(`progress.cmp.${cmp}`, name) : name;
  }
  if (cmp === 'APPROXIMATELY') {
    return t('progress.cmp.APPROXIMATELY-band', num(figure.value), num(figure.min), num(figure.max)) + unit;
  }
  if (figure.value == null && figure.min != null) {
    return t('progress.range', num(figure.min), num(figure.max)) + unit;
  }
  const value = num(figure.value) + unit;
  return cmp ? t(`progress.cmp.${cmp}`, value) : value;
}

/** The actual: a number with its unit, or the stage reached, or a dash. */
export function actualText(actual, actualStage, planInd, unitText) {
  if (actualStage) return stageName(planInd, actualStage);
  if (actual === null || actual === undefined) return '—';
  return `${num(actual)}${unitText ? ` ${unitText}` : ''}`;
}

/** The reporting rate: "reported / expected (rate %)". */
export function reportingText(reporting) {
  if (!reporting) return '—';
  const rate = reporting.rate == null ? '—' : fmtPercent(reporting.rate);
  return t('progress.reporting-value', fmtNumber(reporting.reported), fmtNumber(reporting.expected), rate);
}

/**
 * Where a figure of an indicator comes from: the provenance the view carries, else the plan's.
 * kind: indicator | baseline | target | milestone | expected; year for milestones.
 */
export function provenanceOf(ind, planInd, kind, year) {
  const fromView = (f) => (f && f.provenance) || null;
  switch (kind) {
    case 'indicator':
      return ind.provenance || (planInd && planInd.provenance) || null;
    case 'baseline':
      return fromView(ind.baseline) || (planInd && planInd.baseline && planInd.baseline.provenance) || null;
    case 'target':
      return fromView(ind.target) || (planInd && planInd.target && planInd.target.provenance) || null;
    case 'milestone': {
      const fromViewMilestone = (ind.milestones || []).find((m) => m.year === year);
      if (fromViewMilestone && fromViewMilestone.provenance) return fromViewMilestone.provenance;
      const m = planInd && (planInd.milestones || []).find((x) => x.year === year);
      return (m && m.provenance) || null;
    }
    case 'expected':
      if (fromView(ind.expected)) return ind.expected.provenance;
      if (ind.expectedSource === 'milestone') return provenanceOf(ind, planInd, 'milestone', ind.expected && ind.expected.year);
      if (ind.expectedSource === 'target') return provenanceOf(ind, planInd, 'target');
      return null;
    default:
      return null;
  }
}

/** How the actual is computed, in words: the form and its fields, when the plan says. */
export function computationText(planInd, plan) {
  const c = planInd && planInd.computation;
  if (!c) return null;
  const form = plan && (plan.forms || []).find((f) => f.code === c.formCode);
  const fieldName = (code) => {
    const field = form && (form.fields || []).find((f) => f.code === code);
    return field ? text(field.label) : code;
  };
  // Every field the computation reads, however deep (conditions nest), in the form's words.
  const known = new Set(((form && form.fields) || []).map((f) => f.code));
  const fields = [];
  const walk = (value) => {
    if (typeof value === 'string') {
      if (known.has(value) && !fields.includes(fieldName(value))) fields.push(fieldName(value));
    } else if (Array.isArray(value)) {
      value.forEach(walk);
    } else if (value && typeof value === 'object') {
      Object.entries(value).forEach(([k, v]) => k !== 'formCode' && walk(v));
    }
  };
  walk(c);
  return {
    kind: t(`progress.computation.${c.kind}`) === `progress.computation.${c.kind}` ? c.kind : t(`progress.computation.${c.kind}`),
    form: form ? text(form.title) : c.formCode,
    fields,
  };
}

/**
 * The provenance dialog's state: open(title, provenance, extra) shows a clause; the component
 * renders the dialog. extra: {computation} for the actual.
 */
export function useProvenance() {
  const shown = ref(null);
  const open = (title, provenance, extra = {}) => {
    shown.value = { title, provenance, ...extra };
  };
  const close = () => {
    shown.value = null;
  };
  const render = () => {
    const s = shown.value;
    if (!s) return null;
    const p = s.provenance;
    const rows = [];
    if (p) {
      rows.push(
        h('dt', t('progress.provenance.original')),
        h('dd', [h('blockquote', { lang: 'zh-CN', class: 'progress-original', 'data-test': 'provenance-original' }, p.originalText || '—')]),
        h('dt', t('progress.provenance.section')),
        h('dd', { lang: 'zh-CN', 'data-test': 'provenance-section' }, p.section || '—'),
        h('dt', t('progress.provenance.derivation')),
        h('dd', { 'data-test': 'provenance-derivation', 'data-derivation': p.derivation }, t(`progress.derivation.${p.derivation}`)),
      );
      if (p.note) rows.push(h('dt', t('progress.provenance.note')), h('dd', { 'data-test': 'provenance-note' }, p.note));
    }
    if (s.computation) {
      rows.push(
        h('dt', t('progress.provenance.computation')),
        h('dd', { 'data-test': 'provenance-computation' }, [
          s.computation.kind,
          ' · ',
          t('progress.provenance.form', s.computation.form),
          s.computation.fields.length ? h('ul', s.computation.fields.map((f) => h('li', f))) : null,
        ]),
      );
    }
    if (s.interpolated) {
      rows.push(h('dt', t('progress.provenance.derivation')), h('dd', t('progress.provenance.interpolated')));
    }
    return h(Dialog, { open: true, title: s.title, test: 'provenance', onClose: close }, () => [
      rows.length ? h('dl', { class: 'progress-provenance' }, rows) : h('p', { class: 'muted' }, t('progress.provenance.none')),
      h('form', { method: 'dialog', class: 'progress-dialog-actions' }, [h('button', { type: 'submit', 'data-test': 'provenance-close' }, t('common.close'))]),
    ]);
  };
  return { open, close, render, shown };
}

/**
 * A figure as a button that opens its document clause; the button's name says what it opens.
 */
export function FigureButton({ label, value, test, onOpen }) {
  return h(
    'button',
    { type: 'button', class: 'progress-figure', 'data-test': test, 'aria-label': t('progress.provenance.open', label, value), onClick: onOpen },
    [h('span', { class: 'progress-figure-label' }, label), h('span', { class: 'progress-figure-value' }, value)],
  );
}

/** CSV and XLSX buttons for an API view asked with the same query as the page. */
export function ExportButtons(path, query, baseName) {
  const download = async (format) => {
    const accept = format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    try {
      await api.download(path, { ...query, format }, `${baseName}.${format}`, accept);
    } catch (e) {
      toast(problemText(e));
    }
  };
  return [
    h('button', { type: 'button', 'data-test': 'export-csv', onClick: () => download('csv') }, t('progress.export.csv')),
    h('button', { type: 'button', 'data-test': 'export-xlsx', onClick: () => download('xlsx') }, t('progress.export.xlsx')),
  ];
}

/**
 * A change pushed by the server concerns a view when it is of the same tenant and, when the change
 * names a period, of the view's period.
 */
export function concerns(change, tenant, period) {
  if (!change) return false;
  if (change.tenant && change.tenant !== tenant) return false;
  if (change.period && period && !String(change.period).startsWith(String(period))) return false;
  return true;
}


/** The path from the tenant's top to an org unit: [{id, name}], the unit last. Stops where the caller may not read. */
export async function unitPath(tenant, orgUnit, stopAt) {
  const path = [];
  let id = orgUnit;
  for (let guard = 0; id && guard < 10; guard += 1) {
    let unit;
    try {
      unit = await api.get(tenantPathOf(tenant, 'org-units', id));
    } catch (e) {
      break;
    }
    path.unshift({ id: unit.id, name: unit.name });
    if (id === stopAt) break;
    id = unit.parentId;
  }
  return path;
}

/** A unit's name (an org unit's name has zh/en like a plan's texts). */
export function unitName(name, fallback) {
  return text(name) || fallback || '';
}

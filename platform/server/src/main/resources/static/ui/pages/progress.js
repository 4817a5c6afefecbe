// #/progress?tenant=&plan=&period=&orgUnit=&include=: how the plan is going for a subtree and a
// year. One card per indicator, grouped the way the plan groups them; each figure opens the clause
// of the document it comes from. The figures follow approvals live.
import { h, ref, computed } from '../core/vue.js';
import { api, tenantPathOf } from '../core/api.js';
import { session, hasRole } from '../core/session.js';
import { t, text } from '../core/i18n.js';
import { href, setQuery } from '../core/router.js';
import { Page, ProblemAlert, Spinner, Select, Notice } from '../core/ui.js';
import { PROGRESS_STATUSES } from '../core/chart.js';
import { useLive, Freshness, debounce } from '../core/live.js';
import {
  tenantOf,
  visiting,
  viewQuery,
  apiQuery,
  loadPlan,
  tenantPlans,
  planYears,
  planIndicator,
  ProgressBadge,
  statusLabel,
  figureText,
  actualText,
  reportingText,
  provenanceOf,
  computationText,
  useProvenance,
  FigureButton,
  ExportButtons,
  concerns,
  unitPath,
  unitName,
} from './progress-common.js';

/** Indicators in the plan's groups, in the plan's order; the rest under "other indicators". */
function grouped(view) {
  const byCode = new Map(view.indicators.map((i) => [i.code, i]));
  const groups = [];
  const placed = new Set();
  for (const g of view.groups || []) {
    const members = (g.indicators || []).map((c) => byCode.get(c)).filter(Boolean);
    view.indicators.filter((i) => i.group === g.code && !members.includes(i)).forEach((i) => members.push(i));
    members.forEach((i) => placed.add(i.code));
    if (members.length) groups.push({ code: g.code, name: text(g.name), provenance: g.provenance, indicators: members });
  }
  const rest = view.indicators.filter((i) => !placed.has(i.code));
  if (rest.length) {
    const name = groups.length ? t('progress.group.other') : t('progress.group.all');
    groups.push({ code: '_other', name, indicators: rest });
  }
  return groups;
}

export default {
  name: 'Progress',
  props: { params: Object, query: Object },
  setup(props) {
    const tenant = tenantOf(props.query);
    // National staff have no tenant of their own: they come here from the comparison with ?tenant=.
    if (!tenant) return () => Page({ title: t('progress.title'), test: 'progress-no-tenant' }, [Notice('info', t('progress.tenant-needed'))]);
    const view = ref(null);
    const plan = ref(null);
    const planIds = ref([]);
    const path = ref([]);
    const children = ref([]);
    const error = ref(null);
    const filter = ref(props.query.status || '');
    const provenance = useProvenance();
    const reporterOnly = !hasRole('REGION_ADMIN') && hasRole('REPORTER') && !visiting(props.query);
    // Reporters see their own unit's subtree unless they asked for a unit below it.
    const orgUnit = props.query.orgUnit || (reporterOnly ? session.orgUnit : '');

    const query = () => apiQuery({ ...props.query, orgUnit });

    async function load() {
      try {
        const v = await api.get(tenantPathOf(tenant, 'progress'), query());
        view.value = v;
        error.value = null;
        if (!plan.value) plan.value = await loadPlan(v.plan);
      } catch (e) {
        error.value = e;
      }
    }

    // The org unit picker: the path from the top to the unit shown, and the units just below it.
    async function loadUnits() {
      const v = view.value;
      if (!v || v.indicators.length === 0) return;
      path.value = orgUnit ? await unitPath(tenant, orgUnit, reporterOnly ? session.orgUnit : null) : [];
      try {
        const below = (unit) => api.get(tenantPathOf(tenant, 'progress', v.indicators[0].code, 'children'), apiQuery({ ...props.query, orgUnit: unit }, { sort: 'orgUnit' }));
        let c = await below(orgUnit);
        // One top unit (the region itself) says nothing the whole region does not: offer its units.
        if (!orgUnit && c.children.length === 1) c = await below(c.children[0].orgUnit);
        children.value = c.children.map((x) => ({ id: x.orgUnit, name: x.name }));
      } catch (e) {
        children.value = [];
      }
    }

    load().then(loadUnits);
    tenantPlans(tenant).then((ids) => (planIds.value = ids));

    // Another tab, user or replica approved a report: re-read the same view.
    const reload = debounce(load, 200);
    const live = useLive(tenantPathOf(tenant, 'events'), (change) => {
      if (concerns(change, tenant, view.value && view.value.period)) reload();
    });

    const groups = computed(() => (view.value ? grouped(view.value) : []));
    const counts = computed(() => {
      const out = {};
      for (const i of view.value ? view.value.indicators : []) out[i.status] = (out[i.status] || 0) + 1;
      return out;
    });

    const go = (changes) => setQuery(viewQuery({ ...props.query, ...changes }));

    function pickers(v) {
      const years = planYears(plan.value);
      const items = [];
      if (planIds.value.length > 1) {
        items.push(
          Select({
            id: 'progress-plan',
            label: t('progress.plan'),
            value: v.plan,
            test: 'plan',
            options: planIds.value.map((p) => ({ value: p, label: p })),
            onChange: (p) => go({ plan: p, period: '' }),
          }),
        );
      }
      items.push(
        Select({
          id: 'progress-period',
          label: t('common.period'),
          value: String(v.period),
          test: 'period',
          options: (years.length ? years : [v.period]).map((y) => ({ value: String(y), label: String(y) })),
          onChange: (p) => go({ period: p }),
        }),
      );
      const here = path.value.length ? path.value[path.value.length - 1] : null;
      const unitOptions = [];
      if (!reporterOnly || !orgUnit) unitOptions.push({ value: '', label: t('progress.org-unit.all') });
      path.value.forEach((u, i) => unitOptions.push({ value: u.id, label: `${'› '.repeat(i)}${unitName(u.name, u.id)}` }));
      if (orgUnit && !here) unitOptions.push({ value: orgUnit, label: orgUnit });
      children.value.forEach((u) => unitOptions.push({ value: u.id, label: `${'› '.repeat(path.value.length)}${unitName(u.name, u.id)}` }));
      items.push(
        Select({
          id: 'progress-org-unit',
          label: t('common.org-unit'),
          value: orgUnit,
          test: 'org-unit',
          options: unitOptions,
          onChange: (u) => go({ orgUnit: u }),
        }),
      );
      items.push(
        Select({
          id: 'progress-include',
          label: t('progress.include'),
          value: v.include,
          test: 'include',
          options: [
            { value: 'approved', label: t('progress.include.approved') },
            { value: 'submitted', label: t('progress.include.submitted') },
          ],
          onChange: (i) => go({ include: i }),
        }),
      );
      return h('div', { class: 'filters progress-filters' }, items);
    }

    function summary() {
      const present = PROGRESS_STATUSES.filter((s) => counts.value[s]);
      return h('ul', { class: 'progress-summary', 'aria-label': t('progress.summary'), 'data-test': 'summary' }, [
        h('li', [
          h('button', { type: 'button', class: 'progress-summary-item', 'aria-pressed': filter.value === '' ? 'true' : 'false', 'data-test': 'summary-all', onClick: () => (filter.value = '') }, [
            h('span', t('common.all')),
            h('strong', String(view.value.indicators.length)),
          ]),
        ]),
        ...present.map((s) =>
          h('li', [
            h(
              'button',
              {
                type: 'button',
                class: `progress-summary-item progress-summary-${s}`,
                'aria-pressed': filter.value === s ? 'true' : 'false',
                title: t(`progress.status-meaning.${s}`),
                'data-test': 'summary-status',
                'data-status': s,
                onClick: () => (filter.value = filter.value === s ? '' : s),
              },
              [h('span', { class: 'progress-dot', 'aria-hidden': 'true' }), h('span', statusLabel(s)), h('strong', { 'data-test': 'count' }, String(counts.value[s]))],
            ),
          ]),
        ),
      ]);
    }

    function card(ind) {
      const planInd = planIndicator(plan.value, ind.code);
      const unit = text(ind.unit);
      const name = text(ind.name);
      const open = (kind, label, year) => provenance.open(`${name} · ${label}`, provenanceOf(ind, planInd, kind, year), kind === 'expected' && ind.expectedSource === 'interpolated' ? { interpolated: true } : {});
      const figures = [];
      const actualValue = actualText(ind.actual, ind.actualStage, planInd, ind.actualStage ? '' : unit);
      figures.push(
        h('div', { class: 'progress-actual' }, [
          h('button', {
            type: 'button',
            class: 'progress-actual-value',
            'data-test': 'actual',
            'aria-label': t('progress.provenance.open', t('progress.actual'), actualValue),
            onClick: () => provenance.open(`${name} · ${t('progress.actual')}`, null, { computation: computationText(planInd, plan.value) }),
          }, actualValue),
          ind.perUnitClause ? h('p', { class: 'progress-clause', 'data-test': 'per-unit-clause' }, t('progress.per-unit', text(ind.perUnitClause))) : null,
        ]),
      );
      const rows = [];
      if (ind.expected && ind.expected.year !== (ind.target && ind.target.year)) {
        rows.push(FigureButton({ label: t(`progress.expected.${ind.expectedSource || 'milestone'}`, ind.expected.year), value: figureText(ind.expected, planInd, unit), test: 'expected', onOpen: () => open('expected', t('progress.expected-short')) }));
      } else if (ind.expected && ind.expectedSource === 'milestone') {
        rows.push(FigureButton({ label: t('progress.expected.milestone', ind.expected.year), value: figureText(ind.expected, planInd, unit), test: 'expected', onOpen: () => open('expected', t('progress.expected-short')) }));
      }
      if (ind.target) {
        rows.push(FigureButton({ label: t('progress.target', ind.target.year), value: figureText(ind.target, planInd, unit), test: 'target', onOpen: () => open('target', t('progress.target-short')) }));
      }
      if (ind.baseline) {
        rows.push(FigureButton({ label: t('progress.baseline', ind.baseline.year), value: figureText(ind.baseline, planInd, ind.perUnitClause ? '' : unit), test: 'baseline', onOpen: () => open('baseline', t('progress.baseline-short')) }));
      }
      const areas = (ind.areas || []).length
        ? h(
            'ul',
            { class: 'progress-areas', 'data-test': 'areas', 'aria-label': t('progress.areas') },
            ind.areas.map((a) => h('li', [h('span', text(a.name)), ' ', h('span', actualText(a.actual, a.actualStage, planInd, unit)), ' ', ProgressBadge(a.status)])),
          )
        : null;
      const headingId = `ind-${ind.code}`;
      return h('article', { class: `progress-card progress-card-${ind.status}`, 'aria-labelledby': headingId, 'data-test': 'indicator-card', 'data-indicator': ind.code, key: ind.code }, [
        h('header', { class: 'progress-card-head' }, [
          h('h3', { id: headingId }, [h('a', { href: href(`/progress/${encodeURIComponent(ind.code)}`, viewQuery({ ...props.query, orgUnit })), 'data-test': 'indicator-link' }, name)]),
          ProgressBadge(ind.status),
        ]),
        ...figures,
        h('div', { class: 'progress-figures' }, rows),
        h('p', { class: 'progress-reporting', 'data-test': 'reporting' }, [h('span', { class: 'muted' }, `${t('progress.reporting')}: `), reportingText(ind.reporting)]),
        areas,
        h('p', { class: 'progress-card-foot' }, [
          h('button', { type: 'button', class: 'link-button', 'data-test': 'indicator-provenance', onClick: () => open('indicator', t('progress.indicator-clause')) }, t('progress.indicator-clause')),
        ]),
      ]);
    }

    function groupSection(g) {
      const shown = filter.value ? g.indicators.filter((i) => i.status === filter.value) : g.indicators;
      if (shown.length === 0) return null;
      const headingId = `group-${g.code}`;
      return h('section', { class: 'progress-group', 'aria-labelledby': headingId, 'data-test': 'group', 'data-group': g.code, key: g.code }, [
        h('h2', { id: headingId }, [
          g.name,
          g.provenance
            ? [' ', h('button', { type: 'button', class: 'link-button progress-group-source', 'data-test': 'group-provenance', onClick: () => provenance.open(g.name, g.provenance) }, t('progress.group.source'))]
            : null,
        ]),
        h('div', { class: 'progress-cards' }, shown.map(card)),
      ]);
    }

    return () => {
      const v = view.value;
      const title = t('progress.title');
      if (!v) return Page({ title, test: 'progress' }, [error.value ? ProblemAlert(error.value) : Spinner()]);
      const actions = ExportButtons(tenantPathOf(tenant, 'progress'), { ...query(), period: String(v.period), plan: v.plan }, `progress-${tenant}-${v.period}`);
      return Page({ title, actions, test: 'progress' }, [
        h('p', { class: 'progress-subtitle' }, [
          plan.value ? h('span', { 'data-test': 'plan-title' }, text(plan.value.title)) : v.plan,
          visiting(props.query) ? [' · ', h('span', { 'data-test': 'read-only' }, t('progress.read-only', tenant))] : null,
        ]),
        Freshness(v.computedAt, live),
        ProblemAlert(error.value),
        pickers(v),
        v.indicators.length === 0 ? Notice('info', t('progress.none')) : summary(),
        ...groups.value.map(groupSection),
        provenance.render(),
      ]);
    };
  },
};

// #/progress/:indicator?tenant=&plan=&period=&orgUnit=&include=: one indicator. Its trend, the
// plan's figures (each opening its clause), and its child units as a bar chart and a table, worst
// first; a click on a bar or a unit's name goes one level down, the path leads back up.
import { h, ref, computed } from '../core/vue.js';
import { api, tenantPathOf } from '../core/api.js';
import { session, hasRole } from '../core/session.js';
import { t, text, fmtNumber } from '../core/i18n.js';
import { href, setQuery } from '../core/router.js';
import { Page, ProblemAlert, Spinner, Select, Table, Notice } from '../core/ui.js';
import { Chart, tooltip, statusColour, palette } from '../core/chart.js';
import { useLive, Freshness, debounce } from '../core/live.js';
import {
  tenantOf,
  visiting,
  viewQuery,
  apiQuery,
  loadPlan,
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
import { trendOption, milestonesOf, isStage } from './progress-trend.js';

/** At most so many bars: the table below lists every child. */
const CHART_ROWS = 25;
const SORTS = ['status', 'actual', '-actual', 'reporting', 'name'];

export default {
  name: 'Indicator',
  props: { params: Object, query: Object },
  setup(props) {
    const tenant = tenantOf(props.query);
    // National staff have no tenant of their own: they come here from the comparison with ?tenant=.
    if (!tenant) return () => Page({ title: t('progress.indicator.title'), test: 'progress-no-tenant' }, [Notice('info', t('progress.tenant-needed'))]);
    const code = props.params.indicator;
    const reporterOnly = !hasRole('REGION_ADMIN') && hasRole('REPORTER') && !visiting(props.query);
    const orgUnit = props.query.orgUnit || (reporterOnly ? session.orgUnit : '');
    const sort = ref(SORTS.includes(props.query.sort) ? props.query.sort : 'status');
    const view = ref(null);
    const plan = ref(null);
    const drill = ref(null);
    const path = ref([]);
    const error = ref(null);
    const provenance = useProvenance();

    const query = () => apiQuery({ ...props.query, orgUnit });

    async function loadView() {
      try {
        const v = await api.get(tenantPathOf(tenant, 'progress'), query());
        view.value = v;
        if (!plan.value) plan.value = await loadPlan(v.plan);
        error.value = null;
      } catch (e) {
        error.value = e;
      }
    }

    async function loadChildren() {
      try {
        const serverSort = sort.value === 'name' ? 'orgUnit' : sort.value;
        const children = (unit) => api.get(tenantPathOf(tenant, 'progress', code, 'children'), apiQuery({ ...props.query, orgUnit: unit }, { sort: serverSort }));
        let found = await children(orgUnit);
        // A tenant whose tree has one top unit (the region itself): its units are what the reader wants.
        if (!orgUnit && found.children.length === 1) found = await children(found.children[0].orgUnit);
        drill.value = found;
      } catch (e) {
        error.value = e;
      }
    }

    const load = () => Promise.all([loadView(), loadChildren()]);
    load();
    if (orgUnit) unitPath(tenant, orgUnit, reporterOnly ? session.orgUnit : null).then((p) => (path.value = p));

    const reload = debounce(load, 200);
    const live = useLive(tenantPathOf(tenant, 'events'), (change) => {
      if (concerns(change, tenant, view.value && view.value.period)) reload();
    });

    const ind = computed(() => (view.value ? view.value.indicators.find((i) => i.code === code) : null));
    const planInd = computed(() => planIndicator(plan.value, code));

    const rows = computed(() => {
      const list = drill.value ? [...drill.value.children] : [];
      if (sort.value === 'name') list.sort((a, b) => unitName(a.name, a.orgUnit).localeCompare(unitName(b.name, b.orgUnit), 'zh-CN'));
      return list;
    });

    /** One level down: the child becomes the unit shown. */
    const down = (child) => setQuery(viewQuery({ ...props.query, orgUnit: child.orgUnit }, sort.value !== 'status' ? { sort: sort.value } : {}));

    const stageIndex = (stage) => {
      const stages = (planInd.value && planInd.value.stages) || [];
      return stages.findIndex((s) => s.code === stage) + 1;
    };

    const trend = computed(() => (ind.value && view.value ? trendOption(ind.value, planInd.value, plan.value, view.value.period) : null));

    const bars = computed(() => {
      if (!drill.value || !ind.value) return null;
      const colours = palette();
      const shown = rows.value.slice(0, CHART_ROWS);
      const stage = isStage(ind.value, planInd.value);
      const unit = text(drill.value.unit);
      const stages = (planInd.value && planInd.value.stages) || [];
      return {
        grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
        xAxis: stage
          ? { type: 'value', min: 0, max: stages.length, interval: 1, axisLabel: { color: colours.fg, formatter: (v) => (stages[v - 1] ? text(stages[v - 1].name) : '') } }
          : { type: 'value', name: unit, axisLabel: { color: colours.fg }, nameTextStyle: { color: colours.fg } },
        yAxis: { type: 'category', inverse: true, data: shown.map((c) => unitName(c.name, c.orgUnit)), axisLabel: { color: colours.fg, width: 96, overflow: 'truncate' } },
        tooltip: {
          trigger: 'item',
          formatter: (p) => {
            const c = shown[p.dataIndex];
            return tooltip(unitName(c.name, c.orgUnit), [
              [t('progress.actual'), actualText(c.actual, c.actualStage, planInd.value, unit)],
              [t('common.status'), statusLabel(c.status)],
              [t('progress.reporting'), reportingText(c.reporting)],
            ]);
          },
        },
        series: [
          {
            type: 'bar',
            name: t('progress.actual'),
            barMaxWidth: 22,
            label: { show: true, position: 'right', color: colours.fg, formatter: (p) => statusLabel(shown[p.dataIndex].status) },
            data: shown.map((c) => ({
              value: stage ? stageIndex(c.actualStage) : c.actual == null ? 0 : Number(c.actual),
              orgUnit: c.orgUnit,
              itemStyle: { color: statusColour(c.status) },
            })),
          },
        ],
      };
    });

    function breadcrumb() {
      const items = [];
      const topLink = reporterOnly ? null : h('a', { href: href(`/progress/${encodeURIComponent(code)}`, viewQuery({ ...props.query, orgUnit: '' })), 'data-test': 'crumb' }, t('progress.drill.top'));
      if (topLink) items.push(h('li', [topLink]));
      path.value.forEach((u, i) => {
        const last = i === path.value.length - 1;
        items.push(
          h('li', [
            last
              ? h('span', { 'aria-current': 'page', 'data-test': 'crumb-current' }, unitName(u.name, u.id))
              : h('a', { href: href(`/progress/${encodeURIComponent(code)}`, viewQuery({ ...props.query, orgUnit: u.id })), 'data-test': 'crumb', 'data-unit': u.id }, unitName(u.name, u.id)),
          ]),
        );
      });
      return h('nav', { class: 'progress-crumbs', 'aria-label': t('progress.drill.path'), 'data-test': 'breadcrumb' }, [h('ol', items)]);
    }

    function figures(i, v) {
      const p = planInd.value;
      const unit = text(i.unit);
      const name = text(i.name);
      const open = (kind, label, year) => provenance.open(`${name} · ${label}`, provenanceOf(i, p, kind, year));
      const buttons = [];
      const actual = actualText(i.actual, i.actualStage, p, i.actualStage ? '' : unit);
      buttons.push(
        FigureButton({
          label: `${t('progress.actual')} (${v.period})`,
          value: actual,
          test: 'actual',
          onOpen: () => provenance.open(`${name} · ${t('progress.actual')}`, null, { computation: computationText(p, plan.value) }),
        }),
      );
      if (i.baseline) buttons.push(FigureButton({ label: t('progress.baseline', i.baseline.year), value: figureText(i.baseline, p, i.perUnitClause ? '' : unit), test: 'baseline', onOpen: () => open('baseline', t('progress.baseline-short')) }));
      for (const m of milestonesOf(i, p)) {
        buttons.push(FigureButton({ label: t('progress.milestone', m.year), value: figureText(m, p, unit), test: 'milestone', onOpen: () => open('milestone', t('progress.milestone', m.year), m.year) }));
      }
      if (i.expected && i.expectedSource === 'interpolated') {
        buttons.push(
          FigureButton({
            label: t('progress.expected.interpolated', i.expected.year),
            value: figureText(i.expected, p, unit),
            test: 'expected',
            onOpen: () => provenance.open(`${name} · ${t('progress.expected-short')}`, null, { interpolated: true }),
          }),
        );
      }
      if (i.target) buttons.push(FigureButton({ label: t('progress.target', i.target.year), value: figureText(i.target, p, unit), test: 'target', onOpen: () => open('target', t('progress.target-short')) }));
      return h('section', { class: 'card', 'aria-labelledby': 'ind-figures' }, [
        h('div', { class: 'progress-card-head' }, [h('h2', { id: 'ind-figures' }, text(plan.value ? plan.value.title : '') || v.plan), ProgressBadge(i.status)]),
        i.perUnitClause ? h('p', { class: 'progress-clause', 'data-test': 'per-unit-clause' }, t('progress.per-unit', text(i.perUnitClause))) : null,
        h('div', { class: 'progress-figures' }, buttons),
        h('p', { class: 'progress-reporting', 'data-test': 'reporting' }, [h('span', { class: 'muted' }, `${t('progress.reporting')}: `), reportingText(i.reporting)]),
        i.projection ? h('p', { class: 'muted', 'data-test': 'projection' }, t('progress.trend.projection-note', i.projection.toYear, `${fmtNumber(i.projection.value)} ${unit}`)) : null,
        h('p', [h('button', { type: 'button', class: 'link-button', 'data-test': 'indicator-provenance', onClick: () => open('indicator', t('progress.indicator-clause')) }, t('progress.indicator-clause'))]),
      ]);
    }

    function drillDown(i) {
      const d = drill.value;
      const unit = d ? text(d.unit) : '';
      const heading = h('h2', { id: 'ind-drill' }, t('progress.drill.title'));
      if (!d) return h('section', { class: 'card', 'aria-labelledby': 'ind-drill' }, [heading, Spinner()]);
      const sortPicker = Select({
        id: 'drill-sort',
        label: t('progress.drill.sort'),
        value: sort.value,
        test: 'drill-sort',
        options: SORTS.map((s) => ({ value: s, label: t(`progress.drill.sort.${s}`) })),
        onChange: (s) => {
          sort.value = s;
          loadChildren();
        },
      });
      const exportQuery = { ...query(), plan: d.plan, period: String(d.period), sort: sort.value === 'name' ? 'orgUnit' : sort.value };
      return h('section', { class: 'card', 'aria-labelledby': 'ind-drill', 'data-test': 'drill-down' }, [
        h('div', { class: 'progress-card-head' }, [heading, h('div', { class: 'page-actions' }, ExportButtons(tenantPathOf(tenant, 'progress', code, 'children'), exportQuery, `progress-${tenant}-${code}-${d.period}`))]),
        breadcrumb(),
        h('div', { class: 'filters' }, [sortPicker]),
        rows.value.length === 0
          ? h('p', { class: 'empty', 'data-test': 'drill-empty' }, t('progress.drill.none'))
          : [
              rows.value.length > CHART_ROWS ? h('p', { class: 'muted' }, t('progress.drill.chart-first', CHART_ROWS, rows.value.length)) : null,
              h(Chart, {
                option: bars.value,
                label: t('progress.drill.label', text(i.name)),
                test: 'drill-chart',
                class: 'progress-bars',
                style: { height: `${Math.max(160, Math.min(rows.value.length, CHART_ROWS) * 32 + 40)}px` },
                onSelect: (e) => {
                  const child = rows.value[e.dataIndex];
                  if (child) down(child);
                },
              }),
              Table({
                caption: t('progress.drill.label', text(i.name)),
                rowKey: (c) => c.orgUnit,
                rowTest: 'child-row',
                rows: rows.value,
                columns: [
                  {
                    key: 'name',
                    label: t('progress.drill.unit'),
                    header: true,
                    render: (c) =>
                      h('a', { href: href(`/progress/${encodeURIComponent(code)}`, viewQuery({ ...props.query, orgUnit: c.orgUnit })), 'data-test': 'child-link', 'data-unit': c.orgUnit, 'aria-label': t('progress.drill.down', unitName(c.name, c.orgUnit)) }, unitName(c.name, c.orgUnit)),
                  },
                  { key: 'status', label: t('common.status'), render: (c) => ProgressBadge(c.status) },
                  { key: 'actual', label: t('progress.actual'), numeric: true, render: (c) => h('span', { 'data-test': 'child-actual' }, actualText(c.actual, c.actualStage, planInd.value, c.actualStage ? '' : unit)) },
                  { key: 'reporting', label: t('progress.reporting'), numeric: true, render: (c) => reportingText(c.reporting) },
                ],
              }),
            ],
      ]);
    }

    return () => {
      const v = view.value;
      const i = ind.value;
      const back = h('a', { class: 'button', href: href('/progress', viewQuery({ ...props.query, orgUnit: props.query.orgUnit })), 'data-test': 'back' }, t('progress.indicator.back'));
      if (!v) return Page({ title: t('progress.indicator.title'), actions: [back], test: 'indicator' }, [error.value ? ProblemAlert(error.value) : Spinner()]);
      if (!i) return Page({ title: t('progress.indicator.title'), actions: [back], test: 'indicator' }, [Notice('bad', t('progress.indicator.missing', code))]);
      return Page({ title: text(i.name), actions: [back], test: 'indicator' }, [
        Freshness(v.computedAt, live),
        ProblemAlert(error.value),
        figures(i, v),
        h('section', { class: 'card', 'aria-labelledby': 'ind-trend' }, [
          h('h2', { id: 'ind-trend' }, t('progress.trend.title')),
          h(Chart, { option: trend.value, label: t('progress.trend.label', text(i.name)), test: 'trend-chart' }),
          !i.history && !(i.projection && i.projection.points) ? h('p', { class: 'muted' }, t('progress.trend.no-history')) : null,
        ]),
        drillDown(i),
        provenance.render(),
      ]);
    };
  },
};

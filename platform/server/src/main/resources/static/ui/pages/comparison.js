// #/comparison?period=: national indicators (rows) × regions (columns) for one period, as a heatmap
// coloured by status with the actual in each cell, or as a table with the same figures. A cell
// opens its details (local indicator, actual, own target, status, reporting rate, note); an
// indicator's name opens the regions' chart for it; a region leads to its progress, read-only.
import { h, ref, computed } from '../core/vue.js';
import { api } from '../core/api.js';
import { t, text } from '../core/i18n.js';
import { go, setQuery } from '../core/router.js';
import { Page, ProblemAlert, Spinner } from '../core/ui.js';
import { Chart, tooltip, palette } from '../core/chart.js';
import { useLive, Freshness, debounce } from '../core/live.js';
import {
  loadPeriods,
  defaultPeriod,
  loadTenantNames,
  statusColour,
  labelColour,
  shortValue,
  worstStatus,
  actualText,
  targetText,
  figureRows,
  statusLabel,
  StatusTag,
  StatusLegend,
  PeriodPicker,
  ExportButtons,
  progressHref,
  indicatorHref,
  concerns,
} from './comparison-common.js';

const MATRIX = '/api/v1/comparison/matrix';

export default {
  name: 'Comparison',
  props: { params: Object, query: Object },
  setup(props) {
    const years = ref([]);
    const period = ref(props.query.period || '');
    const matrix = ref(null);
    const names = ref({});
    const error = ref(null);
    const mode = ref(props.query.view === 'table' ? 'table' : 'chart');
    const selected = ref(null); // {row, tenant}

    async function read() {
      try {
        matrix.value = await api.get(MATRIX, { period: period.value });
        error.value = null;
      } catch (e) {
        matrix.value = null;
        error.value = e;
      }
    }

    async function load() {
      try {
        const [list, tenantNames] = await Promise.all([loadPeriods(), loadTenantNames()]);
        years.value = list;
        names.value = tenantNames;
        if (!period.value) period.value = defaultPeriod(list);
      } catch (e) {
        error.value = e;
        return;
      }
      await read();
    }
    load();

    // Approvals anywhere change the figures: re-read the matrix when one concerns the period shown.
    const reread = debounce(read);
    const live = useLive('/api/v1/comparison/events', (change) => {
      if (period.value && concerns(change, period.value)) reread();
    });

    const tenantName = (id) => {
      if (names.value[id]) return text(names.value[id]);
      for (const row of matrix.value?.rows || []) {
        const f = row.tenants.find((x) => x.tenant === id);
        if (f) return text(f.tenantName);
      }
      return id;
    };

    /** A region's figures for a national indicator: one per local indicator mapped to it. */
    const figuresOf = (row, tenant) => row.tenants.filter((f) => f.tenant === tenant);

    const heatmap = computed(() => {
      const m = matrix.value;
      if (!m) return null;
      const rows = m.rows;
      const tenants = m.tenants;
      const data = [];
      rows.forEach((row, y) =>
        tenants.forEach((tenant, x) => {
          const figures = figuresOf(row, tenant);
          const status = worstStatus(figures);
          data.push({
            value: [x, y, 1],
            // A region without a figure is left blank, unlike a figure without a target (grey).
            itemStyle: figures.length ? { color: statusColour(status), borderColor: '#ffffff', borderWidth: 2 } : { color: '#ffffff', borderColor: '#d3d8de', borderWidth: 1 },
            label: { show: true, formatter: shortValue(figures), color: labelColour(status), fontWeight: 600 },
          });
        }),
      );
      return {
        animation: false,
        grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
        tooltip: {
          trigger: 'item',
          confine: true,
          formatter: (p) => {
            if (p.componentType !== 'series') return '';
            const [x, y] = p.data.value;
            const row = rows[y];
            const figures = figuresOf(row, tenants[x]);
            const title = t('comparison.detail.title', text(row.name), tenantName(tenants[x]));
            return figures.length ? tooltip(title, figures.flatMap(figureRows)) : tooltip(title, [[t('comparison.field.status'), statusLabel(null)]]);
          },
        },
        xAxis: {
          type: 'category',
          position: 'top',
          data: tenants,
          splitArea: { show: false },
          axisTick: { show: false },
          axisLabel: { interval: 0, formatter: (id) => tenantName(id), width: 88, overflow: 'break', fontWeight: 600 },
        },
        yAxis: {
          type: 'category',
          inverse: true,
          data: rows.map((r) => r.nationalIndicator),
          triggerEvent: true,
          axisTick: { show: false },
          axisLabel: { interval: 0, formatter: (code) => text(rows.find((r) => r.nationalIndicator === code)?.name) || code, width: 150, overflow: 'break', color: palette().accent, fontWeight: 600 },
        },
        series: [{ type: 'heatmap', name: t('comparison.heatmap'), data, emphasis: { itemStyle: { borderColor: '#1b1f24', borderWidth: 2 } } }],
      };
    });

    function onSelect(e) {
      const m = matrix.value;
      if (!m) return;
      if (e.componentType === 'yAxis') {
        go(indicatorHref(e.value, period.value));
      } else if (e.componentType === 'series' && e.data) {
        const [x, y] = e.data.value;
        selected.value = { row: m.rows[y].nationalIndicator, tenant: m.tenants[x] };
      }
    }

    function detail() {
      const m = matrix.value;
      const s = selected.value;
      if (!m || !s) return null;
      const row = m.rows.find((r) => r.nationalIndicator === s.row);
      if (!row) return null;
      const figures = row.tenants.filter((f) => f.tenant === s.tenant);
      const name = tenantName(s.tenant);
      return h('section', { class: 'card cmp-detail', 'aria-labelledby': 'cmp-detail-title', 'data-test': 'cmp-detail', 'data-tenant': s.tenant, 'data-indicator': s.row }, [
        h('h2', { id: 'cmp-detail-title' }, t('comparison.detail.title', text(row.name), name)),
        figures.length === 0
          ? h('p', { class: 'muted' }, t('comparison.detail.none'))
          : figures.map((f) =>
              h(
                'dl',
                { class: 'cmp-facts', key: f.indicator },
                figureRows(f)
                  .filter(([, v]) => v)
                  .flatMap(([label, value]) => [h('dt', label), h('dd', label === t('comparison.field.status') ? StatusTag(f.status) : value)]),
              ),
            ),
        h('p', { class: 'cmp-links' }, [
          h('a', { href: progressHref(s.tenant, m.period), 'data-test': 'cmp-to-progress' }, t('comparison.detail.progress', name)),
          h('a', { href: indicatorHref(row.nationalIndicator, m.period), 'data-test': 'cmp-to-indicator' }, t('comparison.detail.indicator')),
        ]),
      ]);
    }

    function tableCell(row, tenant) {
      const figures = figuresOf(row, tenant);
      if (figures.length === 0) return h('span', { class: 'muted', 'data-test': 'cmp-cell', 'data-status': '' }, statusLabel(null));
      return figures.map((f) => h('div', { class: 'cmp-cell', key: f.indicator, 'data-test': 'cmp-cell', 'data-status': f.status || '' }, [
        h('strong', { class: 'cmp-cell-value' }, [f.approximation ? h('abbr', { class: 'cmp-approx-mark', title: f.approximationNote || t('comparison.approximation') }, '≈ ') : null, actualText(f)]),
        StatusTag(f.status),
        h('span', { class: 'cmp-cell-target' }, `${t('comparison.field.target')}: ${targetText(f)}`),
        h('button', { type: 'button', class: 'link-button cmp-cell-more', 'data-test': 'cmp-cell-open', onClick: () => (selected.value = { row: row.nationalIndicator, tenant }) }, t('comparison.field.indicator') + ': ' + text(f.indicatorName)),
      ]));
    }

    function table(m) {
      return h('div', { class: 'table-wrap cmp-matrix-table', tabindex: '0', role: 'region', 'aria-label': t('comparison.table.caption', m.period), 'data-test': 'cmp-table' }, [
        h('table', [
          h('caption', t('comparison.table.caption', m.period)),
          h('thead', [
            h('tr', [
              h('th', { scope: 'col' }, t('comparison.table.indicator')),
              ...m.tenants.map((tenant) => h('th', { scope: 'col', key: tenant }, h('a', { href: progressHref(tenant, m.period), 'data-test': 'cmp-region', 'data-tenant': tenant }, tenantName(tenant)))),
            ]),
          ]),
          h(
            'tbody',
            m.rows.map((row) =>
              h('tr', { key: row.nationalIndicator, 'data-test': 'cmp-row', 'data-indicator': row.nationalIndicator }, [
                h('th', { scope: 'row' }, [
                  h('a', { href: indicatorHref(row.nationalIndicator, m.period), 'data-test': 'cmp-indicator' }, text(row.name)),
                  h('span', { class: 'cmp-unit' }, text(row.unit)),
                ]),
                ...m.tenants.map((tenant) => h('td', { key: tenant }, tableCell(row, tenant))),
              ]),
            ),
          ),
        ]),
      ]);
    }

    function modeSwitch() {
      const button = (value) =>
        h('button', { type: 'button', class: ['button', mode.value === value ? 'primary' : null], 'aria-pressed': String(mode.value === value), 'data-test': `cmp-view-${value}`, onClick: () => (mode.value = value) }, t(`comparison.view.${value}`));
      return h('div', { class: 'cmp-mode', role: 'group', 'aria-label': t('comparison.view.label') }, [button('chart'), button('table')]);
    }

    return () => {
      const m = matrix.value;
      const actions = period.value ? ExportButtons(MATRIX, { period: period.value }, `comparison-matrix-${period.value}`, (e) => (error.value = e)) : null;
      const children = [
        h('p', { class: 'muted cmp-lead' }, t('comparison.lead')),
        Freshness(m?.computedAt, live),
        h('div', { class: 'filters cmp-filters' }, [years.value.length ? PeriodPicker(years.value, period.value, (v) => setQuery({ period: v })) : null, modeSwitch()]),
        ProblemAlert(error.value),
      ];
      if (!m && !error.value) children.push(Spinner());
      if (m) {
        if (mode.value === 'chart') {
          children.push(
            h('div', { class: 'cmp-heatmap-frame', tabindex: '0', role: 'region', 'aria-label': t('comparison.heatmap'), 'data-test': 'cmp-heatmap-frame' }, [
              h('div', { class: 'cmp-heatmap', style: { '--cmp-rows': String(m.rows.length), '--cmp-cols': String(m.tenants.length) } }, [
                h(Chart, {
                  option: heatmap.value,
                  label: t('comparison.heatmap.label', m.period, m.rows.length, m.tenants.length),
                  test: 'cmp-heatmap',
                  onSelect,
                }),
              ]),
            ]),
          );
        } else {
          children.push(table(m));
        }
        children.push(detail(), StatusLegend());
      }
      return Page({ title: t('comparison.title'), actions, test: 'comparison' }, children);
    };
  },
};

// #/comparison/:nationalIndicator?period=: the regions' actuals for one national indicator as bars,
// beside the national benchmark and a line for the national target; approximate mappings hatched
// and marked ≈. The table below gives the same figures, and each region leads to its progress.
import { h, ref, computed } from '../core/vue.js';
import { api } from '../core/api.js';
import { t, text, fmtNumber, fmtDate } from '../core/i18n.js';
import { setQuery, href } from '../core/router.js';
import { Page, ProblemAlert, Spinner, Table, Notice } from '../core/ui.js';
import { Chart, tooltip, palette } from '../core/chart.js';
import { useLive, Freshness, debounce } from '../core/live.js';
import {
  loadPeriods,
  defaultPeriod,
  statusColour,
  actualText,
  targetText,
  achievementText,
  reportingText,
  figureRows,
  StatusTag,
  StatusLegend,
  PeriodPicker,
  ExportButtons,
  progressHref,
  concerns,
} from './comparison-common.js';

const COMPARISON = '/api/v1/comparison';

/** A national figure's number for a line: its value, else the lower bound of its range. */
function lineValue(figure) {
  if (!figure) return null;
  const v = figure.value ?? figure.min;
  return v === null || v === undefined ? null : Number(v);
}

export default {
  name: 'ComparisonIndicator',
  props: { params: Object, query: Object },
  setup(props) {
    const code = props.params.nationalIndicator;
    const years = ref([]);
    const period = ref(props.query.period || '');
    const view = ref(null);
    const error = ref(null);

    async function read() {
      try {
        view.value = await api.get(COMPARISON, { nationalIndicator: code, period: period.value });
        error.value = null;
      } catch (e) {
        view.value = null;
        error.value = e;
      }
    }

    async function load() {
      try {
        years.value = await loadPeriods();
        if (!period.value) period.value = defaultPeriod(years.value);
      } catch (e) {
        error.value = e;
        return;
      }
      await read();
    }
    load();

    const reread = debounce(read);
    const live = useLive('/api/v1/comparison/events', (change) => {
      if (period.value && concerns(change, period.value)) reread();
    });

    /** A region's label: its name, and the local indicator when a region maps several to this one. */
    const label = (f, figures) => {
      const several = figures.filter((x) => x.tenant === f.tenant).length > 1;
      return several ? `${text(f.tenantName)} · ${text(f.indicatorName)}` : text(f.tenantName);
    };

    const unitOf = (v) => text(v.unit);

    /** Bars share one axis: only figures measured in the national indicator's unit go on it. */
    const split = computed(() => {
      const v = view.value;
      if (!v) return { bars: [], others: [] };
      const unit = unitOf(v);
      const numeric = v.tenants.filter((f) => f.actual !== null && f.actual !== undefined && !f.actualStage);
      const same = (f) => !unit || !text(f.actualUnit) || text(f.actualUnit) === unit;
      return { bars: numeric.filter(same), others: v.tenants.filter((f) => !numeric.includes(f) || !same(f)) };
    });

    const option = computed(() => {
      const v = view.value;
      if (!v) return null;
      const colours = palette();
      const { bars } = split.value;
      const benchmark = lineValue(v.benchmark);
      const target = lineValue(v.nationalTarget);
      const lines = [];
      if (benchmark !== null) {
        lines.push({ name: t('comparison.indicator.benchmark'), yAxis: benchmark, lineStyle: { color: colours.muted, type: 'dashed', width: 2 }, label: { formatter: `${t('comparison.indicator.benchmark')} ${v.benchmark.text}`, position: 'insideEndBottom', color: colours.fg } });
      }
      if (target !== null) {
        lines.push({ name: t('comparison.indicator.target'), yAxis: target, lineStyle: { color: colours.accent, type: 'solid', width: 2 }, label: { formatter: `${t('comparison.indicator.target')} ${v.nationalTarget.text}`, position: 'insideStartTop', color: colours.accent } });
      }
      const hatch = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: Math.PI / 4, color: 'rgba(255,255,255,0.55)' };
      // The axis reaches above the highest bar or line, to a round number, so both lines show.
      const top = Math.max(0, ...bars.map((f) => Number(f.actual)), benchmark ?? 0, target ?? 0);
      const step = top > 0 ? 10 ** Math.max(0, Math.floor(Math.log10(top)) - 1) : 1;
      return {
        animation: false,
        grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
        legend: { show: false },
        tooltip: {
          trigger: 'item',
          confine: true,
          formatter: (p) => {
            if (p.componentType === 'markLine') return tooltip(p.name, [[p.name, p.data.label?.formatter]]);
            const f = bars[p.dataIndex];
            return f ? tooltip(text(f.tenantName), figureRows(f)) : '';
          },
        },
        xAxis: { type: 'category', data: bars.map((f) => label(f, v.tenants)), axisLabel: { interval: 0, width: 90, overflow: 'break' }, axisTick: { alignWithLabel: true } },
        yAxis: { type: 'value', name: t('comparison.indicator.unit', unitOf(v)), nameTextStyle: { align: 'left' }, max: top > 0 ? Math.ceil((top * 1.05) / step) * step : null },
        series: [
          {
            type: 'bar',
            name: t('comparison.indicator.actual'),
            barMaxWidth: 56,
            data: bars.map((f) => ({
              value: Number(f.actual),
              tenant: f.tenant,
              // An approximate mapping is hatched and outlined, and its label says ≈.
              itemStyle: f.approximation ? { color: statusColour(f.status), decal: hatch, borderColor: colours.fg, borderType: 'dashed', borderWidth: 1 } : { color: statusColour(f.status) },
              label: { show: true, position: 'top', color: colours.fg, formatter: `${f.approximation ? '≈ ' : ''}${fmtNumber(f.actual, { maximumFractionDigits: 1 })}` },
            })),
            markLine: { symbol: 'none', silent: false, data: lines },
          },
        ],
      };
    });

    function onSelect(e) {
      const v = view.value;
      if (!v || e.componentType !== 'series') return;
      const f = split.value.bars[e.dataIndex];
      if (f) window.location.hash = progressHref(f.tenant, v.period);
    }

    function nationalFigures(v) {
      const benchmark = v.benchmark ? t('comparison.indicator.benchmark.value', v.benchmark.text, v.benchmarkAsOf ? fmtDate(v.benchmarkAsOf) : '—') : t('comparison.indicator.benchmark.none');
      const target = t('comparison.indicator.target.value', v.nationalTarget ? v.nationalTarget.text : t('comparison.indicator.none'));
      return h('ul', { class: 'cmp-national', 'data-test': 'cmp-national' }, [
        h('li', { 'data-test': 'cmp-benchmark' }, [h('span', { class: 'cmp-line-key cmp-line-benchmark', 'aria-hidden': 'true' }), benchmark]),
        h('li', { 'data-test': 'cmp-target' }, [h('span', { class: 'cmp-line-key cmp-line-target', 'aria-hidden': 'true' }), target]),
        h('li', [h('span', { class: 'cmp-line-key cmp-line-approx', 'aria-hidden': 'true' }), t('comparison.indicator.approx-legend')]),
        h('li', { class: 'muted' }, t('comparison.indicator.unit', unitOf(v))),
      ]);
    }

    function table(v) {
      return Table({
        caption: t('comparison.indicator.table', v.period),
        empty: t('comparison.indicator.empty'),
        rowKey: (f) => `${f.tenant}/${f.indicator}`,
        rowTest: 'cmp-indicator-row',
        rows: v.tenants,
        columns: [
          { key: 'tenant', label: t('comparison.field.region'), header: true, render: (f) => h('a', { href: progressHref(f.tenant, v.period), 'data-test': 'cmp-region', 'data-tenant': f.tenant }, text(f.tenantName)) },
          { key: 'indicator', label: t('comparison.field.indicator'), render: (f) => `${text(f.indicatorName)} (${f.indicator})` },
          { key: 'actual', label: t('comparison.field.actual'), numeric: true, render: (f) => [f.approximation ? h('abbr', { class: 'cmp-approx-mark', title: f.approximationNote || t('comparison.approximation') }, '≈ ') : null, h('span', { 'data-test': 'cmp-actual' }, actualText(f))] },
          { key: 'target', label: t('comparison.field.target'), render: (f) => targetText(f) },
          { key: 'expected', label: t('comparison.field.expected'), render: (f) => (f.expected ? f.expected.text : '') },
          { key: 'achievement', label: t('comparison.field.achievement'), numeric: true, render: (f) => achievementText(f) },
          { key: 'status', label: t('comparison.field.status'), render: (f) => StatusTag(f.status) },
          { key: 'reporting', label: t('comparison.field.reporting'), numeric: true, render: (f) => reportingText(f.reporting) },
          { key: 'note', label: t('comparison.field.note'), render: (f) => (f.approximation ? f.approximationNote || t('comparison.approximation') : '') },
        ],
      });
    }

    return () => {
      const v = view.value;
      const title = v ? text(v.name) : code;
      const actions = period.value
        ? ExportButtons(COMPARISON, { nationalIndicator: code, period: period.value }, `comparison-${code}-${period.value}`, (e) => (error.value = e), 'comparison.indicator.export')
        : null;
      const children = [
        h('p', [h('a', { href: href('/comparison', { period: period.value }), 'data-test': 'cmp-back' }, t('comparison.indicator.back'))]),
        Freshness(v?.computedAt, live),
        h('div', { class: 'filters cmp-filters' }, [years.value.length ? PeriodPicker(years.value, period.value, (p) => setQuery({ period: p })) : null]),
        ProblemAlert(error.value),
      ];
      if (!v && !error.value) children.push(Spinner());
      if (v) {
        const { bars, others } = split.value;
        children.push(nationalFigures(v));
        if (bars.length) {
          children.push(
            h('div', { class: 'cmp-bars-frame' }, [
              h(Chart, {
                option: option.value,
                size: 'tall',
                test: 'cmp-bars',
                label: t('comparison.indicator.chart.label', text(v.name), bars.length, v.benchmark ? v.benchmark.text : t('comparison.indicator.none'), v.nationalTarget ? v.nationalTarget.text : t('comparison.indicator.none')),
                onSelect,
              }),
            ]),
          );
        }
        const outside = others.filter((f) => f.actual !== null && f.actual !== undefined && !f.actualStage);
        if (outside.length) children.push(Notice('info', t('comparison.indicator.other-unit', outside.map((f) => `${text(f.tenantName)} (${actualText(f)})`).join(', ')), 'cmp-other-unit'));
        children.push(table(v), StatusLegend());
      }
      return Page({ title, actions, test: 'comparison-indicator' }, children);
    };
  },
};

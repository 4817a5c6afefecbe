// Charts: Apache ECharts (from its WebJar, through ./echarts.js) drawn on a canvas inside a
// component that follows its container's size and is disposed with the page. Tooltips are built
// as DOM nodes, never HTML strings: the Content-Security-Policy refuses inline style attributes.
import { h, ref, onMounted, onBeforeUnmount, watch } from './vue.js';
import * as echarts from './echarts.js';
import { t } from './i18n.js';

/** Progress statuses, in the order a reader scans them, with the CSS variable of their colour. */
export const PROGRESS_STATUSES = ['behind', 'at_risk', 'on_track', 'achieved', 'insufficient_data', 'no_data', 'no_target'];

const STATUS_VARIABLE = {
  behind: '--bad',
  at_risk: '--warn',
  on_track: '--info',
  achieved: '--ok',
  insufficient_data: '--muted',
  no_data: '--line',
  no_target: '--line',
};

function cssVariable(name, fallback) {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

/** The colour of a progress status (the same as its badge), for series and heatmap cells. */
export function statusColour(status) {
  return cssVariable(STATUS_VARIABLE[status] || '--muted', '#4f5863');
}

/** The console's palette, read from app.css so charts and badges agree. */
export function palette() {
  return {
    fg: cssVariable('--fg', '#1b1f24'),
    muted: cssVariable('--muted', '#4f5863'),
    line: cssVariable('--line', '#d3d8de'),
    accent: cssVariable('--accent', '#0b5cad'),
    ok: cssVariable('--ok', '#1d6b37'),
    warn: cssVariable('--warn', '#7a4b00'),
    bad: cssVariable('--bad', '#a1261d'),
    info: cssVariable('--info', '#0b4f8a'),
  };
}

/**
 * A tooltip's content as DOM: a title and [label, value] rows. Use it as an ECharts tooltip
 * formatter's result: formatter: (p) => tooltip(p.name, [['实际', '95 %']]).
 */
export function tooltip(title, rows = []) {
  const box = document.createElement('div');
  box.className = 'chart-tip';
  const head = document.createElement('strong');
  head.textContent = title;
  box.append(head);
  for (const [label, value] of rows) {
    if (value === undefined || value === null || value === '') continue;
    const line = document.createElement('div');
    const name = document.createElement('span');
    name.className = 'chart-tip-label';
    name.textContent = `${label}: `;
    line.append(name, document.createTextNode(String(value)));
    box.append(line);
  }
  return box;
}

/**
 * A chart. Props: option (an ECharts option; replaced whole when it changes), label (what the
 * chart shows, for screen readers), size ('' | 'tall' | 'short'), test (data-test hook).
 * Emits 'select' with ECharts' click event ({name, dataIndex, seriesName, data…}).
 * The ECharts instance of an element is echarts.getInstanceByDom(element).
 */
export const Chart = {
  props: { option: Object, label: String, size: String, test: String },
  emits: ['select'],
  setup(props, { emit }) {
    const el = ref(null);
    let chart = null;
    let observer = null;
    const draw = () => {
      if (!chart || !props.option) return;
      chart.setOption({ aria: { enabled: true }, textStyle: { fontFamily: getComputedStyle(document.body).fontFamily }, ...props.option }, { notMerge: true });
    };
    onMounted(() => {
      chart = echarts.init(el.value, null, { renderer: 'canvas' });
      chart.on('click', (event) => emit('select', event));
      draw();
      observer = new ResizeObserver(() => chart && chart.resize());
      observer.observe(el.value);
    });
    watch(() => props.option, draw);
    onBeforeUnmount(() => {
      observer?.disconnect();
      chart?.dispose();
      chart = null;
    });
    return () =>
      h('div', {
        ref: el,
        class: ['chart', props.size ? `chart-${props.size}` : null],
        role: 'img',
        'aria-label': props.label || t('common.chart'),
        'data-test': props.test || 'chart',
      });
  },
};

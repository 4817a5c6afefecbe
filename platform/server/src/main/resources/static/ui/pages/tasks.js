// #/tasks?tenant=&plan=&period=: the plan's tasks on a time line, each under its project, with its
// milestones at their due dates coloured by status (past due, due this year, upcoming), the lead
// and responsible departments, filters by status and department, and the same table to export.
import { h, ref, computed } from '../core/vue.js';
import { api, tenantPathOf } from '../core/api.js';
import { t, text, fmtDate } from '../core/i18n.js';
import { setQuery } from '../core/router.js';
import { Page, ProblemAlert, Spinner, Select, Table, Notice } from '../core/ui.js';
import { Chart, tooltip, palette } from '../core/chart.js';
import { tenantOf, visiting, viewQuery, apiQuery, loadPlan, tenantPlans, planYears } from './progress-common.js';

const MILESTONE_STATUSES = ['past_due', 'due', 'upcoming'];
const ROW_HEIGHT = 28;

/** The colour of a milestone's status: past due reads as bad, due this year as a warning. */
function milestoneColour(status, colours) {
  return { past_due: colours.bad, due: colours.warn, upcoming: colours.info }[status] || colours.muted;
}

function MilestoneBadge(status) {
  const kind = { past_due: 'bad', due: 'warn', upcoming: 'info' }[status] || 'neutral';
  return h('span', { class: `badge badge-${kind}`, 'data-test': 'milestone-status', 'data-status': status }, t(`progress.tasks.status.${status}`));
}

/** Tasks in reading order: each project, then its own tasks. */
function ordered(tasks) {
  const codes = new Set(tasks.map((x) => x.code));
  const out = [];
  const childrenOf = (parent) => tasks.filter((x) => x.parent === parent);
  for (const top of tasks.filter((x) => !x.parent || !codes.has(x.parent))) {
    out.push({ task: top, depth: 0 });
    childrenOf(top.code).forEach((c) => out.push({ task: c, depth: 1 }));
  }
  return out;
}

function departments(task) {
  return [...(task.leadDepartments || []), ...(task.responsibleDepartments || [])];
}

export default {
  name: 'Tasks',
  props: { params: Object, query: Object },
  setup(props) {
    const tenant = tenantOf(props.query);
    // National staff have no tenant of their own: they come here from the comparison with ?tenant=.
    if (!tenant) return () => Page({ title: t('progress.tasks.title'), test: 'progress-no-tenant' }, [Notice('info', t('progress.tenant-needed'))]);
    const timeline = ref(null);
    const plan = ref(null);
    const planIds = ref([]);
    const error = ref(null);
    const status = ref(props.query.status || '');
    const department = ref(props.query.department || '');

    const query = () => apiQuery({ plan: props.query.plan, period: props.query.period });

    async function load() {
      try {
        const tl = await api.get(tenantPathOf(tenant, 'progress', 'tasks'), query());
        timeline.value = tl;
        plan.value = await loadPlan(tl.plan);
      } catch (e) {
        error.value = e;
      }
    }
    load();
    tenantPlans(tenant).then((ids) => (planIds.value = ids));

    const allDepartments = computed(() => {
      const set = new Set();
      for (const x of timeline.value ? timeline.value.tasks : []) departments(x).forEach((d) => set.add(d));
      return [...set].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    });

    /** The rows shown: tasks matching the filters, a project kept when any of its tasks is. */
    const rows = computed(() => {
      if (!timeline.value) return [];
      const matches = (x) =>
        (!status.value || x.milestones.some((m) => m.status === status.value)) && (!department.value || departments(x).includes(department.value));
      const all = ordered(timeline.value.tasks);
      if (!status.value && !department.value) return all;
      const keep = new Set(all.filter((r) => matches(r.task)).map((r) => r.task.code));
      all.forEach((r) => r.task.parent && keep.has(r.task.code) && keep.add(r.task.parent));
      return all.filter((r) => keep.has(r.task.code));
    });

    const range = computed(() => {
      const p = plan.value;
      const years = planYears(p);
      const dues = (timeline.value ? timeline.value.tasks : []).flatMap((x) => x.milestones.map((m) => m.dueBy));
      const first = years.length ? `${years[0]}-01-01` : dues.sort()[0];
      const last = years.length ? `${years[years.length - 1]}-12-31` : dues.sort()[dues.length - 1];
      return { from: first, to: dues.reduce((a, b) => (b > a ? b : a), last) };
    });

    const option = computed(() => {
      if (!timeline.value) return null;
      const colours = palette();
      const list = rows.value;
      const names = list.map((r) => `${r.depth ? '  ' : ''}${text(r.task.title)}`);
      // Each task's span: from the plan's start to its last milestone (a project: to its tasks' last).
      const lastDue = (task) => {
        const own = task.milestones.map((m) => m.dueBy);
        const kids = timeline.value.tasks.filter((x) => x.parent === task.code).flatMap((x) => x.milestones.map((m) => m.dueBy));
        return [...own, ...kids].sort().pop() || null;
      };
      const spans = list.map((r, i) => {
        const end = lastDue(r.task);
        return end ? { value: [i, range.value.from, end], depth: r.depth } : { value: [i, null, null] };
      });
      const points = [];
      list.forEach((r, i) => {
        r.task.milestones
          .filter((m) => !status.value || m.status === status.value)
          .forEach((m) => points.push({ value: [m.dueBy, i], task: r.task, milestone: m, itemStyle: { color: milestoneColour(m.status, colours) } }));
      });
      return {
        grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: 'time', min: range.value.from, max: range.value.to, position: 'top', axisLabel: { color: colours.fg }, splitLine: { show: true, lineStyle: { color: colours.line } } },
        yAxis: { type: 'category', inverse: true, data: names, axisLabel: { color: colours.fg, width: 150, overflow: 'truncate' }, axisTick: { show: false } },
        tooltip: {
          trigger: 'item',
          formatter: (p) => {
            if (p.seriesType !== 'scatter') {
              const task = list[p.value[0]].task;
              return tooltip(text(task.title), [
                [t('progress.tasks.lead'), (task.leadDepartments || []).join('、')],
                [t('progress.tasks.responsible'), (task.responsibleDepartments || []).join('、')],
              ]);
            }
            const { task, milestone } = p.data;
            return tooltip(text(task.title), [
              [t('progress.tasks.milestone'), text(milestone.description)],
              [t('progress.tasks.due'), fmtDate(milestone.dueBy)],
              [t('common.status'), t(`progress.tasks.status.${milestone.status}`)],
              [t('progress.tasks.applies-to'), milestone.appliesTo ? text(milestone.appliesTo) : t('progress.tasks.all-units')],
              [t('progress.tasks.lead'), (task.leadDepartments || []).join('、')],
              [t('progress.tasks.responsible'), (task.responsibleDepartments || []).join('、')],
            ]);
          },
        },
        series: [
          {
            type: 'custom',
            name: t('progress.tasks.task'),
            encode: { x: [1, 2], y: 0 },
            data: spans,
            renderItem: (params, api) => {
              if (api.value(1) == null || Number.isNaN(api.value(1))) return null;
              const start = api.coord([api.value(1), api.value(0)]);
              const end = api.coord([api.value(2), api.value(0)]);
              const height = api.size([0, 1])[1] * (spans[params.dataIndex].depth ? 0.3 : 0.5);
              return {
                type: 'rect',
                shape: { x: start[0], y: start[1] - height / 2, width: Math.max(2, end[0] - start[0]), height },
                style: { fill: spans[params.dataIndex].depth ? colours.line : colours.muted, opacity: spans[params.dataIndex].depth ? 1 : 0.5 },
              };
            },
          },
          { type: 'scatter', name: t('progress.tasks.milestone'), symbol: 'diamond', symbolSize: 14, data: points, z: 3 },
        ],
      };
    });

    const tableRows = computed(() =>
      rows.value.flatMap((r) => {
        const ms = r.task.milestones.filter((m) => !status.value || m.status === status.value);
        return ms.length ? ms.map((m, i) => ({ ...r, milestone: m, key: `${r.task.code}/${i}` })) : [{ ...r, milestone: null, key: r.task.code }];
      }),
    );

    const go = (changes) => setQuery(viewQuery({ ...props.query, ...changes }));

    return () => {
      const tl = timeline.value;
      const title = t('progress.tasks.title');
      if (!tl) return Page({ title, test: 'tasks' }, [error.value ? ProblemAlert(error.value) : Spinner()]);
      const exportQuery = { plan: tl.plan, period: String(tl.period) };
      const download = (format) =>
        api
          .download(tenantPathOf(tenant, 'progress', 'tasks'), { ...exportQuery, format }, `tasks-${tenant}-${tl.period}.${format}`, format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .catch((e) => (error.value = e));
      const actions = [
        h('button', { type: 'button', 'data-test': 'export-csv', onClick: () => download('csv') }, t('progress.export.csv')),
        h('button', { type: 'button', 'data-test': 'export-xlsx', onClick: () => download('xlsx') }, t('progress.export.xlsx')),
      ];
      const years = planYears(plan.value);
      const filters = [];
      if (planIds.value.length > 1) {
        filters.push(Select({ id: 'tasks-plan', label: t('progress.plan'), value: tl.plan, test: 'plan', options: planIds.value.map((p) => ({ value: p, label: p })), onChange: (p) => go({ plan: p, period: '' }) }));
      }
      filters.push(
        Select({ id: 'tasks-period', label: t('common.period'), value: String(tl.period), test: 'period', options: (years.length ? years : [tl.period]).map((y) => ({ value: String(y), label: String(y) })), onChange: (p) => go({ period: p }) }),
        Select({
          id: 'tasks-status',
          label: t('progress.tasks.filter.status'),
          value: status.value,
          test: 'task-status',
          allLabel: t('common.all'),
          options: MILESTONE_STATUSES.map((s) => ({ value: s, label: t(`progress.tasks.status.${s}`) })),
          onChange: (s) => (status.value = s),
        }),
      );
      if (allDepartments.value.length) {
        filters.push(
          Select({ id: 'tasks-department', label: t('progress.tasks.filter.department'), value: department.value, test: 'task-department', allLabel: t('common.all'), options: allDepartments.value.map((d) => ({ value: d, label: d })), onChange: (d) => (department.value = d) }),
        );
      }
      return Page({ title, actions, test: 'tasks' }, [
        h('p', { class: 'progress-subtitle' }, [
          plan.value ? text(plan.value.title) : tl.plan,
          ' · ',
          h('span', { 'data-test': 'as-of' }, t('progress.tasks.as-of', fmtDate(tl.asOf))),
          visiting(props.query) ? [' · ', h('span', { 'data-test': 'read-only' }, t('progress.read-only', tenant))] : null,
        ]),
        ProblemAlert(error.value),
        h('div', { class: 'filters' }, filters),
        h('ul', { class: 'progress-legend', 'aria-hidden': 'true' }, MILESTONE_STATUSES.map((s) => h('li', { class: `progress-legend-${s}` }, t(`progress.tasks.status.${s}`)))),
        rows.value.length === 0
          ? h('p', { class: 'empty', 'data-test': 'tasks-empty' }, t('progress.tasks.none'))
          : [
              h(Chart, { option: option.value, label: t('progress.tasks.label'), test: 'gantt', class: 'progress-gantt', style: { height: `${rows.value.length * ROW_HEIGHT + 60}px` } }),
              Table({
                caption: t('progress.tasks.table'),
                rowKey: (r) => r.key,
                rowTest: 'task-row',
                rows: tableRows.value,
                columns: [
                  { key: 'task', label: t('progress.tasks.task'), header: true, render: (r) => h('span', { class: r.depth ? 'progress-subtask' : 'progress-project' }, text(r.task.title)) },
                  { key: 'milestone', label: t('progress.tasks.milestone'), render: (r) => (r.milestone ? [text(r.milestone.description), r.milestone.appliesTo ? h('span', { class: 'muted' }, ` (${text(r.milestone.appliesTo)})`) : null] : h('span', { class: 'muted' }, t('progress.tasks.no-milestone'))) },
                  { key: 'due', label: t('progress.tasks.due'), render: (r) => (r.milestone ? fmtDate(r.milestone.dueBy) : '') },
                  { key: 'status', label: t('common.status'), render: (r) => (r.milestone ? MilestoneBadge(r.milestone.status) : '') },
                  { key: 'lead', label: t('progress.tasks.lead'), render: (r) => (r.task.leadDepartments || []).join('、') },
                  { key: 'responsible', label: t('progress.tasks.responsible'), render: (r) => (r.task.responsibleDepartments || []).join('、') },
                ],
              }),
            ],
      ]);
    };
  },
};

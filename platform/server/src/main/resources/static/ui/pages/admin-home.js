// #/admin?period=: the region admin's home. Per form of the period: the units due and their reports
// by status, the overdue units and the latest submissions, each linking to the report under review.
import { h, ref } from '../core/vue.js';
import { api, tenantPath } from '../core/api.js';
import { t, text, fmtNumber, fmtDate, fmtDateTime } from '../core/i18n.js';
import { href, setQuery } from '../core/router.js';
import { Page, Table, StatusBadge, LateFlag, ProblemAlert, Spinner, Select } from '../core/ui.js';
import { STATUSES, statusText, reviewHash, loadCalendar, periodsOf } from './review-common.js';

export default {
  name: 'AdminHome',
  props: { params: Object, query: Object },
  setup(props) {
    const summary = ref(null);
    const periods = ref([]);
    const error = ref(null);

    // The page is rebuilt when its query changes, so one load per visit.
    async function load() {
      try {
        const [s, calendar] = await Promise.all([
          api.get(tenantPath('reports', 'summary'), { period: props.query.period }),
          loadCalendar(),
        ]);
        summary.value = s;
        periods.value = periodsOf(calendar.windows);
      } catch (e) {
        error.value = e;
      }
    }
    load();

    function formName(code) {
      const f = summary.value && summary.value.forms.find((x) => x.formCode === code);
      return f ? text(f.title) : code;
    }

    function periodPicker() {
      const current = summary.value ? String(summary.value.period) : props.query.period || '';
      return Select({
        id: 'admin-period',
        label: t('common.period'),
        value: current,
        test: 'period',
        options: periods.value.map((p) => ({ value: p, label: p })),
        onChange: (v) => setQuery({ period: v }),
      });
    }

    function formCard(f, period) {
      const window = f.closes ? t('review.home.window', fmtDate(f.opens), fmtDate(f.closes)) : t('review.home.window.none');
      const headingId = 'form-' + f.formCode;
      return h('section', { class: 'review-form-card', 'aria-labelledby': headingId, 'data-test': 'form-summary', 'data-form': f.formCode }, [
        h('h2', { id: headingId }, text(f.title)),
        h('p', { class: 'review-muted' }, [f.formCode, ' · ', window]),
        h('p', [
          h('strong', { 'data-test': 'expected' }, t('review.home.expected', fmtNumber(f.expected))),
          f.overdue > 0 ? h('span', { class: 'review-overdue-count', 'data-test': 'overdue-count' }, [' · ', t('review.home.overdue.count', fmtNumber(f.overdue))]) : null,
        ]),
        h(
          'ul',
          { class: 'review-counts', 'aria-label': t('review.home.counts') },
          STATUSES.map((s) =>
            h('li', { class: 'review-count review-count-' + s.toLowerCase(), 'data-test': 'count-' + s }, [
              h('span', { class: 'review-count-label' }, statusText(s)),
              h('span', { class: 'review-count-number', 'data-test': 'count' }, fmtNumber(f.counts[s] || 0)),
              h('progress', { max: Math.max(f.expected, 1), value: f.counts[s] || 0, 'aria-hidden': 'true' }),
            ]),
          ),
        ),
        h('a', { class: 'button', href: href('/review', { form: f.formCode, period, status: 'SUBMITTED' }), 'data-test': 'to-queue' }, t('review.home.queue', fmtNumber(f.counts.SUBMITTED || 0))),
      ]);
    }

    function overdueTable(s) {
      return Table({
        caption: t('review.home.overdue.title'),
        empty: t('review.home.overdue.none'),
        rowKey: (r) => r.formCode + '/' + r.orgUnitId,
        rowTest: 'overdue-row',
        rows: s.overdue,
        columns: [
          {
            key: 'orgUnitName',
            label: t('review.unit-name'),
            header: true,
            render: (r) => h('a', { href: reviewHash(r.formCode, r.orgUnitId, String(s.period)), 'data-test': 'overdue-unit' }, r.orgUnitName || r.orgUnitId),
          },
          { key: 'formCode', label: t('common.form'), render: (r) => formName(r.formCode) },
          { key: 'closes', label: t('review.home.overdue.closes'), render: (r) => fmtDate(r.closes) },
          { key: 'status', label: t('common.status'), render: (r) => StatusBadge(r.status) },
        ],
      });
    }

    function latestTable(s) {
      return Table({
        caption: t('review.home.latest.title'),
        empty: t('review.home.latest.none'),
        rowKey: (r) => r.formCode + '/' + r.orgUnitId + '/' + r.period + '/' + r.at,
        rowTest: 'latest-row',
        rows: s.latest,
        columns: [
          {
            key: 'orgUnitName',
            label: t('review.unit-name'),
            header: true,
            render: (r) => h('a', { href: reviewHash(r.formCode, r.orgUnitId, r.period), 'data-test': 'latest-unit' }, r.orgUnitName || r.orgUnitId),
          },
          { key: 'formCode', label: t('common.form'), render: (r) => formName(r.formCode) },
          { key: 'status', label: t('common.status'), render: (r) => [StatusBadge(r.status), r.late ? [' ', LateFlag()] : null] },
          { key: 'actor', label: t('review.actor') },
          { key: 'at', label: t('review.home.latest.at'), render: (r) => fmtDateTime(r.at) },
        ],
      });
    }

    return () => {
      const s = summary.value;
      const children = [];
      if (error.value) children.push(ProblemAlert(error.value));
      if (!s && !error.value) children.push(Spinner());
      if (s) {
        children.push(h('p', { class: 'review-muted' }, t('review.home.plan', s.plan)));
        children.push(h('div', { class: 'review-form-cards' }, s.forms.map((f) => formCard(f, String(s.period)))));
        children.push(h('section', { class: 'review-section', 'data-test': 'overdue' }, [h('h2', t('review.home.overdue.title')), overdueTable(s)]));
        children.push(h('section', { class: 'review-section', 'data-test': 'latest' }, [h('h2', t('review.home.latest.title')), latestTable(s)]));
      }
      return Page({ title: t('review.home.title'), actions: [periodPicker()], test: 'admin-home' }, children);
    };
  },
};

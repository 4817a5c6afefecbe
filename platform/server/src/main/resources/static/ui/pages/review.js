// #/review?form=&period=&street=&status=: the review queue. The filters live in the hash, so a
// reload keeps them; clean submitted reports (no warnings) can be approved many at once.
import { h, ref, reactive, computed } from '../core/vue.js';
import { api, tenantPath } from '../core/api.js';
import { t, text, fmtNumber, fmtDateTime } from '../core/i18n.js';
import { setQuery } from '../core/router.js';
import { Page, Table, StatusBadge, LateFlag, ProblemAlert, Notice, Spinner, Select, toast } from '../core/ui.js';
import { STATUSES, statusText, reviewHash, loadCalendar, periodsOf, formsOf, unitName } from './review-common.js';

const PAGE_SIZE = 500;

export default {
  name: 'ReviewQueue',
  props: { params: Object, query: Object },
  setup(props) {
    const windows = ref([]);
    const streets = ref([]);
    const page = ref(null);
    const error = ref(null);
    const selected = reactive(new Set());
    const outcome = ref(null);
    const approving = ref(false);
    // The filters as chosen, applied to the hash by the filter button.
    const filters = reactive({
      form: props.query.form || '',
      period: props.query.period || '',
      street: props.query.street || '',
      status: props.query.status || '',
    });

    async function loadChoices() {
      try {
        const [calendar, units] = await Promise.all([
          loadCalendar(),
          api.get(tenantPath('org-units'), { view: 'flat', level: 'STREET', size: 500 }),
        ]);
        windows.value = calendar.windows;
        streets.value = units.items;
      } catch (e) {
        error.value = e;
      }
    }

    async function loadReports() {
      selected.clear();
      try {
        page.value = await api.get(tenantPath('reports'), {
          formCode: props.query.form,
          period: props.query.period,
          under: props.query.street,
          status: props.query.status,
          size: PAGE_SIZE,
        });
      } catch (e) {
        error.value = e;
      }
    }
    // The page is rebuilt when its query changes, so one load per visit.
    loadChoices();
    loadReports();

    const clean = (r) => r.status === 'SUBMITTED' && (r.warningCount || 0) === 0;
    const key = (r) => r.formCode + '/' + r.orgUnitId + '/' + r.period;
    const rows = computed(() => (page.value ? page.value.items : []));
    const selectable = computed(() => rows.value.filter(clean));

    function formTitle(code) {
      const w = windows.value.find((x) => x.formCode === code);
      return w ? text(w.title) : code;
    }

    async function approveSelected() {
      const chosen = rows.value.filter((r) => selected.has(key(r)));
      if (!chosen.length) {
        toast(t('review.queue.approveSelected.none'));
        return;
      }
      approving.value = true;
      outcome.value = null;
      error.value = null;
      try {
        const result = await api.post(tenantPath('reports', 'approve'), {
          reports: chosen.map((r) => ({ formCode: r.formCode, orgUnitId: r.orgUnitId, period: r.period, version: r.version })),
        });
        outcome.value = result.results;
        await loadReports();
      } catch (e) {
        error.value = e;
      } finally {
        approving.value = false;
      }
    }

    function apply(e) {
      e.preventDefault();
      setQuery({ ...filters });
    }

    function filterForm() {
      const choice = (id, label, name, options) =>
        Select({ id, label, value: filters[name], test: 'filter-' + name, allLabel: t('common.all'), options, onChange: (v) => (filters[name] = v) });
      return h('form', { class: 'review-filters', 'aria-label': t('review.queue.filters'), onSubmit: apply }, [
        choice('review-form', t('common.form'), 'form', formsOf(windows.value).map((w) => ({ value: w.formCode, label: text(w.title) }))),
        choice('review-period', t('common.period'), 'period', periodsOf(windows.value).map((p) => ({ value: p, label: p }))),
        choice('review-street', t('review.street'), 'street', streets.value.map((s) => ({ value: s.id, label: unitName(s.name, s.id, text) }))),
        choice('review-status', t('common.status'), 'status', STATUSES.filter((s) => s !== 'NOT_STARTED').map((s) => ({ value: s, label: statusText(s) }))),
        h('button', { type: 'submit', class: 'primary', 'data-test': 'apply-filters' }, t('review.queue.apply')),
      ]);
    }

    function outcomeNotice() {
      if (!outcome.value) return null;
      const approved = outcome.value.filter((o) => o.outcome === 'APPROVED');
      const refused = outcome.value.filter((o) => o.outcome === 'REFUSED');
      return Notice(
        refused.length ? 'warn' : 'ok',
        [
          h('p', t('review.queue.approved', fmtNumber(approved.length))),
          refused.length
            ? [
                h('p', t('review.queue.refused', fmtNumber(refused.length))),
                h(
                  'ul',
                  refused.map((o) =>
                    h('li', { 'data-test': 'refused' }, [
                      h('a', { href: reviewHash(o.formCode, o.orgUnitId, o.period) }, o.orgUnitId),
                      ': ',
                      o.problem ? o.problem.detail || o.problem.title : '',
                    ]),
                  ),
                ),
              ]
            : null,
        ],
        'approve-outcome',
      );
    }

    function checkbox(r) {
      if (!clean(r)) return null;
      return h('input', {
        type: 'checkbox',
        'data-test': 'select-row',
        'aria-label': t('review.queue.select.row', r.orgUnitName || r.orgUnitId),
        checked: selected.has(key(r)),
        onChange: (e) => (e.target.checked ? selected.add(key(r)) : selected.delete(key(r))),
      });
    }

    function table() {
      return Table({
        caption: t('review.queue.caption', fmtNumber(page.value.total)),
        empty: t('review.queue.empty'),
        rowKey: key,
        rowTest: 'queue-row',
        rows: rows.value,
        columns: [
          { key: 'select', label: t('review.queue.select'), render: checkbox },
          {
            key: 'orgUnitName',
            label: t('review.unit-name'),
            header: true,
            render: (r) => h('a', { href: reviewHash(r.formCode, r.orgUnitId, r.period), 'data-test': 'open-report' }, r.orgUnitName || r.orgUnitId),
          },
          { key: 'formCode', label: t('common.form'), render: (r) => formTitle(r.formCode) },
          { key: 'period', label: t('common.period') },
          { key: 'status', label: t('common.status'), render: (r) => StatusBadge(r.status) },
          { key: 'late', label: t('common.late'), render: (r) => (r.late ? LateFlag() : t('review.late.no')) },
          { key: 'warningCount', label: t('review.warnings'), numeric: true, render: (r) => h('span', { 'data-test': 'warning-count' }, fmtNumber(r.warningCount || 0)) },
          { key: 'at', label: t('review.updated'), render: (r) => fmtDateTime(r.at) },
        ],
      });
    }

    return () => {
      const children = [filterForm()];
      if (error.value) children.push(ProblemAlert(error.value));
      children.push(outcomeNotice());
      if (!page.value && !error.value) children.push(Spinner());
      if (page.value) {
        if (selectable.value.length) {
          children.push(
            h('div', { class: 'review-bulk' }, [
              h('button', { type: 'button', 'data-test': 'select-all', onClick: () => selectable.value.forEach((r) => selected.add(key(r))) }, t('review.queue.select.all')),
              h(
                'button',
                { type: 'button', class: 'primary', 'data-test': 'approve-selected', disabled: approving.value || selected.size === 0, onClick: approveSelected },
                t('review.queue.approveSelected', fmtNumber(selected.size)),
              ),
            ]),
          );
        }
        children.push(table());
        if (page.value.total > rows.value.length) children.push(Notice('info', t('review.queue.more', fmtNumber(rows.value.length))));
      }
      return Page({ title: t('review.queue.title'), test: 'review-queue' }, children);
    };
  },
};

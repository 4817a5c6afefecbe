// 我的填报: every form due for the reporter's units in one period, with its window, status, late
// flag and the reviewer's comment, each linking to the form.
import { h, ref, watch, onMounted } from '../core/vue.js';
import { api, tenantPath } from '../core/api.js';
import { t, text, lang, fmtDate, fmtDateTime } from '../core/i18n.js';
import { Page, StatusBadge, LateFlag, ProblemAlert, Spinner } from '../core/ui.js';
import { go } from '../core/router.js';

const STATUSES = ['NOT_STARTED', 'DRAFT', 'RETURNED', 'SUBMITTED', 'APPROVED'];
const PAGE_SIZE = 100;

export default {
  name: 'WorkPage',
  props: { params: Object, query: Object },
  setup(props) {
    const work = ref(null);
    const error = ref(null);
    const loading = ref(false);

    async function load() {
      loading.value = true;
      error.value = null;
      try {
        const query = { size: PAGE_SIZE, page: Number(props.query?.page) || 0 };
        if (props.query?.period) query.period = props.query.period;
        if (props.query?.status) query.status = props.query.status;
        work.value = await api.get(tenantPath('my-work'), query);
      } catch (e) {
        error.value = e;
      } finally {
        loading.value = false;
      }
    }

    // The filters live in the address, so a reload or a shared link shows the same list.
    function filter(name, value) {
      const next = { period: props.query?.period || '', status: props.query?.status || '', page: '' };
      if (name === 'page') next.page = value ? String(value) : '';
      else next[name] = value;
      const qs = Object.entries(next)
        .filter(([, v]) => v !== '' && v != null)
        .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
        .join('&');
      go(qs ? `#/work?${qs}` : '#/work');
    }

    onMounted(load);
    watch(() => [props.query?.period, props.query?.status, props.query?.page], load);

    return () =>
      Page({ title: t('work.title') }, [
        filters(work.value, props.query || {}, filter),
        error.value ? ProblemAlert(error.value) : null,
        loading.value && !work.value ? Spinner() : null,
        work.value ? list(work.value) : null,
        work.value ? pager(work.value, filter) : null,
      ]);
  },
};

function filters(work, query, filter) {
  const periods = work?.periods || [];
  const period = String(query.period || work?.period || '');
  return h('form', { class: 'filters work-filters', onSubmit: (e) => e.preventDefault() }, [
    h('div', { class: 'field work-filter' }, [
      h('label', { for: 'work-period' }, t('work.period')),
      h(
        'select',
        {
          id: 'work-period',
          'data-test': 'work-period',
          value: period,
          onChange: (e) => filter('period', e.target.value),
        },
        periods.map((p) => h('option', { value: String(p), selected: String(p) === period }, String(p))),
      ),
    ]),
    h('div', { class: 'field work-filter' }, [
      h('label', { for: 'work-status' }, t('work.status')),
      h(
        'select',
        {
          id: 'work-status',
          'data-test': 'work-status',
          value: query.status || '',
          onChange: (e) => filter('status', e.target.value),
        },
        [
          h('option', { value: '', selected: !query.status }, t('work.status.any')),
          ...STATUSES.map((s) =>
            h('option', { value: s, selected: query.status === s }, t(`status.${s}`)),
          ),
        ],
      ),
    ]),
  ]);
}

function list(work) {
  if (!work.items.length) {
    return h('p', { class: 'work-empty', 'data-test': 'work-empty' }, t('work.empty', String(work.period)));
  }
  return h('div', { class: 'work-list-wrap' }, [
    h('p', { class: 'work-count', role: 'status' }, t('work.count', work.total, String(work.period))),
    h('ul', { class: 'work-list' }, work.items.map(item)),
  ]);
}

/** Earlier and later pages, for a region admin's whole tenant. */
function pager(work, filter) {
  const pages = Math.ceil(work.total / work.size);
  if (pages <= 1) return null;
  return h('nav', { class: 'work-pager', 'aria-label': t('work.pages') }, [
    h('button', { type: 'button', disabled: work.page <= 0, 'data-test': 'page-previous', onClick: () => filter('page', work.page - 1) }, t('work.previous')),
    h('span', { class: 'work-page' }, t('work.page', work.page + 1, pages)),
    h('button', { type: 'button', disabled: work.page + 1 >= pages, 'data-test': 'page-next', onClick: () => filter('page', work.page + 1) }, t('work.next')),
  ]);
}

function unitName(i) {
  return lang() === 'en' && i.orgUnitNameEn ? i.orgUnitNameEn : i.orgUnitName;
}

function windowText(i) {
  if (!i.opens && !i.closes) return t('work.window.none');
  return t('work.window.range', fmtDate(i.opens), fmtDate(i.closes));
}

function item(i) {
  const href = `#/report/${encodeURIComponent(i.formCode)}/${encodeURIComponent(i.orgUnitId)}/${i.period}`;
  const open = i.status === 'SUBMITTED' || i.status === 'APPROVED' ? t('work.view') : t('work.fill');
  return h(
    'li',
    {
      class: ['work-item', `work-item--${i.status.toLowerCase()}`, i.late ? 'work-item--late' : null],
      'data-test': 'due-item',
      'data-form': i.formCode,
      'data-unit': i.orgUnitId,
      'data-status': i.status,
    },
    [
      h('div', { class: 'work-item-main' }, [
        h('h2', { class: 'work-item-title' }, text(i.title)),
        h('p', { class: 'work-item-unit' }, [unitName(i), ' · ', t('work.periodValue', String(i.period))]),
        h('p', { class: 'work-item-window' }, [h('span', { class: 'work-label' }, t('work.window')), ' ', windowText(i)]),
        i.updatedAt
          ? h('p', { class: 'work-item-updated' }, t('work.updated', fmtDateTime(i.updatedAt)))
          : null,
        i.status === 'RETURNED' && i.comment
          ? h('p', { class: 'work-item-comment', 'data-test': 'returned-comment' }, [
              h('span', { class: 'work-label' }, t('work.comment')),
              ' ',
              i.comment,
            ])
          : null,
      ]),
      h('div', { class: 'work-item-side' }, [
        h('p', { class: 'work-item-status' }, [StatusBadge(i.status), i.late ? [' ', LateFlag()] : null]),
        h(
          'a',
          {
            class: 'button work-open',
            href,
            'data-test': 'open-report',
            'aria-label': t('work.openLabel', open, text(i.title), unitName(i)),
          },
          open,
        ),
      ]),
    ],
  );
}

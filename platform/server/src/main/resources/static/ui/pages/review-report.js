// #/review/:formCode/:orgUnitId/:period: one report under review. Its values with the plan's field
// labels and units, its warnings and its versions; approve, or return it with a comment. Both
// steps send the version read as If-Match, so a report changed meanwhile is never reviewed blind.
import { h, ref, computed, nextTick } from '../core/vue.js';
import { api, tenantPath } from '../core/api.js';
import { t, text, fmtNumber, fmtDateTime } from '../core/i18n.js';
import { href } from '../core/router.js';
import { Page, StatusBadge, LateFlag, ProblemAlert, Notice, Spinner, Dialog, Field, toast } from '../core/ui.js';
import { statusText, unitName } from './review-common.js';

export default {
  name: 'ReviewReport',
  props: { params: Object, query: Object },
  setup(props) {
    const report = ref(null);
    const etag = ref(null);
    const history = ref([]);
    const form = ref(null);
    const unit = ref(null);
    const error = ref(null);
    const busy = ref(false);
    const returning = ref(false);
    const comment = ref('');
    const commentError = ref('');
    const returnError = ref(null);

    const p = props.params;
    const path = () => tenantPath('reports', p.formCode, p.orgUnitId, p.period);

    async function load() {
      try {
        const current = await api.raw('GET', path());
        const [versions, plan, found] = await Promise.all([
          api.get(path() + '/history'),
          form.value ? null : api.get('/api/v1/plans/' + encodeURIComponent(current.data.planId)),
          unit.value ? null : api.get(tenantPath('org-units', p.orgUnitId)).catch(() => null),
        ]);
        report.value = current.data;
        etag.value = current.etag;
        history.value = versions.slice().reverse();
        if (plan) form.value = plan.forms.find((f) => f.code === p.formCode) || null;
        if (found) unit.value = found;
      } catch (e) {
        error.value = e;
      }
    }
    load();

    const fields = computed(() => (form.value ? form.value.fields : []));
    const field = (code) => fields.value.find((f) => f.code === code);
    const label = (code) => (field(code) ? text(field(code).label) : code);
    const unitOf = (f) => (f && f.unit && f.unit !== 'NONE' ? t(`unit.${f.unit}`) : '');

    /** A stored value as a reader reads it: numbers by locale, yes or no, an option's label. */
    function shown(code, value) {
      if (value === undefined || value === null || value === '') return t('review.report.empty');
      const f = field(code);
      if (typeof value === 'boolean') return value ? t('review.report.yes') : t('review.report.no');
      if (typeof value === 'number') return fmtNumber(value, { maximumFractionDigits: 6 });
      if (f && f.options && f.options.length) {
        const pick = (v) => {
          const o = f.options.find((x) => x.code === v);
          return o ? text(o.label) : String(v);
        };
        return Array.isArray(value) ? value.map(pick).join(t('review.report.list-separator')) : pick(value);
      }
      return Array.isArray(value) ? value.join(t('review.report.list-separator')) : String(value);
    }

    async function approve() {
      busy.value = true;
      error.value = null;
      try {
        await api.post(path() + '/approve', undefined, { etag: etag.value });
        toast(t('review.report.approved'));
        await load();
      } catch (e) {
        error.value = e;
      } finally {
        busy.value = false;
      }
    }

    function openReturn() {
      comment.value = '';
      commentError.value = '';
      returnError.value = null;
      returning.value = true;
      nextTick(() => document.getElementById('return-comment')?.focus());
    }

    async function confirmReturn(e) {
      e.preventDefault();
      if (!comment.value.trim()) {
        commentError.value = t('review.report.return.required');
        document.getElementById('return-comment')?.focus();
        return;
      }
      busy.value = true;
      returnError.value = null;
      try {
        await api.post(path() + '/return', { comment: comment.value.trim() }, { etag: etag.value });
        returning.value = false;
        toast(t('review.report.returned'));
        await load();
      } catch (err) {
        returnError.value = err;
      } finally {
        busy.value = false;
      }
    }

    function valuesList(r) {
      const codes = fields.value.length ? fields.value.map((f) => f.code) : Object.keys(r.values || {});
      return h(
        'dl',
        { class: 'review-values', 'data-test': 'report-values' },
        codes.flatMap((code) => {
          const u = unitOf(field(code));
          return [h('dt', label(code)), h('dd', { 'data-field': code }, [shown(code, r.values ? r.values[code] : null), u ? h('span', { class: 'review-unit' }, ' ' + u) : null])];
        }),
      );
    }

    function warningsList(r) {
      const list = r.warnings || [];
      if (!list.length) return h('p', { 'data-test': 'no-warnings' }, t('review.report.warnings.none'));
      return h(
        'ul',
        { class: 'review-warnings', 'data-test': 'warnings' },
        list.map((w) => h('li', { class: 'review-warning', 'data-test': 'warning' }, [h('strong', label(w.field) + t('review.report.label-separator')), text(w.message)])),
      );
    }

    function changesList(changes) {
      const entries = Object.entries(changes || {});
      if (!entries.length) return null;
      return h(
        'ul',
        { class: 'review-changes', 'aria-label': t('review.report.changes') },
        entries.map(([code, c]) => h('li', t('review.report.change', label(code), shown(code, c.from), shown(code, c.to)))),
      );
    }

    function historyList() {
      return h(
        'ol',
        { class: 'review-history', 'data-test': 'history', reversed: true },
        history.value.map((v) =>
          h('li', { class: 'review-version', 'data-test': 'version' }, [
            h('p', { class: 'review-version-head' }, [
              h('strong', t('review.report.version', v.version)),
              ' · ',
              t('review.report.action.' + v.action),
              ' · ',
              statusText(v.status),
              ' · ',
              v.actor,
              ' · ',
              fmtDateTime(v.at),
            ]),
            v.comment ? h('p', { class: 'review-comment' }, t('review.report.comment', v.comment)) : null,
            changesList(v.changes),
          ]),
        ),
      );
    }

    function returnDialog() {
      return h(
        Dialog,
        { open: returning.value, title: t('review.report.return.title'), test: 'return-dialog', onClose: () => (returning.value = false) },
        {
          default: () =>
            h('form', { class: 'review-dialog-form', onSubmit: confirmReturn, novalidate: true }, [
              returnError.value ? ProblemAlert(returnError.value) : null,
              Field({ id: 'return-comment', label: t('review.report.return.comment'), error: commentError.value, required: true }, (attrs) =>
                h('textarea', {
                  ...attrs,
                  'data-test': 'return-comment',
                  rows: 4,
                  maxlength: 2000,
                  value: comment.value,
                  onInput: (e) => {
                    comment.value = e.target.value;
                    commentError.value = '';
                  },
                }),
              ),
              h('div', { class: 'dialog-actions' }, [
                h('button', { type: 'button', onClick: () => (returning.value = false) }, t('common.cancel')),
                h('button', { type: 'submit', class: 'danger', 'data-test': 'confirm-return', disabled: busy.value }, t('review.report.return.confirm')),
              ]),
            ]),
        },
      );
    }

    return () => {
      const r = report.value;
      const name = unit.value ? unitName(unit.value.name, p.orgUnitId, text) : p.orgUnitId;
      const title = t('review.report.title', name, form.value ? text(form.value.title) : p.formCode, p.period);
      const children = [h('p', [h('a', { href: href('/review', { form: p.formCode, period: p.period }), 'data-test': 'back' }, t('review.report.back'))])];
      if (error.value) children.push(ProblemAlert(error.value));
      if (!r && !error.value) children.push(Spinner());
      if (r) {
        children.push(
          h('div', { class: 'review-report-status', 'data-test': 'report-status', 'data-status': r.status }, [
            StatusBadge(r.status),
            r.late ? LateFlag() : null,
            h('span', { class: 'review-muted' }, t('review.report.version', r.version)),
          ]),
        );
        if (r.comment) children.push(h('p', { class: 'review-comment', 'data-test': 'comment' }, t('review.report.comment', r.comment)));
        children.push(
          r.status === 'SUBMITTED'
            ? h('div', { class: 'review-actions' }, [
                h('button', { type: 'button', class: 'primary', 'data-test': 'approve', disabled: busy.value, onClick: approve }, t('review.report.approve')),
                h('button', { type: 'button', class: 'danger', 'data-test': 'return', disabled: busy.value, onClick: openReturn }, t('review.report.return')),
              ])
            : Notice('info', t('review.report.notReviewable', statusText(r.status)), 'not-reviewable'),
        );
        children.push(h('section', { class: 'review-section' }, [h('h2', t('review.report.warnings')), warningsList(r)]));
        children.push(h('section', { class: 'review-section' }, [h('h2', t('review.report.values')), valuesList(r)]));
        children.push(h('section', { class: 'review-section' }, [h('h2', t('review.report.history')), historyList()]));
      }
      children.push(returnDialog());
      return Page({ title, test: 'review-report' }, children);
    };
  },
};

// #/calendar?period=: every reporting window of the tenant, per form and period, and editing one.
import { h, ref, reactive, computed, nextTick } from '../core/vue.js';
import { api, tenantPath, fieldErrors } from '../core/api.js';
import { t, text, fmtDate, fmtDateTime } from '../core/i18n.js';
import { setQuery } from '../core/router.js';
import { Page, Table, ProblemAlert, Spinner, Select, Field, toast } from '../core/ui.js';
import { loadCalendar, periodsOf } from './review-common.js';

export default {
  name: 'ReportingCalendar',
  props: { params: Object, query: Object },
  setup(props) {
    const windows = ref(null);
    const error = ref(null);
    const editing = ref(null);
    const draft = reactive({ opens: '', closes: '' });
    const errors = reactive({ opens: '', closes: '' });
    const saveError = ref(null);
    const saving = ref(false);

    async function load() {
      try {
        windows.value = (await loadCalendar()).windows;
      } catch (e) {
        error.value = e;
      }
    }
    load();

    const period = props.query.period || '';
    const shown = computed(() => (windows.value || []).filter((w) => !period || w.period === period));

    function edit(w) {
      editing.value = w;
      draft.opens = w.opens || '';
      draft.closes = w.closes || '';
      errors.opens = '';
      errors.closes = '';
      saveError.value = null;
      nextTick(() => document.getElementById('window-opens')?.focus());
    }

    /** The server's rules, checked first: both days, and the closing day not before the opening. */
    function validate() {
      errors.opens = draft.opens ? '' : t('review.calendar.required');
      errors.closes = draft.closes ? '' : t('review.calendar.required');
      if (!errors.opens && !errors.closes && draft.closes < draft.opens) {
        errors.closes = t('review.calendar.order');
      }
      return !errors.opens && !errors.closes;
    }

    async function save(e) {
      e.preventDefault();
      if (!validate()) return;
      const w = editing.value;
      saving.value = true;
      saveError.value = null;
      try {
        await api.put(tenantPath('calendar', w.formCode, w.period), { opens: draft.opens, closes: draft.closes });
        toast(t('review.calendar.saved'));
        editing.value = null;
        await load();
      } catch (err) {
        const byField = fieldErrors(err);
        errors.opens = byField.opens || '';
        errors.closes = byField.closes || '';
        saveError.value = err;
      } finally {
        saving.value = false;
      }
    }

    function dateField(id, key, labelText) {
      return Field({ id, label: labelText, error: errors[key], required: true }, (attrs) =>
        h('input', {
          ...attrs,
          type: 'date',
          'data-test': 'window-' + key,
          min: '1900-01-01',
          max: '2100-12-31',
          value: draft[key],
          onInput: (e) => {
            draft[key] = e.target.value;
            if (errors.opens || errors.closes) validate();
          },
        }),
      );
    }

    function editor() {
      const w = editing.value;
      if (!w) return null;
      return h('form', { class: 'review-window-editor', 'data-test': 'window-editor', 'aria-labelledby': 'window-editor-title', onSubmit: save, novalidate: true }, [
        h('h2', { id: 'window-editor-title' }, t('review.calendar.editing', text(w.title), w.period)),
        saveError.value ? ProblemAlert(saveError.value) : null,
        dateField('window-opens', 'opens', t('review.calendar.opens')),
        dateField('window-closes', 'closes', t('review.calendar.closes')),
        h('div', { class: 'dialog-actions' }, [
          h('button', { type: 'button', onClick: () => (editing.value = null) }, t('common.cancel')),
          h('button', { type: 'submit', class: 'primary', 'data-test': 'save-window', disabled: saving.value }, t('common.save')),
        ]),
      ]);
    }

    function periodPicker() {
      return Select({
        id: 'calendar-period',
        label: t('common.period'),
        value: period,
        test: 'period',
        allLabel: t('common.all'),
        options: periodsOf(windows.value || []).map((p) => ({ value: p, label: p })),
        onChange: (v) => setQuery({ period: v }),
      });
    }

    function day(w, key) {
      return h('span', { 'data-test': key }, w[key] ? fmtDate(w[key]) : t('review.calendar.notSet'));
    }

    function table() {
      return Table({
        caption: t('review.calendar.caption'),
        rowKey: (w) => w.formCode + '/' + w.period,
        rowTest: 'window-row',
        rows: shown.value,
        columns: [
          { key: 'title', label: t('common.form'), header: true, render: (w) => [text(w.title), h('span', { class: 'review-muted' }, ' ' + w.formCode)] },
          { key: 'period', label: t('common.period') },
          { key: 'opens', label: t('review.calendar.opens'), render: (w) => day(w, 'opens') },
          { key: 'closes', label: t('review.calendar.closes'), render: (w) => day(w, 'closes') },
          { key: 'updatedBy', label: t('review.calendar.updatedBy'), render: (w) => (w.updatedBy ? [w.updatedBy, ' · ', fmtDateTime(w.updatedAt)] : '') },
          {
            key: 'edit',
            label: t('common.actions'),
            render: (w) =>
              h(
                'button',
                {
                  type: 'button',
                  class: null,
                  'data-test': 'edit-window',
                  'data-form': w.formCode,
                  'data-period': w.period,
                  'aria-label': t('review.calendar.edit.label', text(w.title), w.period),
                  onClick: () => edit(w),
                },
                t('review.calendar.edit'),
              ),
          },
        ],
      });
    }

    return () => {
      const children = [];
      if (error.value) children.push(ProblemAlert(error.value));
      if (!windows.value && !error.value) children.push(Spinner());
      children.push(editor());
      if (windows.value) children.push(table());
      return Page({ title: t('review.calendar.title'), actions: [periodPicker()], test: 'calendar' }, children);
    };
  },
};

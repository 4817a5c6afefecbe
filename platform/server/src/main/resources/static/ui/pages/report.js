// One report: the plan's form rendered from its definition (no form-specific code), checked as
// the user types (locally at once, by the server's validate route after a pause), saved as a
// draft or submitted, with its status, the reviewer's comment and its history of versions.
import { h, reactive, ref, computed, onMounted, onBeforeUnmount, nextTick } from '../core/vue.js';
import { api, tenantPath } from '../core/api.js';
import { t, text, lang, fmtNumber, fmtDate, fmtDateTime } from '../core/i18n.js';
import { Page, StatusBadge, LateFlag, ProblemAlert, Notice, Spinner, toast } from '../core/ui.js';

const NUMERIC = new Set(['INTEGER', 'DECIMAL', 'PERCENT']);
const DEFAULT_MAX_TEXT = 2000;
const VALIDATE_DELAY_MS = 400;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today in China, where reporting days are counted (as the server's calendar does). */
function chinaToday() {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/** What an input holds, as the JSON value the API takes; null for "not filled in". */
function toValue(field, input) {
  if (input === null || input === undefined || input === '') return null;
  if (field.type === 'BOOLEAN') return input === true || input === 'true';
  if (NUMERIC.has(field.type)) {
    const s = String(input).trim().replace(/,/g, '');
    if (s === '') return null;
    return NUMBER.test(s) ? Number(s) : String(input);
  }
  return String(input);
}

/** A stored value as the input shows it. */
function toInput(field, value) {
  if (value === null || value === undefined) return field.type === 'BOOLEAN' ? null : '';
  if (field.type === 'BOOLEAN') return value === true;
  return String(value);
}

function label(field) {
  return text(field.label);
}

/** The local checks the server also makes: type, limits, options, length; required on submit. */
function localError(field, input, requireAll) {
  const value = toValue(field, input);
  if (value === null) {
    return requireAll && field.required ? t('work.err.required', label(field)) : null;
  }
  if (NUMERIC.has(field.type)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return t(field.type === 'INTEGER' ? 'work.err.integer' : 'work.err.number', label(field));
    }
    if (field.type === 'INTEGER' && !Number.isInteger(value)) {
      return t('work.err.integer', label(field));
    }
    if (field.min !== null && field.min !== undefined && value < Number(field.min)) {
      return t('work.err.min', label(field), fmtNumber(Number(field.min)));
    }
    if (field.max !== null && field.max !== undefined && value > Number(field.max)) {
      return t('work.err.max', label(field), fmtNumber(Number(field.max)));
    }
  }
  if (field.type === 'ENUM' && !(field.options || []).some((o) => o.code === value)) {
    return t('work.err.option', label(field));
  }
  if (field.type === 'TEXT') {
    const limit = field.maxLength || DEFAULT_MAX_TEXT;
    if (value.length > limit) return t('work.err.length', label(field), fmtNumber(limit));
  }
  if (field.type === 'DATE' && (!DATE.test(value) || Number.isNaN(Date.parse(value)))) {
    return t('work.err.date', label(field));
  }
  return null;
}

function unitLabel(field) {
  return field.unit && field.unit !== 'NONE' ? t(`unit.${field.unit}`) : '';
}

/** A value for reading (history, read-only views), with its unit. */
function showValue(field, value) {
  if (value === null || value === undefined) return t('work.value.empty');
  if (!field) return String(value);
  if (field.type === 'BOOLEAN') return value ? t('work.yes') : t('work.no');
  if (field.type === 'ENUM') {
    const o = (field.options || []).find((x) => x.code === value);
    return o ? text(o.label) : String(value);
  }
  if (field.type === 'DATE') return fmtDate(value);
  if (NUMERIC.has(field.type) && typeof value === 'number') {
    const unit = unitLabel(field);
    return unit ? `${fmtNumber(value, { maximumFractionDigits: 6 })} ${unit}` : fmtNumber(value, { maximumFractionDigits: 6 });
  }
  return String(value);
}

/** What the field's limits are, in words, for its hint. */
function limits(field) {
  const parts = [];
  if (NUMERIC.has(field.type)) {
    const hasMin = field.min !== null && field.min !== undefined;
    const hasMax = field.max !== null && field.max !== undefined;
    if (hasMin && hasMax) parts.push(t('work.limit.range', fmtNumber(Number(field.min)), fmtNumber(Number(field.max))));
    else if (hasMin) parts.push(t('work.limit.min', fmtNumber(Number(field.min))));
    else if (hasMax) parts.push(t('work.limit.max', fmtNumber(Number(field.max))));
    if (field.type === 'INTEGER') parts.push(t('work.limit.integer'));
  }
  if (field.type === 'TEXT') parts.push(t('work.limit.length', fmtNumber(field.maxLength || DEFAULT_MAX_TEXT)));
  return parts.join(t('work.limit.separator'));
}

export default {
  name: 'ReportPage',
  props: { params: Object, query: Object },
  setup(props) {
    const key = props.params;
    const reportPath = tenantPath('reports', key.formCode, key.orgUnitId, key.period);
    const s = reactive({
      loading: true,
      loadError: null,
      form: null,
      window: null,
      unit: null,
      report: null,
      history: [],
      inputs: {},
      localErrors: {},
      serverErrors: {},
      warnings: [],
      missing: [],
      requireAll: false,
      dirty: false,
      busy: false,
      problem: null,
      notice: null,
    });
    const lateDialog = ref(null);
    let timer = null;
    let checkSeq = 0;

    const status = computed(() => (s.report ? s.report.status : 'NOT_STARTED'));
    const readOnly = computed(() => status.value === 'SUBMITTED' || status.value === 'APPROVED');
    const late = computed(() => !!(s.window && s.window.closes && chinaToday() > s.window.closes));
    const fieldsByCode = computed(() => Object.fromEntries((s.form?.fields || []).map((f) => [f.code, f])));

    async function load() {
      s.loading = true;
      s.loadError = null;
      try {
        const due = await api.get(tenantPath('calendar'), { period: key.period });
        const entry = (due.forms || []).find((f) => f.formCode === key.formCode);
        // A form without a window set is open at any time: no window to show.
        s.window = entry && (entry.opens || entry.closes) ? { opens: entry.opens, closes: entry.closes } : null;
        const [plan, report, unit] = await Promise.all([
          api.get(`/api/v1/plans/${encodeURIComponent(due.plan)}`),
          orNull(api.get(reportPath)),
          orNull(api.get(tenantPath('org-units', key.orgUnitId))),
        ]);
        s.form = (plan.forms || []).find((f) => f.code === key.formCode) || null;
        if (!s.form) throw new Error(t('work.formUnknown', key.formCode));
        s.unit = unit;
        showReport(report);
        await loadHistory();
      } catch (e) {
        s.loadError = e;
      } finally {
        s.loading = false;
      }
    }

    async function loadHistory() {
      s.history = s.report ? (await orNull(api.get(`${reportPath}/history`))) || [] : [];
    }

    function showReport(report) {
      checkSeq++;
      clearTimeout(timer);
      s.report = report;
      const values = report?.values || {};
      const inputs = {};
      for (const f of s.form.fields) inputs[f.code] = toInput(f, values[f.code]);
      s.inputs = inputs;
      s.localErrors = {};
      s.serverErrors = {};
      s.warnings = report?.warnings || [];
      s.missing = report ? report.missing || [] : s.form.fields.filter((f) => f.required).map((f) => f.code);
      s.dirty = false;
    }

    function payload() {
      const values = {};
      for (const f of s.form.fields) values[f.code] = toValue(f, s.inputs[f.code]);
      return { values };
    }

    function onInput(field, value) {
      s.inputs[field.code] = value;
      s.dirty = true;
      s.notice = null;
      const error = localError(field, value, s.requireAll);
      s.localErrors = { ...s.localErrors, [field.code]: error };
      // The server's earlier verdict on this field no longer holds.
      const server = { ...s.serverErrors };
      delete server[field.code];
      s.serverErrors = server;
      // An answer about the values before this change must not land after it.
      checkSeq++;
      scheduleCheck();
    }

    function scheduleCheck() {
      clearTimeout(timer);
      timer = setTimeout(serverCheck, VALIDATE_DELAY_MS);
    }

    /** Rules across fields and warnings, which only the plan knows: asked of the server. */
    async function serverCheck() {
      const seq = ++checkSeq;
      try {
        const answer = await api.post(`${reportPath}/validate`, payload());
        if (seq !== checkSeq) return;
        const errors = {};
        for (const e of answer.errors || []) errors[e.field] = errors[e.field] || e.message;
        s.serverErrors = errors;
        s.warnings = (answer.warnings || []).map((w) => ({ field: w.field, code: w.code, message: w.message }));
        s.missing = answer.missing || [];
      } catch (e) {
        // A failed check is not an answer; the save will tell.
      }
    }

    function checkAll(requireAll) {
      const errors = {};
      for (const f of s.form.fields) {
        const error = localError(f, s.inputs[f.code], requireAll);
        if (error) errors[f.code] = error;
      }
      if (requireAll) {
        // Conditional requirements the server found missing.
        for (const code of s.missing) {
          if (!errors[code] && fieldsByCode.value[code] && toValue(fieldsByCode.value[code], s.inputs[code]) === null) {
            errors[code] = t('work.err.required', label(fieldsByCode.value[code]));
          }
        }
      }
      s.localErrors = errors;
      return Object.keys(errors);
    }

    function focusField(code) {
      nextTick(() => {
        const el = document.getElementById(`field-${code}`) || document.querySelector(`[name="field-${code}"]`);
        if (el) el.focus();
      });
    }

    /** The server's refusal, shown on the fields it names. */
    function showProblem(e) {
      s.problem = e;
      const errors = {};
      for (const fe of e?.problem?.errors || []) {
        if (fe.field) errors[fe.field] = errors[fe.field] || fe.message;
      }
      s.serverErrors = errors;
      const first = s.form.fields.find((f) => errors[f.code]);
      if (first) focusField(first.code);
    }

    async function save() {
      const options = s.report ? { etag: `"${s.report.version}"` } : undefined;
      const view = await api.put(reportPath, payload(), options);
      showReport(view);
      await loadHistory();
      return view;
    }

    async function onSave() {
      if (s.busy) return;
      s.requireAll = false;
      s.problem = null;
      const errors = checkAll(false);
      if (errors.length) {
        focusField(errors[0]);
        return;
      }
      s.busy = true;
      try {
        clearTimeout(timer);
        await save();
        s.notice = { kind: 'ok', text: s.missing.length ? t('work.saved.partial', s.missing.length) : t('work.saved') };
        toast(t('work.saved'));
      } catch (e) {
        showProblem(e);
      } finally {
        s.busy = false;
      }
    }

    function onSubmit() {
      if (s.busy) return;
      s.requireAll = true;
      s.problem = null;
      const errors = checkAll(true);
      if (errors.length) {
        s.notice = { kind: 'bad', text: t('work.submit.incomplete', errors.length) };
        focusField(errors[0]);
        return;
      }
      if (late.value) {
        lateDialog.value?.showModal();
        return;
      }
      submit();
    }

    async function submit() {
      lateDialog.value?.close();
      s.busy = true;
      try {
        clearTimeout(timer);
        if (!s.report || s.dirty) await save();
        const view = await api.post(`${reportPath}/submit`, undefined, { etag: `"${s.report.version}"` });
        showReport(view);
        await loadHistory();
        s.requireAll = false;
        s.notice = { kind: 'ok', text: view.late ? t('work.submitted.late') : t('work.submitted') };
        toast(t('work.submitted'));
      } catch (e) {
        showProblem(e);
      } finally {
        s.busy = false;
      }
    }

    onMounted(load);
    onBeforeUnmount(() => clearTimeout(timer));

    function fieldError(code) {
      return s.localErrors[code] || s.serverErrors[code] || null;
    }

    function fieldView(field) {
      const id = `field-${field.code}`;
      const hintId = `${id}-hint`;
      const errorId = `${id}-error`;
      const error = fieldError(field.code);
      const warning = s.warnings.filter((w) => w.field === field.code);
      const help = [field.help ? text(field.help) : '', limits(field)].filter(Boolean).join(' · ');
      const describedBy = [help ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
      const unit = unitLabel(field);
      const required = field.required
        ? h('span', { class: 'report-required' }, [h('span', { 'aria-hidden': 'true' }, ' *'), h('span', { class: 'work-sr-only' }, t('work.required'))])
        : null;
      const common = {
        'aria-describedby': describedBy,
        'aria-invalid': error ? 'true' : 'false',
        disabled: readOnly.value || s.busy,
      };
      let control;
      if (field.type === 'BOOLEAN') {
        const current = s.inputs[field.code];
        control = h('fieldset', { class: 'report-choice', 'data-test': id, 'aria-describedby': describedBy, 'aria-invalid': error ? 'true' : 'false' }, [
          h('legend', { class: 'report-label' }, [label(field), required]),
          ...[true, false].map((v) =>
            h('label', { class: 'report-radio' }, [
              h('input', {
                type: 'radio',
                name: id,
                id: v ? id : undefined,
                value: String(v),
                checked: current === v,
                disabled: common.disabled,
                'data-test': `${id}-${v ? 'yes' : 'no'}`,
                onChange: () => onInput(field, v),
              }),
              ' ',
              v ? t('work.yes') : t('work.no'),
            ]),
          ),
        ]);
        return h('div', { class: ['report-field', error ? 'report-field--error' : null], key: field.code }, [
          control,
          hints(field, help, hintId, error, errorId, warning, unit),
        ]);
      }
      if (field.type === 'ENUM') {
        control = h(
          'select',
          { ...common, id, 'data-test': id, value: s.inputs[field.code] ?? '', onChange: (e) => onInput(field, e.target.value) },
          [
            h('option', { value: '' }, t('work.choose')),
            ...(field.options || []).map((o) => h('option', { value: o.code, selected: s.inputs[field.code] === o.code }, text(o.label))),
          ],
        );
      } else if (field.type === 'TEXT' && (field.maxLength || DEFAULT_MAX_TEXT) > 200) {
        control = h('textarea', {
          ...common,
          id,
          'data-test': id,
          rows: 3,
          maxlength: field.maxLength || DEFAULT_MAX_TEXT,
          value: s.inputs[field.code],
          onInput: (e) => onInput(field, e.target.value),
        });
      } else {
        const numeric = NUMERIC.has(field.type);
        control = h('input', {
          ...common,
          id,
          'data-test': id,
          type: field.type === 'DATE' ? 'date' : 'text',
          inputmode: numeric ? (field.type === 'INTEGER' ? 'numeric' : 'decimal') : undefined,
          autocomplete: 'off',
          maxlength: field.type === 'TEXT' ? field.maxLength || DEFAULT_MAX_TEXT : undefined,
          value: s.inputs[field.code],
          onInput: (e) => onInput(field, e.target.value),
        });
      }
      return h('div', { class: ['report-field', error ? 'report-field--error' : null], key: field.code }, [
        h('label', { class: 'report-label', for: id }, [label(field), required]),
        h('div', { class: 'report-control' }, [control, unit ? h('span', { class: 'report-unit' }, unit) : null]),
        hints(field, help, hintId, error, errorId, warning, null),
      ]);
    }

    function hints(field, help, hintId, error, errorId, warning, unit) {
      return [
        unit ? h('p', { class: 'report-unit-line' }, t('work.unitIs', unit)) : null,
        help ? h('p', { class: 'report-hint', id: hintId }, help) : null,
        error ? h('p', { class: 'report-error', id: errorId, 'data-test': `error-${field.code}` }, error) : null,
        ...warning.map((w) =>
          h('p', { class: 'report-warning', 'data-test': `warning-${field.code}` }, [h('span', { class: 'report-warning-tag' }, t('work.warning')), ' ', warningText(w)]),
        ),
      ];
    }

    function warningText(w) {
      return typeof w.message === 'string' ? w.message : text(w.message);
    }

    function header() {
      const unitName = s.unit ? (lang() === 'en' && s.unit.name?.en ? s.unit.name.en : s.unit.name?.zh) : key.orgUnitId;
      return h('div', { class: 'report-head' }, [
        h('p', { class: 'report-meta' }, [unitName, ' · ', t('work.periodValue', key.period)]),
        h('p', { class: 'report-meta' }, [
          h('span', { class: 'work-label' }, t('work.window')),
          ' ',
          s.window ? t('work.window.range', fmtDate(s.window.opens), fmtDate(s.window.closes)) : t('work.window.none'),
        ]),
        h('p', { class: 'report-status' }, [
          h('span', { class: 'work-label' }, t('work.status')),
          ' ',
          StatusBadge(status.value),
          s.report?.late ? [' ', LateFlag()] : null,
        ]),
        status.value === 'RETURNED' && s.report?.comment
          ? h('div', { class: 'report-comment', role: 'note' }, [
              h('h2', { class: 'report-comment-title' }, t('work.returnedComment')),
              h('p', { 'data-test': 'returned-comment' }, s.report.comment),
            ])
          : null,
        late.value && !readOnly.value
          ? h('div', { class: 'report-late', 'data-test': 'late-warning' }, Notice('warn', t('work.late.warning', fmtDate(s.window.closes))))
          : null,
        readOnly.value ? Notice('info', t(status.value === 'APPROVED' ? 'work.readOnly.approved' : 'work.readOnly.submitted')) : null,
      ]);
    }

    function summary() {
      const parts = [];
      if (s.notice) parts.push(h('div', { class: 'report-notice', 'data-test': 'report-notice' }, Notice(s.notice.kind, s.notice.text)));
      if (s.problem) parts.push(h('div', { class: 'report-problem', 'data-test': 'report-problem' }, ProblemAlert(s.problem)));
      if (!readOnly.value && s.missing.length) {
        parts.push(
          h('p', { class: 'report-missing', 'data-test': 'missing' }, t('work.missing', s.missing.length, s.missing.map((c) => (fieldsByCode.value[c] ? label(fieldsByCode.value[c]) : c)).join(t('work.listSeparator')))),
        );
      }
      return parts;
    }

    function actions() {
      if (readOnly.value) return null;
      return h('div', { class: 'report-actions' }, [
        h('button', { type: 'button', class: 'button', 'data-test': 'save-draft', disabled: s.busy, onClick: onSave }, t('work.saveDraft')),
        h('button', { type: 'button', class: 'button primary', 'data-test': 'submit', disabled: s.busy, onClick: onSubmit }, t('work.submit')),
      ]);
    }

    function dialog() {
      return h('dialog', { ref: lateDialog, class: 'report-dialog', 'aria-labelledby': 'late-dialog-title', 'data-test': 'late-dialog' }, [
        h('h2', { id: 'late-dialog-title' }, t('work.lateDialog.title')),
        h('p', null, s.window ? t('work.lateDialog.text', fmtDate(s.window.closes)) : ''),
        h('div', { class: 'dialog-actions' }, [
          h('button', { type: 'button', class: 'button', 'data-test': 'cancel-late', onClick: () => lateDialog.value?.close() }, t('work.lateDialog.cancel')),
          h('button', { type: 'button', class: 'button primary', 'data-test': 'confirm-late', onClick: submit }, t('work.lateDialog.confirm')),
        ]),
      ]);
    }

    function history() {
      if (!s.history.length) return null;
      return h('section', { class: 'report-history', 'aria-labelledby': 'history-title' }, [
        h('h2', { id: 'history-title' }, t('work.history')),
        h('ol', { class: 'history-list', reversed: true }, [...s.history].reverse().map(historyEntry)),
      ]);
    }

    function historyEntry(e) {
      const changes = Object.entries(e.changes || {});
      return h('li', { class: 'history-entry', 'data-test': 'history-entry', 'data-version': e.version }, [
        h('p', { class: 'history-head' }, [
          h('strong', null, t('work.history.version', e.version)),
          ' ',
          t(`work.action.${e.action}`),
          ' · ',
          StatusBadge(e.status),
          e.late ? [' ', LateFlag()] : null,
        ]),
        h('p', { class: 'history-who' }, t('work.history.by', e.actor, fmtDateTime(e.at))),
        e.comment ? h('p', { class: 'history-comment' }, [h('span', { class: 'work-label' }, t('work.comment')), ' ', e.comment]) : null,
        changes.length
          ? h(
              'ul',
              { class: 'history-changes' },
              changes.map(([code, c]) => {
                const field = fieldsByCode.value[code];
                return h('li', { class: 'history-change', 'data-field': code }, [
                  h('span', { class: 'history-field' }, field ? label(field) : code),
                  h('span', { class: 'history-from' }, showValue(field, c.from)),
                  h('span', { class: 'history-arrow', 'aria-label': t('work.history.to') }, '→'),
                  h('span', { class: 'history-to' }, showValue(field, c.to)),
                ]);
              }),
            )
          : null,
      ]);
    }

    return () => {
      const title = s.form ? text(s.form.title) : t('work.report');
      if (s.loading) return Page({ title }, [Spinner()]);
      if (s.loadError) return Page({ title }, [ProblemAlert(s.loadError), h('p', null, h('a', { href: '#/work' }, t('work.back')))]);
      return Page({ title }, [
        h('p', { class: 'report-back' }, h('a', { href: '#/work' }, t('work.back'))),
        header(),
        h(
          'form',
          { class: 'report-form', novalidate: true, 'aria-label': title, onSubmit: (e) => { e.preventDefault(); onSave(); } },
          [...summary(), ...s.form.fields.map(fieldView), actions()],
        ),
        dialog(),
        history(),
      ]);
    };
  },
};

async function orNull(promise) {
  try {
    return await promise;
  } catch (e) {
    if (e && e.status === 404) return null;
    throw e;
  }
}

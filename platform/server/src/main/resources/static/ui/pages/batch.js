// Batch report (批量填报): a street or a region admin reports for many units in one spreadsheet.
// Choose form and period (and a street, for admins), download the template, choose the filled file,
// check it (a dry run, with an upload progress bar and then a checking phase), read the counts,
// errors and warnings by row and column, then store it as drafts or submit it, all or valid rows.
import { h, ref, reactive, nextTick } from '../core/vue.js';
import { t, text, fmtNumber, lang } from '../core/i18n.js';
import { api, tenantPath, ApiError } from '../core/api.js';
import { accessToken, hasRole } from '../core/session.js';
import { Page, Field, Notice, ProblemAlert, Table, Select } from '../core/ui.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHOWN_ROWS = 200;

/** The content type the server reads the file by: XLSX, CSV or JSON, from its name. */
function contentType(file) {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return XLSX;
  if (name.endsWith('.csv') || name.endsWith('.txt')) return 'text/csv';
  if (name.endsWith('.json')) return 'application/json';
  return file.type || 'application/octet-stream';
}

/**
 * Sends the file as the request body with XMLHttpRequest, whose upload events fetch lacks;
 * `onSent` runs once the last byte is out, while the server checks the rows.
 */
async function send(file, query, onProgress, onSent) {
  const token = await accessToken();
  const u = new URL(tenantPath('reports', 'batch'), window.location.origin);
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') u.searchParams.set(k, v);
  }
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', u.pathname + u.search);
    xhr.setRequestHeader('Content-Type', contentType(file));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', lang());
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onSent();
    xhr.onerror = () => reject(new ApiError(0, { title: t('common.network-error') }));
    xhr.onload = () => {
      let body = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch (e) {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(new ApiError(xhr.status, body));
    };
    xhr.send(file);
  });
}

export default {
  props: { params: Object, query: Object },
  setup() {
    const admin = hasRole('REGION_ADMIN');
    const choice = reactive({ period: '', form: '', unit: '', action: 'save', partial: false });
    const periods = ref([]);
    const forms = ref([]);
    const streets = ref([]);
    const file = ref(null);
    const phase = ref(null); // 'upload' | 'check' | null
    const progress = ref(0);
    const purpose = ref(null); // 'check' | 'store': what the running upload is for
    const check = ref(null); // the dry run's answer (or the refusal's errors)
    const result = ref(null); // the stored answer
    const error = ref(null);

    async function loadPeriod(period) {
      error.value = null;
      try {
        const work = await api.get(tenantPath('my-work'), { period: period || undefined, size: 1 });
        periods.value = work.periods;
        choice.period = String(work.period);
        const plan = await api.get(`/api/v1/plans/${encodeURIComponent(work.plan)}`);
        forms.value = plan.forms || [];
        if (!forms.value.some((f) => f.code === choice.form)) choice.form = forms.value[0] ? forms.value[0].code : '';
      } catch (e) {
        error.value = e;
      }
    }

    async function loadStreets() {
      if (!admin) return;
      try {
        const units = await api.get(tenantPath('org-units'), { view: 'flat', level: 'STREET', size: 500 });
        streets.value = units.items || [];
      } catch (e) {
        error.value = e;
      }
    }

    function reset() {
      check.value = null;
      result.value = null;
      error.value = null;
    }

    const form = () => forms.value.find((f) => f.code === choice.form) || null;

    function fieldLabel(code) {
      const f = form();
      const field = f && code ? (f.fields || []).find((x) => x.code === code) : null;
      return field ? text(field.label) : code || '';
    }

    function download() {
      error.value = null;
      api
        .download(tenantPath('forms', choice.form, 'template.xlsx'), { period: choice.period, orgUnit: choice.unit || undefined }, `${choice.form}-${choice.period}.xlsx`, XLSX)
        .catch((e) => (error.value = e));
    }

    async function upload(dryRun) {
      if (!file.value) {
        error.value = new Error(t('batch.choose-first'));
        return null;
      }
      purpose.value = dryRun ? 'check' : 'store';
      phase.value = 'upload';
      progress.value = 0;
      error.value = null;
      try {
        return await send(
          file.value,
          { form: choice.form, period: choice.period, dryRun: dryRun ? 'true' : undefined, action: choice.action, partial: choice.partial ? 'true' : undefined },
          (p) => (progress.value = p),
          () => (phase.value = 'check'),
        );
      } catch (e) {
        // Rows refused: the problem lists them as a check would.
        if (e instanceof ApiError && Array.isArray(e.problem.errors) && e.problem.rows !== undefined) {
          check.value = { rows: e.problem.rows, refused: e.problem.refused, errors: e.problem.errors, warnings: e.problem.warnings || [], results: [], refusedAll: true };
        }
        error.value = e;
        return null;
      } finally {
        phase.value = null;
      }
    }

    async function dryRun() {
      reset();
      const answer = await upload(true);
      if (answer) check.value = answer;
      await nextTick();
      document.querySelector('[data-test="batch-outcome"]')?.focus();
    }

    async function store() {
      result.value = null;
      const answer = await upload(false);
      if (answer) result.value = answer;
      await nextTick();
      document.querySelector('[data-test="batch-done"]')?.focus();
    }

    const count = (answer, outcome) => (answer.results || []).filter((r) => r.outcome === outcome).length;

    function problemsTable(items, test, caption) {
      const rows = items.slice(0, SHOWN_ROWS);
      return [
        Table({
          caption,
          rows,
          rowKey: (e) => `${e.row}-${e.column}-${e.field}-${e.code}-${e.message}`,
          rowTest: test,
          columns: [
            { key: 'row', label: t('batch.row'), numeric: true, render: (e) => (e.row > 0 ? String(e.row) : t('batch.whole-file')) },
            { key: 'column', label: t('batch.column'), render: (e) => e.column || '' },
            { key: 'field', label: t('batch.field'), render: (e) => fieldLabel(e.field) },
            { key: 'unit', label: t('batch.unit'), render: (e) => e.orgUnit || '' },
            { key: 'message', label: t('batch.message'), render: (e) => e.message },
          ],
        }),
        items.length > SHOWN_ROWS ? h('p', { class: 'muted' }, t('batch.more', SHOWN_ROWS, items.length)) : null,
      ];
    }

    function outcomeView(c) {
      const errors = c.errors || [];
      const warnings = c.warnings || [];
      const ok = errors.length === 0;
      const valid = c.refusedAll ? c.rows - c.refused : count(c, 'CHECKED');
      return h('div', { class: 'batch-outcome', tabindex: '-1', 'data-test': 'batch-outcome' }, [
        ok
          ? Notice('ok', t('batch.check-ok', fmtNumber(c.rows), fmtNumber(valid), fmtNumber(count(c, 'UNCHANGED'))), 'batch-valid')
          : Notice('bad', t('batch.check-errors', fmtNumber(c.rows), fmtNumber(errors.length), fmtNumber(c.refused || 0)), 'batch-invalid'),
        c.previousUpload ? Notice('info', t('batch.previous', c.previousUpload.at, c.previousUpload.actor), 'batch-previous') : null,
        errors.length ? h('section', { class: 'batch-errors', 'data-test': 'batch-errors' }, [h('h3', t('batch.errors')), ...problemsTable(errors, 'batch-error-row', t('batch.errors'))]) : null,
        warnings.length ? h('section', { class: 'batch-warnings', 'data-test': 'batch-warnings' }, [h('h3', t('batch.warnings')), ...problemsTable(warnings, 'batch-warning-row', t('batch.warnings'))]) : null,
      ]);
    }

    function resultView(r) {
      const link = admin ? `#/review?form=${encodeURIComponent(r.form)}&period=${encodeURIComponent(r.period)}` : `#/work?period=${encodeURIComponent(r.period)}`;
      return h('div', { tabindex: '-1', 'data-test': 'batch-done' }, [
        Notice('ok', [t('batch.done', fmtNumber(r.stored), fmtNumber(r.unchanged), fmtNumber(r.refused)), ' ', h('a', { href: link, 'data-test': 'batch-reports-link' }, t('batch.see-reports'))], 'batch-stored'),
        r.previousUpload ? Notice('info', t('batch.previous', r.previousUpload.at, r.previousUpload.actor), 'batch-previous') : null,
        (r.errors || []).length ? h('section', { class: 'batch-errors' }, [h('h3', t('batch.refused-rows')), ...problemsTable(r.errors, 'batch-error-row', t('batch.refused-rows'))]) : null,
      ]);
    }

    function progressView() {
      if (!phase.value) return null;
      const label = purpose.value === 'check' ? t('batch.checking') : t('batch.storing');
      return h('div', { class: 'batch-progress', 'data-test': 'batch-progress' }, [
        h('label', { for: 'batch-progress-bar' }, phase.value === 'upload' ? t('batch.uploading', Math.round(progress.value * 100)) : label),
        // Without a value the bar is indeterminate: the server is reading the rows.
        h('progress', { id: 'batch-progress-bar', max: 1, value: phase.value === 'upload' ? progress.value : undefined }),
      ]);
    }

    loadPeriod('');
    loadStreets();

    return () => {
      const c = check.value;
      const busy = phase.value !== null;
      const checkedOk = !!(c && !c.refusedAll && (c.errors || []).length === 0);
      const canStore = !!(c && !busy && !result.value && (checkedOk || choice.partial) && !(c.refusedAll && !choice.partial));
      return Page({ title: t('batch.title'), test: 'batch' }, [
        h('p', t('batch.intro')),
        h('ol', { class: 'batch-steps' }, [
          h('li', { class: 'card' }, [
            h('h2', t('batch.step1')),
            h('div', { class: 'batch-choices' }, [
              Select({ id: 'batch-period', label: t('batch.period'), value: choice.period, test: 'batch-period', options: periods.value.map((y) => ({ value: String(y), label: String(y) })), onChange: (v) => { reset(); loadPeriod(v); } }),
              Select({ id: 'batch-form', label: t('batch.form'), value: choice.form, test: 'batch-form', options: forms.value.map((f) => ({ value: f.code, label: text(f.title) })), onChange: (v) => { choice.form = v; reset(); } }),
              admin
                ? Select({ id: 'batch-unit', label: t('batch.unit-choice'), value: choice.unit, test: 'batch-unit', allLabel: t('batch.whole-tenant'), options: streets.value.map((s) => ({ value: s.id, label: text(s.name) || s.id })), onChange: (v) => { choice.unit = v; } })
                : null,
            ]),
            h('p', { class: 'muted' }, t('batch.template-help')),
            h('button', { type: 'button', disabled: !choice.form || !choice.period, 'data-test': 'batch-template', onClick: download }, t('batch.download')),
          ]),
          h('li', { class: 'card' }, [
            h('h2', t('batch.step2')),
            Field({ id: 'batch-file', label: t('batch.file'), help: t('batch.file-help'), required: true }, (attrs) =>
              h('input', { ...attrs, type: 'file', accept: `.xlsx,.csv,.json,${XLSX},text/csv,application/json`, 'data-test': 'batch-file', onChange: (e) => { file.value = e.target.files[0] || null; reset(); } }),
            ),
            h('button', { type: 'button', class: 'primary', disabled: busy, 'data-test': 'batch-check', onClick: dryRun }, t('batch.check')),
            purpose.value === 'check' ? progressView() : null,
            error.value && !(c && c.refusedAll) ? ProblemAlert(error.value) : null,
            c ? outcomeView(c) : null,
          ]),
          h('li', { class: 'card' }, [
            h('h2', t('batch.step3')),
            h('fieldset', { class: 'batch-actions' }, [
              h('legend', t('batch.action')),
              ...['save', 'submit'].map((a) =>
                h('label', { class: 'batch-radio' }, [
                  h('input', { type: 'radio', name: 'batch-action', value: a, checked: choice.action === a, 'data-test': `batch-action-${a}`, onChange: () => { choice.action = a; } }),
                  ' ',
                  t(`batch.action.${a}`),
                ]),
              ),
            ]),
            h('label', { class: 'batch-radio' }, [
              h('input', { type: 'checkbox', checked: choice.partial, 'data-test': 'batch-partial', onChange: (e) => { choice.partial = e.target.checked; } }),
              ' ',
              t('batch.partial'),
            ]),
            h('button', { type: 'button', class: 'primary', disabled: !canStore, 'aria-describedby': canStore ? undefined : 'batch-store-blocked', 'data-test': 'batch-store', onClick: store }, t('batch.store')),
            canStore || result.value ? null : h('p', { class: 'muted', id: 'batch-store-blocked' }, t('batch.store-blocked')),
            purpose.value === 'store' ? progressView() : null,
            result.value ? resultView(result.value) : null,
          ]),
        ]),
      ]);
    };
  },
};

// The org-unit import wizard: download the template, choose a file, check it (a dry run that shows
// how the columns were read and either the preview or every error by row and column), then
// confirm. A file with any error cannot be confirmed; a changed file must be checked again.
import { h, ref, reactive, nextTick } from '../core/vue.js';
import { t, fmtNumber } from '../core/i18n.js';
import { api, tenantPath, ApiError } from '../core/api.js';
import { Page, Field, Notice, ProblemAlert, Table } from '../core/ui.js';
import { today } from './org-unit-forms.js';

const CHARSETS = ['UTF-8', 'GBK', 'GB18030'];
const PREVIEW_ROWS = 200;

const columnLabel = (column) => (column ? t(`orgunits.column.${column}`) : '');

export default {
  props: { params: Object, query: Object },
  setup() {
    const file = ref(null);
    const options = reactive({ charset: '', effective: today() });
    const check = ref(null); // the dry run's answer
    const result = ref(null); // the import's answer
    const error = ref(null);
    const busy = ref(null); // 'check' | 'import' | null

    function reset() {
      check.value = null;
      result.value = null;
      error.value = null;
    }

    function form() {
      const data = new FormData();
      data.append('file', file.value, file.value.name);
      return data;
    }

    const query = (dryRun) => ({ dryRun: dryRun ? 'true' : undefined, charset: options.charset || undefined, effective: options.effective || undefined });

    async function dryRun() {
      reset();
      if (!file.value) {
        error.value = new Error(t('orgunits.import.choose-first'));
        return;
      }
      busy.value = 'check';
      try {
        check.value = await api.upload(tenantPath('org-units', 'import'), form(), query(true));
        // Take the reader (and a screen reader's focus) to what the check found.
        await nextTick();
        document.querySelector('[data-test="import-outcome"]')?.focus();
      } catch (e) {
        error.value = e;
      } finally {
        busy.value = null;
      }
    }

    async function confirm() {
      busy.value = 'import';
      error.value = null;
      try {
        result.value = await api.upload(tenantPath('org-units', 'import'), form(), query(false));
      } catch (e) {
        // The tree changed since the check: show the refusal's errors as the check's.
        if (e instanceof ApiError && e.problem.errors) {
          check.value = { ...check.value, valid: false, errors: e.problem.errors };
        }
        error.value = e;
      } finally {
        busy.value = null;
      }
    }

    function template(format) {
      return h(
        'button',
        { type: 'button', 'data-test': `template-${format}`, onClick: () => api.download(tenantPath('org-units', 'import', 'template'), { format }, `org-units-template.${format}`).catch((e) => (error.value = e)) },
        t(`orgunits.import.template-${format}`),
      );
    }

    function mapping(c) {
      return h('section', { class: 'orgunits-mapping' }, [
        h('h3', t('orgunits.import.mapping')),
        c.charset ? h('p', { class: 'muted', 'data-test': 'charset' }, t('orgunits.import.charset-used', c.charset)) : null,
        Table({
          caption: t('orgunits.import.mapping'),
          rows: c.columns,
          rowKey: (m) => m.index,
          rowTest: 'mapping-row',
          columns: [
            { key: 'letter', label: t('orgunits.import.mapping-letter'), render: (m) => m.letter },
            { key: 'header', label: t('orgunits.import.mapping-header'), render: (m) => m.header },
            { key: 'column', label: t('orgunits.import.mapping-column'), render: (m) => columnLabel(m.column) },
          ],
        }),
      ]);
    }

    function errorsView(c) {
      return h('section', { class: 'orgunits-import-errors', 'data-test': 'import-errors' }, [
        Notice('bad', t('orgunits.import.errors', c.errors.length), 'import-invalid'),
        Table({
          caption: t('orgunits.import.errors-caption'),
          rows: c.errors,
          rowKey: (e) => `${e.row}-${e.column}-${e.code}-${e.message}`,
          rowTest: 'import-error-row',
          columns: [
            { key: 'row', label: t('orgunits.import.error-row'), numeric: true, render: (e) => (e.row > 0 ? String(e.row) : t('orgunits.import.whole-file')) },
            { key: 'column', label: t('orgunits.import.error-column'), render: (e) => (e.header ? `${e.letter} · ${e.header}` : columnLabel(e.column)) },
            { key: 'message', label: t('orgunits.import.error-message'), render: (e) => e.message },
          ],
        }),
      ]);
    }

    function previewView(c) {
      const rows = c.preview.slice(0, PREVIEW_ROWS);
      return h('section', { class: 'orgunits-preview', 'data-test': 'import-preview' }, [
        Notice('ok', t('orgunits.import.ok', fmtNumber(c.created), fmtNumber(c.updated), fmtNumber(c.unchanged)), 'import-valid'),
        Table({
          caption: t('orgunits.import.preview'),
          rows,
          rowKey: (r) => r.row,
          rowTest: 'preview-row',
          columns: [
            { key: 'row', label: t('orgunits.import.error-row'), numeric: true, render: (r) => String(r.row) },
            { key: 'action', label: t('orgunits.import.preview-action'), render: (r) => h('span', { class: `badge ${r.action === 'create' ? 'badge-ok' : r.action === 'update' ? 'badge-info' : 'badge-neutral'}` }, t(`orgunits.import.action.${r.action}`)) },
            { key: 'id', label: t('orgunits.column.id'), render: (r) => r.id },
            { key: 'name', label: t('orgunits.column.name'), render: (r) => r.name },
            { key: 'level', label: t('orgunits.column.level'), render: (r) => (r.level ? t(`orgunits.level.${r.level}`) : '') },
            { key: 'parent', label: t('orgunits.column.parent'), render: (r) => r.parentId || '' },
            { key: 'changes', label: t('orgunits.history.what'), render: (r) => (r.changes || []).map(columnLabel).join('、') },
          ],
        }),
        c.preview.length > PREVIEW_ROWS ? h('p', { class: 'muted' }, t('orgunits.import.preview-more', PREVIEW_ROWS, c.preview.length)) : null,
      ]);
    }

    return () => {
      const c = check.value;
      const canConfirm = !!(c && c.valid && !result.value && !busy.value);
      return Page({ title: t('orgunits.import.title'), test: 'org-units-import' }, [
        h('p', t('orgunits.import.intro')),
        h('ol', { class: 'orgunits-steps' }, [
          h('li', { class: 'card' }, [
            h('h2', t('orgunits.import.step1')),
            h('p', { class: 'muted' }, t('orgunits.import.step1-help')),
            h('div', { class: 'orgunits-buttons' }, [template('csv'), template('xlsx')]),
          ]),
          h('li', { class: 'card' }, [
            h('h2', t('orgunits.import.step2')),
            Field({ id: 'import-file', label: t('orgunits.import.file'), help: t('orgunits.import.file-help'), required: true }, (attrs) =>
              h('input', { ...attrs, type: 'file', accept: '.csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'data-test': 'import-file', onChange: (e) => { file.value = e.target.files[0] || null; reset(); } }),
            ),
            Field({ id: 'import-charset', label: t('orgunits.import.charset') }, (attrs) =>
              h('select', { ...attrs, 'data-test': 'import-charset', onChange: (e) => { options.charset = e.target.value; reset(); } }, [
                h('option', { value: '', selected: options.charset === '' }, t('orgunits.import.charset-auto')),
                ...CHARSETS.map((cs) => h('option', { value: cs, selected: options.charset === cs }, cs)),
              ]),
            ),
            Field({ id: 'import-effective', label: t('orgunits.import.effective'), help: t('orgunits.field.effective-help') }, (attrs) =>
              h('input', { ...attrs, type: 'date', value: options.effective, 'data-test': 'import-effective', onInput: (e) => { options.effective = e.target.value; reset(); } }),
            ),
          ]),
          h('li', { class: 'card' }, [
            h('h2', t('orgunits.import.step3')),
            h('button', { type: 'button', class: 'primary', disabled: busy.value !== null, 'data-test': 'dry-run', onClick: dryRun }, busy.value === 'check' ? t('orgunits.import.checking') : t('orgunits.import.dry-run')),
            error.value ? ProblemAlert(error.value) : null,
            c ? h('div', { class: 'orgunits-outcome', tabindex: '-1', 'data-test': 'import-outcome' }, [c.valid ? previewView(c) : errorsView(c), mapping(c)]) : null,
          ]),
          h('li', { class: 'card' }, [
            h('h2', t('orgunits.import.step4')),
            h('button', { type: 'button', class: 'primary', disabled: !canConfirm, 'aria-describedby': canConfirm ? undefined : 'confirm-blocked', 'data-test': 'confirm-import', onClick: confirm }, busy.value === 'import' ? t('orgunits.import.importing') : t('orgunits.import.confirm')),
            canConfirm || result.value ? null : h('p', { class: 'muted', id: 'confirm-blocked' }, t('orgunits.import.confirm-blocked')),
            result.value
              ? Notice('ok', [t('orgunits.import.done', fmtNumber(result.value.created), fmtNumber(result.value.updated), fmtNumber(result.value.unchanged)), ' ', h('a', { href: '#/org-units' }, t('orgunits.import.see-tree'))], 'import-done')
              : null,
          ]),
        ]),
      ]);
    };
  },
};

// Small shared pieces of the console, as render-function helpers and components.
import { h, ref, onMounted, nextTick, watch } from './vue.js';
import { t, i18n } from './i18n.js';
import { problemText } from './api.js';

/** A page: its heading (the one h1), optional actions, and its content. */
export function Page({ title, actions, test }, children) {
  return h('section', { class: 'page', 'data-test': test || 'page' }, [
    h('header', { class: 'page-head' }, [h('h1', { id: 'page-title', tabindex: '-1' }, title), actions ? h('div', { class: 'page-actions' }, actions) : null]),
    ...(Array.isArray(children) ? children : [children]),
  ]);
}

const STATUS_CLASS = {
  NOT_STARTED: 'neutral',
  DRAFT: 'info',
  SUBMITTED: 'pending',
  RETURNED: 'bad',
  APPROVED: 'ok',
};

/** A report status as text with a colour; the text carries the meaning, the colour helps. */
export function StatusBadge(status) {
  return h('span', { class: `badge badge-${STATUS_CLASS[status] || 'neutral'}`, 'data-test': 'status', 'data-status': status }, t(`status.${status}`));
}

export function LateFlag() {
  return h('span', { class: 'badge badge-bad', 'data-test': 'late' }, t('common.late'));
}

/** A notice: kind is info, ok, warn or bad; errors are announced at once (role=alert). */
export function Notice(kind, content, test) {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'bad' ? 'alert' : 'status', 'data-test': test || `notice-${kind}` }, content);
}

export function ProblemAlert(error) {
  if (!error) return null;
  return Notice('bad', problemText(error), 'problem');
}

/**
 * A labelled input: the label names it, help and error are linked by aria-describedby, an error
 * sets aria-invalid. `input` is a function receiving the attributes to put on the control.
 */
export function Field({ id, label, help, error, required, unit }, input) {
  const described = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const control = input({ id, 'aria-describedby': described, 'aria-invalid': error ? 'true' : undefined, 'aria-required': required ? 'true' : undefined });
  return h('div', { class: ['field', error ? 'field-error' : null] }, [
    h('label', { for: id }, [label, required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null]),
    h('div', { class: 'control' }, [control, unit ? h('span', { class: 'unit' }, unit) : null]),
    help ? h('p', { class: 'help', id: `${id}-help` }, help) : null,
    error ? h('p', { class: 'error', id: `${id}-error`, 'data-test': 'field-error' }, error) : null,
  ]);
}

/**
 * A table that scrolls inside its own frame on narrow screens, never the page.
 * columns: [{key, label, render?(row), numeric?}]
 */
export function Table({ caption, columns, rows, rowKey, rowTest, empty }) {
  if (!rows || rows.length === 0) {
    return h('p', { class: 'empty', 'data-test': 'empty' }, empty || t('common.empty'));
  }
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption }, [
    h('table', [
      caption ? h('caption', caption) : null,
      h('thead', [h('tr', columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : null }, c.label)))]),
      h(
        'tbody',
        rows.map((row, i) =>
          h(
            'tr',
            { key: rowKey ? rowKey(row) : i, 'data-test': rowTest || undefined },
            columns.map((c) => h(c.header ? 'th' : 'td', { class: c.numeric ? 'num' : null, scope: c.header ? 'row' : undefined }, c.render ? c.render(row) : row[c.key] ?? '')),
          ),
        ),
      ),
    ]),
  ]);
}

export function Spinner() {
  return h('p', { class: 'loading', role: 'status', 'aria-live': 'polite' }, t('common.loading'));
}

/**
 * A modal dialog (the native <dialog>: focus is kept inside, Escape closes it).
 * Props: open (boolean), title, onClose; default slot: the content.
 */
export const Dialog = {
  props: { open: Boolean, title: String, test: String },
  emits: ['close'],
  setup(props, { slots, emit }) {
    const el = ref(null);
    const sync = () => {
      const d = el.value;
      if (!d) return;
      if (props.open && !d.open) d.showModal();
      if (!props.open && d.open) d.close();
    };
    onMounted(sync);
    return () => {
      nextTick(sync);
      return h(
        'dialog',
        { ref: el, 'aria-labelledby': 'dialog-title', 'data-test': props.test || 'dialog', onClose: () => emit('close'), onCancel: () => emit('close') },
        [h('h2', { id: 'dialog-title' }, props.title), slots.default ? slots.default() : null],
      );
    };
  },
};

let toastTimer;
/** A short message at the bottom of the screen, read out by screen readers. */
export function toast(message) {
  const el = document.getElementById('toast');
  if (!el) return;
  el.textContent = message;
  el.classList.add('show');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(hideToast, 4000);
}

function hideToast() {
  document.getElementById('toast')?.classList.remove('show');
}

// A toast is written in the language of its moment: switching languages takes it away.
watch(() => i18n.lang, hideToast);

/** <option>s for a select of years. */
export function periodOptions(years, selected) {
  return (years || []).map((y) => h('option', { value: String(y), selected: String(y) === String(selected) }, String(y)));
}

/** A <select> bound to a value, with a label (via Field). */
export function Select({ id, label, value, options, onChange, test, allLabel }) {
  return Field({ id, label }, (attrs) =>
    h(
      'select',
      { ...attrs, value: value ?? '', 'data-test': test, onChange: (e) => onChange(e.target.value) },
      [allLabel !== undefined ? h('option', { value: '' }, allLabel) : null, ...options.map((o) => h('option', { value: o.value, selected: String(o.value) === String(value ?? '') }, o.label))],
    ),
  );
}

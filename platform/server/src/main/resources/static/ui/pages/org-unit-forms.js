// The forms of the org-unit changes, each with its effective date; the server checks every rule
// and its answer (problem+json) is shown as it comes, field by field where it names fields.
import { h, ref, reactive, computed } from '../core/vue.js';
import { t, text } from '../core/i18n.js';
import { api, tenantPath, fieldErrors, ApiError } from '../core/api.js';
import { Field, ProblemAlert } from '../core/ui.js';

export const LEVELS = ['REGION', 'CITY', 'COUNTY', 'STREET', 'COMMUNITY'];
const below = (level) => LEVELS.slice(LEVELS.indexOf(level) + 1);

/** The changes, and which units each applies to. */
export const ACTIONS = [
  { kind: 'add', allowed: (u) => u.active && u.level !== 'COMMUNITY' },
  { kind: 'edit', allowed: (u) => u.active },
  { kind: 'move', allowed: (u) => u.active && u.level !== 'REGION' },
  { kind: 'deactivate', allowed: (u) => u.active && u.level !== 'REGION' },
  { kind: 'merge', allowed: (u) => u.active && u.level !== 'REGION' },
  { kind: 'split', allowed: (u) => u.active && u.level !== 'REGION' },
];

/** Today in China, where the tenants are, as yyyy-mm-dd. */
export function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

const number = (v) => (v === '' || v === null || v === undefined ? undefined : Number(v));
const orNull = (v) => (v === '' || v === undefined ? null : v);
const tags = (v) => (v || '').split(/[;；,，、]/).map((s) => s.trim()).filter(Boolean);

/** The ids of a unit and everything below it, which cannot become its parent. */
function subtree(unit) {
  const ids = new Set();
  const walk = (n) => {
    ids.add(n.id);
    (n.children || []).forEach(walk);
  };
  walk(unit);
  return ids;
}

export const UnitForm = {
  props: { kind: String, unit: Object, units: Array },
  emits: ['done', 'cancel'],
  setup(props, { emit }) {
    const u = props.unit;
    const f = reactive({
      effective: today(),
      id: '',
      nameZh: props.kind === 'edit' ? u.name?.zh || '' : '',
      nameEn: props.kind === 'edit' ? u.name?.en || '' : '',
      level: props.kind === 'add' ? (below(u.level).includes('STREET') ? 'STREET' : 'COMMUNITY') : u.level,
      area: props.kind === 'edit' ? u.area || '' : '',
      population: props.kind === 'edit' && u.population != null ? String(u.population) : '',
      households: props.kind === 'edit' && u.households != null ? String(u.households) : '',
      divisionCode: props.kind === 'edit' ? u.divisionCode || '' : '',
      tags: props.kind === 'edit' ? (u.tags || []).join('; ') : '',
      parentId: '',
      from: new Set([u.id]),
      parts: [{ id: '', nameZh: '' }, { id: '', nameZh: '' }],
    });
    const error = ref(null);
    const busy = ref(false);
    const errors = computed(() => fieldErrors(error.value));
    const name = (n) => text(n.name) || n.id;

    const parents = computed(() => {
      const mine = subtree(u);
      return props.units.filter((n) => n.active && !mine.has(n.id) && LEVELS.indexOf(n.level) < LEVELS.indexOf(u.level) && n.id !== u.parentId);
    });
    const mergeable = computed(() => props.units.filter((n) => n.active && n.level === u.level));

    function input(id, key, label, { type = 'text', help, required, field, min } = {}) {
      return Field({ id: `unit-${id}`, label, help, required, error: errors.value[field || key] }, (attrs) =>
        h('input', { ...attrs, type, min, value: f[key], 'data-test': `unit-${id}`, onInput: (e) => (f[key] = e.target.value) }),
      );
    }

    function select(id, key, label, options, { field } = {}) {
      return Field({ id: `unit-${id}`, label, error: errors.value[field || key] }, (attrs) =>
        h('select', { ...attrs, 'data-test': `unit-${id}`, onChange: (e) => (f[key] = e.target.value) }, options.map(([value, l]) => h('option', { value, selected: value === f[key] }, l))),
      );
    }

    const areaOptions = () => [['', t('orgunits.field.area-none')], ['URBAN', t('orgunits.area.URBAN')], ['RURAL', t('orgunits.area.RURAL')]];
    const effective = () => input('effective', 'effective', t('orgunits.field.effective'), { type: 'date', help: t('orgunits.field.effective-help'), required: true });
    const attributes = () => [
      input('name', 'nameZh', t('orgunits.field.name'), { required: true, field: 'name.zh' }),
      input('name-en', 'nameEn', t('orgunits.field.name-en'), { field: 'name.en' }),
      select('area', 'area', t('orgunits.field.area'), areaOptions()),
      input('population', 'population', t('orgunits.field.population'), { type: 'number', min: 0 }),
      input('households', 'households', t('orgunits.field.households'), { type: 'number', min: 0 }),
      input('division-code', 'divisionCode', t('orgunits.field.division-code')),
      input('tags', 'tags', t('orgunits.field.tags'), { help: t('orgunits.field.tags-help') }),
    ];

    function fields() {
      switch (props.kind) {
        case 'add':
          return [
            input('id', 'id', t('orgunits.field.id'), { required: true, help: t('orgunits.field.id-help') }),
            select('level', 'level', t('orgunits.field.level'), below(u.level).map((l) => [l, t(`orgunits.level.${l}`)])),
            ...attributes(),
            effective(),
          ];
        case 'edit':
          return [...attributes(), effective()];
        case 'move':
          return [
            select('parent', 'parentId', t('orgunits.field.new-parent'), [['', '—'], ...parents.value.map((p) => [p.id, `${name(p)}（${p.id}）`])], { field: 'parentId' }),
            effective(),
          ];
        case 'deactivate':
          return [h('p', t('orgunits.deactivate-confirm', name(u))), effective()];
        case 'merge':
          return [
            h('fieldset', { class: 'orgunits-fieldset' }, [
              h('legend', t('orgunits.field.merge-from')),
              ...mergeable.value.map((n) =>
                h('label', { class: 'orgunits-check', key: n.id }, [
                  h('input', { type: 'checkbox', checked: f.from.has(n.id), 'data-test': 'merge-from', value: n.id, onChange: (e) => (e.target.checked ? f.from.add(n.id) : f.from.delete(n.id)) }),
                  ` ${name(n)}（${n.id}）`,
                ]),
              ),
              errors.value.from ? h('p', { class: 'error' }, errors.value.from) : null,
            ]),
            h('fieldset', { class: 'orgunits-fieldset' }, [
              h('legend', t('orgunits.field.merge-into')),
              input('id', 'id', t('orgunits.field.id'), { required: true, help: t('orgunits.field.id-help'), field: 'into.id' }),
              input('name', 'nameZh', t('orgunits.field.name'), { required: true, field: 'into.name.zh' }),
              u.level === 'COMMUNITY' ? select('area', 'area', t('orgunits.field.area'), areaOptions(), { field: 'into.area' }) : null,
            ]),
            effective(),
          ];
        case 'split':
          return [
            h('fieldset', { class: 'orgunits-fieldset' }, [
              h('legend', t('orgunits.field.split-into')),
              ...f.parts.map((part, i) =>
                h('div', { class: 'orgunits-part', key: i }, [
                  h('p', { class: 'orgunits-part-title' }, t('orgunits.split-part', i + 1)),
                  Field({ id: `split-id-${i}`, label: t('orgunits.field.id'), required: true, error: errors.value[`into[${i}].id`] }, (attrs) =>
                    h('input', { ...attrs, value: part.id, 'data-test': 'split-id', onInput: (e) => (part.id = e.target.value) }),
                  ),
                  Field({ id: `split-name-${i}`, label: t('orgunits.field.name'), required: true, error: errors.value[`into[${i}].name.zh`] }, (attrs) =>
                    h('input', { ...attrs, value: part.nameZh, 'data-test': 'split-name', onInput: (e) => (part.nameZh = e.target.value) }),
                  ),
                ]),
              ),
              h('button', { type: 'button', onClick: () => f.parts.push({ id: '', nameZh: '' }) }, t('orgunits.split-add')),
            ]),
            effective(),
          ];
        default:
          return [];
      }
    }

    function name2() {
      return { zh: f.nameZh.trim(), ...(f.nameEn.trim() ? { en: f.nameEn.trim() } : {}) };
    }

    async function send() {
      const base = tenantPath('org-units');
      const one = (...parts) => tenantPath('org-units', ...parts);
      switch (props.kind) {
        case 'add': {
          const made = await api.post(base, {
            id: f.id.trim(),
            parentId: u.id,
            level: f.level,
            area: orNull(f.area),
            name: name2(),
            divisionCode: orNull(f.divisionCode.trim()),
            population: number(f.population),
            households: number(f.households),
            tags: tags(f.tags),
            effective: f.effective,
          });
          return t('orgunits.done.add', text(made.name));
        }
        case 'edit': {
          const body = { name: name2(), area: orNull(f.area), divisionCode: orNull(f.divisionCode.trim()), population: number(f.population), households: number(f.households), tags: tags(f.tags), effective: f.effective };
          const made = await api.patch(one(u.id), body, { etag: `"${u.revision}"` });
          return t('orgunits.done.edit', text(made.name));
        }
        case 'move':
          await api.post(one(u.id, 'move'), { parentId: orNull(f.parentId), effective: f.effective });
          return t('orgunits.done.move', name(u));
        case 'deactivate':
          await api.post(one(u.id, 'deactivate'), { effective: f.effective });
          return t('orgunits.done.deactivate', name(u));
        case 'merge': {
          const made = await api.post(one('merge'), { from: [...f.from], into: { id: f.id.trim(), name: { zh: f.nameZh.trim() }, area: orNull(f.area) }, effective: f.effective });
          return t('orgunits.done.merge', text(made.into.name));
        }
        case 'split':
          await api.post(one(u.id, 'split'), { into: f.parts.filter((p) => p.id.trim() || p.nameZh.trim()).map((p) => ({ id: p.id.trim(), name: { zh: p.nameZh.trim() }, ...(u.area ? { area: u.area } : {}) })), effective: f.effective });
          return t('orgunits.done.split', name(u));
        default:
          return '';
      }
    }

    async function submit(e) {
      e.preventDefault();
      busy.value = true;
      error.value = null;
      try {
        emit('done', await send());
      } catch (err) {
        error.value = err;
      } finally {
        busy.value = false;
      }
    }

    /** Errors the fields above do not show, listed under the summary. */
    function otherErrors() {
      const list = (error.value instanceof ApiError && error.value.problem.errors) || [];
      return list.filter((x) => x.message).map((x) => h('li', { key: `${x.field}-${x.message}` }, x.field ? `${x.field}: ${x.message}` : x.message));
    }

    return () =>
      h('form', { class: 'orgunits-form', 'data-test': `form-${props.kind}`, novalidate: true, onSubmit: submit }, [
        error.value ? h('div', { 'data-test': 'form-error' }, [ProblemAlert(error.value), h('ul', { class: 'orgunits-error-list' }, otherErrors())]) : null,
        ...fields(),
        h('div', { class: 'dialog-actions' }, [
          h('button', { type: 'button', onClick: () => emit('cancel') }, t('common.cancel')),
          h('button', { type: 'submit', class: props.kind === 'deactivate' ? 'danger' : 'primary', disabled: busy.value, 'data-test': 'unit-submit' }, t(`orgunits.action.${props.kind}`)),
        ]),
      ]);
  },
};

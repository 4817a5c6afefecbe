// Adding a member and changing one: username, name, roles and the org units they cover, picked from
// the tenant's tree. The server checks every rule; its refusals are shown on the field they concern.
import { h, ref, reactive, computed } from '../core/vue.js';
import { t, text } from '../core/i18n.js';
import { api, tenantPath, fieldErrors, ApiError } from '../core/api.js';
import { Field, Notice, ProblemAlert } from '../core/ui.js';

/** The roles a region admin may grant: those of a tenant, none above their own. */
export const TENANT_ROLES = ['REGION_ADMIN', 'REPORTER'];
export const PLATFORM_ROLES = ['NATIONAL_ANALYST', 'PLATFORM_ADMIN'];
export const STATUSES = ['ACTIVE', 'INVITED', 'DEACTIVATED'];

/** The members route of the caller's tenant, or of one member. */
export const membersPath = (...parts) => tenantPath('members', ...parts);

/**
 * Whose members a page manages: the caller's tenant (with org units) or the platform (national
 * analysts and platform admins, no units). Each has its routes, its roles and its addresses.
 */
export const TENANT_SCOPE = {
  path: membersPath,
  roles: TENANT_ROLES,
  // A new member starts with the least a role grants; the admin ticks more.
  newRole: 'REPORTER',
  units: true,
  page: '/members',
  title: 'members.title',
};
export const PLATFORM_SCOPE = {
  path: (...parts) => ['/api/v1/platform/members', ...parts.map((p) => encodeURIComponent(p))].join('/'),
  roles: PLATFORM_ROLES,
  newRole: 'NATIONAL_ANALYST',
  units: false,
  page: '/platform/members',
  title: 'members.platform-title',
};

/** The name a member is shown by: their name, else their username. */
export const memberName = (m) => m.displayName || m.username;

/** A unit of the member's list as text: its name, else its id. */
export const unitName = (u) => text(u.name) || u.id;

/** Every unit of the tenant's tree, depth first, with its depth and its path of ancestors' names. */
export async function loadUnits() {
  const tree = await api.get(tenantPath('org-units'), { view: 'tree' });
  const out = [];
  const walk = (node, path) => {
    out.push({ id: node.id, name: node.name, level: node.level, active: node.active, depth: path.length, path });
    for (const child of node.children || []) walk(child, [...path, text(node.name) || node.id]);
  };
  (tree.roots || []).forEach((r) => walk(r, []));
  return out;
}

/** The field a problem of the members API concerns, by its type (urn:shequ:problem:<type>). */
const FIELD_OF_TYPE = {
  'member-role-escalation': 'roles',
  'member-last-admin': 'roles',
  'member-unit-outside-tenant': 'orgUnits',
  'member-exists': 'username',
};

export function problemType(error) {
  const type = (error instanceof ApiError && error.problem.type) || '';
  return type.slice(type.lastIndexOf(':') + 1);
}

/** {field: message}: the problem's own field errors, and a whole-problem refusal on its field. */
export function memberErrors(error) {
  const out = fieldErrors(error);
  const field = FIELD_OF_TYPE[problemType(error)];
  if (field && !out[field]) out[field] = error.problem.detail || error.problem.title;
  // The API names units by index (orgUnits[0]) or by id: either way, the units' field shows it.
  for (const key of Object.keys(out)) {
    if (key.startsWith('orgUnits') && !out.orgUnits) out.orgUnits = out[key];
    if (key.startsWith('roles') && !out.roles) out.roles = out[key];
  }
  return out;
}

/** Whether the problem is shown on a field (and so needs no alert above the form). */
export function onAField(error, shownFields) {
  const errors = memberErrors(error);
  return shownFields.some((f) => errors[f]);
}

const MAX_MATCHES = 30;

/**
 * The units a member covers: the chosen ones as removable chips, and a search that lists matching
 * active units with their path, each with a box to tick. A tenant may have thousands of units, so
 * only matches are listed, never the whole tree.
 */
export const UnitPicker = {
  props: { units: Array, selected: Object, error: String },
  setup(props) {
    const q = ref('');
    const byId = computed(() => new Map(props.units.map((u) => [u.id, u])));
    const matches = computed(() => {
      const needle = q.value.trim().toLowerCase();
      if (!needle) return [];
      return props.units.filter((u) => u.active && [u.id, u.name?.zh, u.name?.en].some((s) => s && s.toLowerCase().includes(needle)));
    });
    const toggle = (id, on) => (on ? props.selected.add(id) : props.selected.delete(id));
    return () => {
      const chosen = [...props.selected].map((id) => byId.value.get(id) || { id, name: id });
      const shown = matches.value.slice(0, MAX_MATCHES);
      const described = ['member-units-help', props.error ? 'member-units-error' : null].filter(Boolean).join(' ');
      return h('fieldset', { class: ['members-units', props.error ? 'field-error' : null], 'aria-describedby': described, 'data-test': 'member-units' }, [
        h('legend', t('members.field.units')),
        h('p', { class: 'help', id: 'member-units-help' }, t('members.field.units-help')),
        chosen.length
          ? h('ul', { class: 'members-chips', 'aria-label': t('members.field.unit-selected', chosen.length) }, chosen.map((u) =>
              h('li', { key: u.id, 'data-test': 'chosen-unit', 'data-id': u.id }, [
                h('span', unitName(u)),
                h('button', { type: 'button', class: 'link-button', 'aria-label': t('members.field.unit-remove', unitName(u)), 'data-test': 'remove-unit', onClick: () => toggle(u.id, false) }, '×'),
              ]),
            ))
          : h('p', { class: 'muted' }, t('members.field.unit-none')),
        Field({ id: 'member-unit-search', label: t('members.field.unit-search'), help: t('members.field.unit-search-help') }, (attrs) =>
          h('input', { ...attrs, type: 'search', value: q.value, autocomplete: 'off', 'data-test': 'unit-search', onInput: (e) => (q.value = e.target.value) }),
        ),
        shown.length
          ? h('ul', { class: 'members-unit-matches' }, shown.map((u) =>
              h('li', { key: u.id }, [
                h('label', { class: 'members-check' }, [
                  h('input', { type: 'checkbox', checked: props.selected.has(u.id), value: u.id, 'data-test': 'unit-option', 'data-id': u.id, onChange: (e) => toggle(u.id, e.target.checked) }),
                  h('span', [unitName(u), h('span', { class: 'members-path' }, ` ${u.id}${u.path.length ? ` · ${u.path.join(' › ')}` : ''}`)]),
                ]),
              ]),
            ))
          : null,
        matches.value.length > MAX_MATCHES ? h('p', { class: 'help' }, t('members.field.unit-more', matches.value.length - MAX_MATCHES)) : null,
        props.error ? h('p', { class: 'error', id: 'member-units-error', role: 'alert', 'data-test': 'field-error', 'data-field': 'orgUnits' }, props.error) : null,
      ]);
    };
  },
};

/**
 * The form to add a member (member absent) or change one: emits done(member) once the server
 * took it. A stale version reloads the member and says so.
 */
export const MemberForm = {
  props: { member: Object, units: Array, scope: { type: Object, default: () => TENANT_SCOPE } },
  emits: ['done', 'cancel'],
  setup(props, { emit }) {
    const m = props.member;
    const scope = props.scope;
    const adding = !m;
    const f = reactive({
      username: '',
      email: m?.email || '',
      displayName: m?.displayName || '',
      roles: new Set(m ? m.roles : [scope.newRole]),
      units: new Set(m ? (m.orgUnits || []).map((u) => u.id) : []),
      invite: false,
      version: m?.version,
    });
    const error = ref(null);
    const stale = ref(false);
    const busy = ref(false);
    const errors = computed(() => memberErrors(error.value));

    function input(id, key, label, { type = 'text', help, required, field } = {}) {
      return Field({ id: `member-${id}`, label, help, required, error: errors.value[field || key] }, (attrs) =>
        h('input', { ...attrs, type, value: f[key], autocomplete: 'off', 'data-test': `member-${id}`, onInput: (e) => (f[key] = e.target.value) }),
      );
    }

    function rolesField() {
      const err = errors.value.roles;
      const described = ['member-roles-help', err ? 'member-roles-error' : null].filter(Boolean).join(' ');
      return h('fieldset', { class: ['members-roles', err ? 'field-error' : null], 'aria-describedby': described, 'data-test': 'member-roles' }, [
        h('legend', t('members.field.roles')),
        ...scope.roles.map((r) =>
          h('label', { class: 'members-check', key: r }, [
            h('input', { type: 'checkbox', checked: f.roles.has(r), value: r, 'data-test': `role-${r}`, onChange: (e) => (e.target.checked ? f.roles.add(r) : f.roles.delete(r)) }),
            ' ',
            t(`role.${r}`),
          ]),
        ),
        h('p', { class: 'help', id: 'member-roles-help' }, t('members.field.roles-help')),
        err ? h('p', { class: 'error', id: 'member-roles-error', role: 'alert', 'data-test': 'field-error', 'data-field': 'roles' }, err) : null,
      ]);
    }

    async function reload() {
      const fresh = await api.get(scope.path(m.id));
      Object.assign(f, { email: fresh.email || '', displayName: fresh.displayName || '', version: fresh.version });
      f.roles = new Set(fresh.roles);
      f.units = new Set((fresh.orgUnits || []).map((u) => u.id));
    }

    async function submit(e) {
      e.preventDefault();
      busy.value = true;
      error.value = null;
      stale.value = false;
      const common = {
        email: f.email.trim() || null,
        displayName: f.displayName.trim() || null,
        roles: [...f.roles],
        orgUnits: scope.units ? [...f.units] : [],
      };
      try {
        const saved = adding
          ? await api.post(scope.path(), { username: f.username.trim(), ...common, invite: f.invite || undefined })
          : await api.patch(scope.path(m.id), common, { etag: `"${f.version}"` });
        emit('done', saved);
      } catch (err) {
        if (!adding && err instanceof ApiError && (err.status === 412 || problemType(err) === 'member-version-mismatch')) {
          stale.value = true;
          await reload().catch(() => {});
        } else {
          error.value = err;
        }
      } finally {
        busy.value = false;
      }
    }

    return () => {
      const shown = ['username', 'email', 'displayName', 'roles', 'orgUnits'];
      return h('form', { class: 'members-form', novalidate: true, 'data-test': 'member-form', onSubmit: submit }, [
        stale.value ? Notice('warn', t('members.stale'), 'member-stale') : null,
        error.value && !onAField(error.value, shown) ? ProblemAlert(error.value) : null,
        adding ? input('username', 'username', t('members.field.username'), { required: true, help: t('members.field.username-help') }) : null,
        input('display-name', 'displayName', t('members.field.display-name')),
        input('email', 'email', t('members.field.email'), { type: 'email' }),
        rolesField(),
        scope.units ? h(UnitPicker, { units: props.units, selected: f.units, error: errors.value.orgUnits }) : null,
        adding
          ? h('label', { class: 'members-check' }, [
              h('input', { type: 'checkbox', checked: f.invite, 'data-test': 'member-invite', onChange: (e) => (f.invite = e.target.checked) }),
              ' ',
              t('members.field.invite'),
            ])
          : null,
        h('div', { class: 'dialog-actions' }, [
          h('button', { type: 'submit', class: 'primary', disabled: busy.value, 'data-test': 'member-save' }, adding ? t('members.add') : t('members.save')),
          h('button', { type: 'button', class: 'link-button', 'data-test': 'member-cancel', onClick: () => emit('cancel') }, t('common.cancel')),
        ]),
      ]);
    };
  },
};

// #/members?q=&role=&orgUnit=&status=&page=: the people of the tenant (区域管理员); the same page, in
// the platform's scope, lists the national analysts and platform admins (#/platform/members). The
// filters live in the hash, so a reload keeps them; adding, changing and deactivating go through
// dialogs, and each refusal of the server is shown on the field it concerns.
import { h, ref, reactive, onMounted } from '../core/vue.js';
import { t, fmtDateTime } from '../core/i18n.js';
import { api } from '../core/api.js';
import { setQuery, href } from '../core/router.js';
import { Page, Spinner, ProblemAlert, Dialog, Notice, Field, Select, toast } from '../core/ui.js';
import { MemberForm, STATUSES, TENANT_SCOPE, memberName, unitName, loadUnits, memberErrors } from './member-forms.js';

const PAGE_SIZE = 20;

const STATUS_CLASS = { ACTIVE: 'ok', INVITED: 'pending', DEACTIVATED: 'neutral' };

/** A member's status as a word, with a colour that only helps. */
export function MemberStatus(status) {
  return h('span', { class: `badge badge-${STATUS_CLASS[status] || 'neutral'}`, 'data-test': 'member-status', 'data-status': status }, t(`members.status.${status}`));
}

/** The invitation code of an invited member, to hand over by another channel. */
export function Invitation(member) {
  if (member.status !== 'INVITED' || !member.invitationCode) return null;
  return Notice('info', [
    h('strong', `${t('members.invitation')}: `),
    h('code', { 'data-test': 'invitation-code' }, member.invitationCode),
    h('br'),
    t('members.invitation-help', memberName(member)),
  ], 'invitation');
}

/** The members page of a scope: the tenant's (TENANT_SCOPE) or the platform's. */
export function membersPage(scope) {
  return {
    props: { params: Object, query: Object },
    setup(props) {
      const query = props.query || {};
      const filters = reactive({ q: query.q || '', role: query.role || '', orgUnit: query.orgUnit || '', status: query.status || '' });
      const page = Number(query.page || 0);
      const list = ref(null);
      const units = ref([]);
      const error = ref(null);
      const dialog = ref(null); // { kind: 'add' | 'edit' | 'deactivate' | 'activate', member }
      const dialogError = ref(null);
      const invited = ref(null); // the member just added with an invitation code

      async function load() {
        error.value = null;
        try {
          list.value = await api.get(scope.path(), { q: query.q, role: query.role, orgUnit: query.orgUnit, status: query.status, page, size: PAGE_SIZE });
        } catch (e) {
          error.value = e;
        }
      }
      onMounted(() => {
        load();
        if (scope.units) loadUnits().then((u) => (units.value = u)).catch((e) => (error.value = e));
      });

      const apply = (e) => {
        e.preventDefault();
        setQuery({ ...filters });
      };
      const toPage = (n) => setQuery({ ...query, page: n || undefined });

      async function done(message, member) {
        dialog.value = null;
        dialogError.value = null;
        invited.value = member && member.status === 'INVITED' ? member : null;
        toast(message);
        await load();
      }

      async function switchActive(kind, member) {
        dialogError.value = null;
        try {
          const saved = await api.post(scope.path(member.id, kind));
          await done(t(kind === 'deactivate' ? 'members.deactivated' : 'members.activated', memberName(saved)));
        } catch (e) {
          dialogError.value = e;
        }
      }

      function filterForm() {
        const unitOptions = units.value.filter((u) => u.active).map((u) => ({ value: u.id, label: `${'\u3000'.repeat(u.depth)}${unitName(u)}` }));
        return h('form', { class: 'filters members-filters', role: 'search', 'aria-label': t('members.table'), onSubmit: apply }, [
          Field({ id: 'members-q', label: t('members.search'), help: t('members.search-help') }, (attrs) =>
            h('input', { ...attrs, type: 'search', value: filters.q, 'data-test': 'members-search', onInput: (e) => (filters.q = e.target.value) }),
          ),
          Select({ id: 'members-role', label: t('members.filter-role'), value: filters.role, test: 'filter-role', allLabel: t('members.all'), options: scope.roles.map((r) => ({ value: r, label: t(`role.${r}`) })), onChange: (v) => (filters.role = v) }),
          scope.units ? Select({ id: 'members-unit', label: t('members.filter-unit'), value: filters.orgUnit, test: 'filter-unit', allLabel: t('members.all'), options: unitOptions, onChange: (v) => (filters.orgUnit = v) }) : null,
          Select({ id: 'members-status', label: t('members.filter-status'), value: filters.status, test: 'filter-status', allLabel: t('members.all'), options: STATUSES.map((s) => ({ value: s, label: t(`members.status.${s}`) })), onChange: (v) => (filters.status = v) }),
          h('div', { class: 'field' }, [h('button', { type: 'submit', class: 'primary', 'data-test': 'apply-filters' }, t('members.apply'))]),
        ]);
      }

      function row(m) {
        const name = memberName(m);
        const link = href(`${scope.page}/${encodeURIComponent(m.id)}`);
        return h('tr', { key: m.id, 'data-test': 'member-row', 'data-username': m.username, 'data-id': m.id }, [
          h('th', { scope: 'row' }, [
            h('a', { href: link, 'data-test': 'member-link' }, name),
            m.displayName && m.displayName !== m.username ? h('div', { class: 'muted' }, m.username) : null,
            m.email ? h('div', { class: 'muted' }, m.email) : null,
          ]),
          h('td', { 'data-test': 'member-roles' }, m.roles.map((r) => t(`role.${r}`)).join('、')),
          scope.units ? h('td', { 'data-test': 'member-units' }, (m.orgUnits || []).map(unitName).join('、') || '—') : null,
          h('td', [
            MemberStatus(m.status),
            m.status === 'INVITED' && m.invitationCode ? h('div', { class: 'muted' }, [`${t('members.invitation')}: `, h('code', { 'data-test': 'row-invitation-code' }, m.invitationCode)]) : null,
          ]),
          h('td', [fmtDateTime(m.updatedAt), m.updatedBy ? h('div', { class: 'muted' }, m.updatedBy) : null]),
          h('td', [
            h('div', { class: 'members-actions' }, [
              h('button', { type: 'button', 'aria-label': t('members.edit-of', name), 'data-test': 'edit-member', onClick: () => (dialog.value = { kind: 'edit', member: m }) }, t('members.edit')),
              m.active
                ? h('button', { type: 'button', 'aria-label': `${t('members.deactivate')} ${name}`, 'data-test': 'deactivate-member', onClick: () => (dialog.value = { kind: 'deactivate', member: m }) }, t('members.deactivate'))
                : h('button', { type: 'button', 'aria-label': `${t('members.activate')} ${name}`, 'data-test': 'activate-member', onClick: () => (dialog.value = { kind: 'activate', member: m }) }, t('members.activate')),
              h('a', { class: 'button', href: link, 'aria-label': `${t('members.history')} ${name}` }, t('members.history')),
            ]),
          ]),
        ]);
      }

      function table() {
        const l = list.value;
        if (!l.items.length) return h('p', { class: 'empty', 'data-test': 'empty' }, t('members.empty'));
        const cols = ['name', 'roles', scope.units ? 'units' : null, 'status', 'updated', 'actions'].filter(Boolean);
        const pages = Math.max(1, Math.ceil(l.total / (l.size || PAGE_SIZE)));
        return [
          h('p', { role: 'status', 'data-test': 'members-count' }, t('members.count', l.total)),
          h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('members.table') }, [
            h('table', { class: 'members-table' }, [
              h('caption', t('members.table')),
              h('thead', [h('tr', cols.map((c) => h('th', { scope: 'col' }, t(`members.col.${c}`))))]),
              h('tbody', l.items.map(row)),
            ]),
          ]),
          pages > 1
            ? h('nav', { class: 'members-pager', 'aria-label': t('members.page', page + 1, pages) }, [
                h('button', { type: 'button', disabled: page === 0, onClick: () => toPage(page - 1) }, t('members.previous')),
                h('span', t('members.page', page + 1, pages)),
                h('button', { type: 'button', disabled: page + 1 >= pages, onClick: () => toPage(page + 1) }, t('members.next')),
              ])
            : null,
        ];
      }

      function dialogView() {
        const d = dialog.value;
        if (!d) return null;
        const close = () => {
          dialog.value = null;
          dialogError.value = null;
        };
        if (d.kind === 'add' || d.kind === 'edit') {
          return h(Dialog, { open: true, title: d.kind === 'add' ? t('members.add') : t('members.edit-of', memberName(d.member)), test: 'member-dialog', onClose: close }, () =>
            h(MemberForm, {
              key: d.member?.id || 'new',
              member: d.member,
              units: units.value,
              scope,
              onDone: (saved) => done(t(d.kind === 'add' ? 'members.added' : 'members.saved', memberName(saved)), saved),
              onCancel: close,
            }),
          );
        }
        // Deactivating or activating: a confirmation, and the refusal (the last admin) said in it.
        const name = memberName(d.member);
        const refusal = dialogError.value ? memberErrors(dialogError.value).roles || null : null;
        return h(Dialog, { open: true, title: t(`members.${d.kind}-title`, name), test: 'confirm-dialog', onClose: close }, () => [
          h('p', t(`members.${d.kind}-confirm`, name)),
          refusal ? Notice('bad', refusal, 'member-refused') : dialogError.value ? ProblemAlert(dialogError.value) : null,
          h('div', { class: 'dialog-actions' }, [
            h('button', { type: 'button', class: 'link-button', onClick: close }, t('common.cancel')),
            h('button', { type: 'button', class: d.kind === 'deactivate' ? 'danger' : 'primary', 'data-test': `confirm-${d.kind}`, onClick: () => switchActive(d.kind, d.member) }, t(`members.${d.kind}`)),
          ]),
        ]);
      }

      return () => {
        let body;
        if (error.value) body = ProblemAlert(error.value);
        else if (!list.value) body = Spinner();
        else body = table();
        return Page(
          {
            title: t(scope.title),
            test: 'members',
            actions: [h('button', { type: 'button', class: 'primary', 'data-test': 'add-member', disabled: scope.units && !units.value.length, onClick: () => (dialog.value = { kind: 'add' }) }, t('members.add'))],
          },
          [filterForm(), invited.value ? Invitation(invited.value) : null, dialogView(), body],
        );
      };
    },
  };
}

export default membersPage(TENANT_SCOPE);

// #/members/{id} (and #/platform/members/{id}): one member, who they are and every change to them,
// each with its before and after (the audit the API keeps of memberships).
import { h, ref, onMounted } from '../core/vue.js';
import { t, fmtDateTime } from '../core/i18n.js';
import { api } from '../core/api.js';
import { Page, Spinner, ProblemAlert } from '../core/ui.js';
import { TENANT_SCOPE, memberName, unitName, loadUnits } from './member-forms.js';
import { MemberStatus, Invitation } from './members.js';

/**
 * One side of a change: its roles, units (by id, named from the tenant's tree) and whether it was
 * active; "—" where there was nothing.
 */
function state(s, names) {
  const unitOf = (u) => {
    const id = typeof u === 'string' ? u : u.id;
    const name = names.get(id) || (typeof u === 'string' ? null : unitName(u));
    return name && name !== id ? `${name}（${id}）` : id;
  };
  if (!s) return h('span', { class: 'muted' }, '—');
  return h('dl', { class: 'members-state' }, [
    h('dt', t('members.col.roles')),
    h('dd', (s.roles || []).map((r) => t(`role.${r}`)).join('、') || '—'),
    h('dt', t('members.col.units')),
    h('dd', (s.orgUnits || []).map(unitOf).join('、') || '—'),
    h('dt', t('members.col.status')),
    h('dd', s.active === false ? t('members.history.inactive') : t('members.history.active')),
  ]);
}

/** A member's page in a scope: the tenant's (TENANT_SCOPE) or the platform's. */
export function memberPage(scope) {
  return {
    props: { params: Object, query: Object },
    setup(props) {
      const member = ref(null);
      const history = ref(null);
      const error = ref(null);
      const names = ref(new Map());

      onMounted(async () => {
        // The history names units by id; the tree names them (a courtesy: ids stand in without it).
        if (scope.units) loadUnits().then((units) => (names.value = new Map(units.map((u) => [u.id, unitName(u)])))).catch(() => {});
        try {
          const [m, changes] = await Promise.all([api.get(scope.path(props.params.id)), api.get(scope.path(props.params.id, 'history'))]);
          member.value = m;
          history.value = [...changes].sort((a, b) => b.version - a.version);
        } catch (e) {
          error.value = e;
        }
      });

      function details(m) {
        return h('div', { class: 'card' }, [
          h('dl', { class: 'members-details' }, [
            h('dt', t('members.field.username')),
            h('dd', { 'data-test': 'member-username' }, m.username),
            h('dt', t('members.field.email')),
            h('dd', m.email || '—'),
            h('dt', t('members.col.roles')),
            h('dd', m.roles.map((r) => t(`role.${r}`)).join('、')),
            h('dt', t('members.col.units')),
            h('dd', (m.orgUnits || []).map(unitName).join('、') || '—'),
            h('dt', t('members.col.status')),
            h('dd', [MemberStatus(m.status)]),
            h('dt', t('members.identity')),
            h('dd', m.subject ? `${m.subject}${m.issuer ? ` · ${m.issuer}` : ''}` : t('members.identity-unbound')),
          ]),
          Invitation(m),
        ]);
      }

      function historyTable() {
        if (!history.value.length) return h('p', { class: 'empty' }, t('members.history-empty'));
        const cols = ['version', 'action', 'by', 'at', 'before', 'after'];
        return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('members.history-title') }, [
          h('table', [
            h('thead', [h('tr', cols.map((c) => h('th', { scope: 'col' }, t(`members.history.${c}`))))]),
            h(
              'tbody',
              history.value.map((c) =>
                h('tr', { key: c.version, 'data-test': 'history-row', 'data-action': c.action }, [
                  h('th', { scope: 'row' }, String(c.version)),
                  h('td', t(`members.action.${c.action}`)),
                  h('td', c.by || '—'),
                  h('td', fmtDateTime(c.at)),
                  h('td', { 'data-test': 'history-before' }, [state(c.before, names.value)]),
                  h('td', { 'data-test': 'history-after' }, [state(c.after, names.value)]),
                ]),
              ),
            ),
          ]),
        ]);
      }

      return () => {
        let body;
        if (error.value) body = ProblemAlert(error.value);
        else if (!member.value) body = Spinner();
        else body = [details(member.value), h('h2', t('members.history-title')), historyTable()];
        const title = member.value ? t('members.details-of', memberName(member.value)) : t(scope.title);
        return Page({ title, test: 'member', actions: [h('a', { class: 'button', href: `#${scope.page}` }, t('members.back'))] }, body);
      };
    },
  };
}

export default memberPage(TENANT_SCOPE);

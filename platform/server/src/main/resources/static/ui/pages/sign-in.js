// Sign-in: the demo users in the embedded default, or the identity provider when one is set up.
import { h, ref, onMounted } from '../core/vue.js';
import { t, text } from '../core/i18n.js';
import { signInDemo, landing } from '../core/session.js';
import { go } from '../core/router.js';
import { Page, Notice, Spinner } from '../core/ui.js';

/**
 * The members of GET /api/v1/dev/members as entries of the list, grouped by tenant like the demo
 * users (whose list names the tenants), then the demo users no member stands for.
 */
function asUsers(members, demo) {
  const tenantNames = new Map((demo || []).filter((u) => u.tenant).map((u) => [u.tenant, u.tenantName]));
  const unitOf = (u) => (typeof u === 'string' ? u : text(u.name) || u.id);
  const users = members.map((m) => ({
    memberId: m.memberId,
    subject: m.username,
    label: m.displayName || m.username,
    tenant: m.tenant || null,
    tenantName: tenantNames.get(m.tenant) || m.tenant,
    roles: m.roles || [],
    units: (m.orgUnits || []).map(unitOf).join('、'),
  }));
  // A demo user no member stands for yet (a tenant made since) is still offered, after the members.
  const usernames = new Set(users.map((u) => u.subject));
  return [...users, ...(demo || []).filter((u) => !usernames.has(u.subject))];
}

export default {
  props: { params: Object, query: Object },
  setup(props) {
    const options = ref(null);
    const error = ref(null);
    const busy = ref(null);

    /** The tenant members (embedded default, from this machine): null where the server lists none. */
    async function devMembers() {
      const response = await fetch('/api/v1/dev/members', { headers: { Accept: 'application/json' } });
      return response.ok ? response.json() : null;
    }

    onMounted(async () => {
      try {
        const response = await fetch('/console/sign-in/options', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
        const o = response.ok ? await response.json() : {};
        // The members are offered where the demo users are: the same machine, the embedded default.
        const members = o.demo ? await devMembers().catch(() => null) : null;
        if (members && members.length) o.demo = asUsers(members, o.demo);
        options.value = o;
      } catch (e) {
        error.value = t('common.network-error');
      }
    });

    const choose = async (user) => {
      busy.value = user.subject;
      error.value = null;
      try {
        // A member deactivated since the list was read gets no token: nobody is signed in.
        if (!(await signInDemo(user.memberId ? { memberId: user.memberId } : user.subject))) throw new Error('sign-in');
        go(landing());
      } catch (e) {
        error.value = t('sign-in.failed');
      } finally {
        busy.value = null;
      }
    };

    const roleGroups = (users) => {
      const groups = new Map();
      for (const u of users) {
        const key = u.tenant || '';
        if (!groups.has(key)) groups.set(key, { name: u.tenantName, users: [] });
        groups.get(key).users.push(u);
      }
      return [...groups.entries()];
    };

    return () => {
      const o = options.value;
      const content = [];
      if (error.value) content.push(Notice('bad', error.value));
      // The issuer sent the browser back with an answer the server refused (e.g. a stale state).
      if (props.query && props.query.error === 'oidc') content.push(Notice('bad', t('signin.oidc-failed'), 'sign-in-oidc-failed'));
      if (!o) {
        content.push(Spinner());
      } else {
        if (o.oidc) {
          content.push(h('p', [h('a', { class: 'button primary', href: o.oidc.url, 'data-test': 'sign-in-oidc' }, t('sign-in.oidc'))]));
        }
        if (o.demo && o.demo.length) {
          content.push(Notice('warn', t('sign-in.demo-note')));
          for (const [tenant, { name, users }] of roleGroups(o.demo)) {
            content.push(
              h('div', { class: 'card' }, [
                h('h2', tenant ? [text(name), ' ', h('span', { class: 'muted' }, tenant)] : t('sign-in.platform-staff')),
                h(
                  'ul',
                  { class: 'user-list' },
                  users.map((u) =>
                    h('li', [
                      h(
                        'button',
                        { type: 'button', class: 'user', 'data-test': 'demo-user', 'data-subject': u.subject, 'data-member-id': u.memberId, disabled: busy.value !== null, onClick: () => choose(u) },
                        u.memberId
                          ? [
                              h('span', { class: 'user-label' }, [u.label, u.roles.length ? ` · ${u.roles.map((r) => t(`role.${r}`)).join('、')}` : '']),
                              h('span', { class: 'user-role' }, [u.subject, u.units ? ` · ${u.units}` : '']),
                            ]
                          : [
                              h('span', { class: 'user-label' }, [t(`role.${u.role}`), u.orgUnit ? ` · ${u.orgUnit}` : '']),
                              h('span', { class: 'user-role' }, u.subject),
                            ],
                      ),
                    ]),
                  ),
                ),
              ]),
            );
          }
        }
        if (!o.oidc && !(o.demo && o.demo.length)) {
          content.push(Notice('info', t('sign-in.none')));
        }
      }
      return Page({ title: t('sign-in.title'), test: 'sign-in' }, content);
    };
  },
};

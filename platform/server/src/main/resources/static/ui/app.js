// The console's shell: header, navigation by role, language switch, sign-out, and the page the
// hash names. Pages are loaded on first use (pages/<name>.js).
import { createApp, h, shallowRef, watch, nextTick, defineAsyncComponent } from './core/vue.js';
import { i18n, loadMessages, setLang, t, text } from './core/i18n.js';
import { session, refreshSession, hasRole, signOut, landing } from './core/session.js';
import { route, start, go } from './core/router.js';
import { api, tenantPath } from './core/api.js';
import { Notice } from './core/ui.js';

const pages = new Map();
function pageComponent(name) {
  if (!pages.has(name)) {
    pages.set(
      name,
      defineAsyncComponent({
        loader: () => import(`./pages/${name}.js`).then((m) => m.default),
        errorComponent: { render: () => Notice('bad', t('common.page-missing')) },
      }),
    );
  }
  return pages.get(name);
}

function navItems() {
  const items = [];
  if (hasRole('REGION_ADMIN')) {
    items.push(
      ['#/admin', 'nav.admin'],
      ['#/progress', 'nav.progress'],
      ['#/tasks', 'nav.tasks'],
      ['#/review', 'nav.review'],
      ['#/work', 'nav.work'],
      ['#/calendar', 'nav.calendar'],
      ['#/org-units', 'nav.org-units'],
      ['#/org-units-import', 'nav.import'],
      ['#/members', 'members.nav'],
      ['#/batch', 'nav.batch'],
    );
  } else if (hasRole('REPORTER')) {
    // Reporters read their own subtree's progress; they change nothing there.
    items.push(['#/work', 'nav.work'], ['#/progress', 'nav.progress'], ['#/tasks', 'nav.tasks']);
    // A reporter above community level reports for the units below it in one spreadsheet.
    if (session.orgUnitLevel && session.orgUnitLevel !== 'COMMUNITY') items.push(['#/batch', 'nav.batch']);
  }
  if (hasRole('NATIONAL_ANALYST') || hasRole('PLATFORM_ADMIN')) {
    items.push(['#/comparison', 'nav.comparison']);
  }
  if (hasRole('PLATFORM_ADMIN')) {
    items.push(['#/platform/plugins', 'nav.plugins'], ['#/platform/tenants', 'nav.tenants'], ['#/platform/tenant-files', 'nav.tenant-files'], ['#/platform/members', 'members.platform-nav']);
  }
  if (items.length === 0) {
    items.push(['#/home', 'nav.home']);
  }
  return items;
}

async function loadNames() {
  if (!session.tenant) return;
  try {
    const tenant = await api.get(tenantPath());
    session.tenantName = tenant.name;
    if (session.orgUnit) {
      const unit = await api.get(tenantPath('org-units', session.orgUnit));
      // A reporter may cover several units: the header names them all.
      session.orgUnitName = session.orgUnits.length > 1 ? session.orgUnits.map((u) => text(u.name) || u.id).join('、') : unit.name;
      session.orgUnitLevel = unit.level;
    }
  } catch (e) {
    // Names are a courtesy in the header; pages report their own errors.
  }
}

function currentHash() {
  return `#${route.path}`;
}

/** The nav entry of the current page: itself, or the section it sits in (#/progress/X → #/progress). */
function isCurrent(target) {
  const here = currentHash();
  const sections = navItems()
    .map(([entry]) => entry)
    .filter((entry) => here === entry || here.startsWith(`${entry}/`))
    .sort((a, b) => b.length - a.length);
  return sections[0] === target;
}

const Shell = {
  setup() {
    const toggleLang = () => setLang(i18n.lang === 'zh' ? 'en' : 'zh');
    // Whoever signs in, at boot or on the sign-in page: their tenant's and unit's names.
    watch(
      () => session.subject,
      (subject) => subject && loadNames(),
      { immediate: true },
    );
    watch(
      () => route.path,
      () => nextTick(() => document.getElementById('page-title')?.focus({ preventScroll: true })),
    );
    return () => {
      if (!i18n.ready) return h('p', { class: 'boot' }, 'Shequ 社区…');
      if (session.signedIn && (!route.page || route.page === 'sign-in')) {
        go(landing());
      }
      if (!session.signedIn && route.page !== 'sign-in') {
        go('#/sign-in');
      }
      const name = route.page || (session.signedIn ? null : 'sign-in');
      const Page = name ? pageComponent(name) : null;
      // A new address mounts the page afresh; a new language only re-renders it, keeping what was typed.
      const key = `${route.path}|${JSON.stringify(route.query)}`;
      return [
        h('a', { class: 'skip', href: '#main', onClick: (e) => { e.preventDefault(); document.getElementById('main').focus(); } }, t('app.skip')),
        h('header', { class: 'top' }, [
          h('a', { class: 'brand', href: session.signedIn ? landing() : '#/sign-in' }, [h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '社'), h('span', t('app.name'))]),
          session.signedIn
            ? h('p', { class: 'who', 'data-test': 'who' }, [
                h('span', { class: 'who-name' }, session.subject),
                session.tenantName ? h('span', { class: 'who-tenant', 'data-test': 'who-tenant' }, text(session.tenantName)) : null,
                session.orgUnitName ? h('span', { class: 'who-unit', 'data-test': 'who-unit' }, text(session.orgUnitName)) : null,
                session.roles.length ? h('span', { class: 'who-role' }, session.roles.map((r) => t(`role.${r}`)).join(' · ')) : null,
              ])
            : null,
          h('div', { class: 'top-actions' }, [
            h('button', { type: 'button', class: 'link-button', lang: i18n.lang === 'zh' ? 'en' : 'zh', 'data-test': 'language', onClick: toggleLang }, t('app.other-language')),
            session.signedIn ? h('button', { type: 'button', class: 'link-button', 'data-test': 'sign-out', onClick: signOut }, t('app.sign-out')) : null,
          ]),
        ]),
        h('div', { class: 'frame' }, [
          session.signedIn
            ? h('nav', { class: 'nav', 'aria-label': t('app.nav') }, [
                h(
                  'ul',
                  navItems().map(([target, label]) =>
                    h('li', [h('a', { href: target, 'aria-current': isCurrent(target) ? 'page' : undefined, 'data-test': `nav-${target.slice(2)}` }, t(label))]),
                  ),
                ),
              ])
            : null,
          h('main', { id: 'main', tabindex: '-1' }, [Page ? h(Page, { key, params: route.params, query: route.query }) : Notice('bad', t('common.no-such-page'))]),
        ]),
        h('div', { id: 'toast', class: 'toast', role: 'status', 'aria-live': 'polite' }),
      ];
    };
  },
};

async function boot() {
  await loadMessages();
  start();
  await refreshSession();
  createApp(Shell).mount('#app');
}

boot().catch((e) => {
  document.getElementById('app').textContent = `Shequ: ${e.message}`;
});

// A hash router: the server serves one page at /, so every console address is /#/<route>.
import { reactive } from './vue.js';

const ROUTES = [
  ['/sign-in', 'sign-in'],
  ['/home', 'home'],
  ['/work', 'work'],
  ['/report/:formCode/:orgUnitId/:period', 'report'],
  ['/admin', 'admin-home'],
  ['/review', 'review'],
  ['/review/:formCode/:orgUnitId/:period', 'review-report'],
  ['/calendar', 'calendar'],
  ['/org-units', 'org-units'],
  ['/org-units-import', 'org-units-import'],
  ['/batch', 'batch'],
  ['/org-units/:id', 'org-unit'],
  ['/members', 'members'],
  ['/members/:id', 'member'],
  ['/progress', 'progress'],
  ['/progress/:indicator', 'indicator'],
  ['/tasks', 'tasks'],
  ['/comparison', 'comparison'],
  ['/comparison/:nationalIndicator', 'comparison-indicator'],
  ['/platform/plugins', 'plugins'],
  ['/platform/tenants', 'tenants'],
  ['/platform/tenant-files', 'tenant-files'],
  ['/platform/members', 'platform-members'],
  ['/platform/members/:id', 'platform-member'],
];

export const route = reactive({ page: null, params: {}, query: {}, path: '' });

export function parse(hash) {
  const raw = (hash || '').replace(/^#/, '') || '/';
  const [path, search = ''] = raw.split('?');
  const query = Object.fromEntries(new URLSearchParams(search));
  const parts = path.split('/').filter(Boolean);
  for (const [pattern, page] of ROUTES) {
    const want = pattern.split('/').filter(Boolean);
    if (want.length !== parts.length) continue;
    const params = {};
    const ok = want.every((w, i) => {
      if (w.startsWith(':')) {
        params[w.slice(1)] = decodeURIComponent(parts[i]);
        return true;
      }
      return w === parts[i];
    });
    if (ok) return { page, params, query, path };
  }
  return { page: null, params: {}, query, path };
}

export function go(hash) {
  if (window.location.hash === hash) {
    Object.assign(route, parse(hash));
  } else {
    window.location.hash = hash;
  }
}

/** A console address: a route and its query, e.g. href('/review', {status: 'SUBMITTED'}). */
export function href(path, query = {}) {
  const q = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const s = q.toString();
  return `#${path}${s ? `?${s}` : ''}`;
}

/** Replaces the query of the current route (e.g. filters), keeping the page. */
export function setQuery(query) {
  go(href(route.path, query));
}

export function start() {
  const update = () => Object.assign(route, parse(window.location.hash));
  window.addEventListener('hashchange', update);
  update();
}

// Who is signed in. The browser keeps only an HttpOnly session cookie; the bearer token for the
// API is fetched from /console/session into this module's memory and never stored anywhere else.
import { reactive } from './vue.js';

export const session = reactive({
  signedIn: false,
  subject: null,
  tenant: null,
  tenantName: null,
  roles: [],
  orgUnit: null,
  orgUnits: [],
  orgUnitName: null,
  orgUnitLevel: null,
  method: null,
});

let token = null;
let expiresAt = 0;

export function hasRole(role) {
  return session.roles.includes(role);
}

/** Where a signed-in user starts: each role at the page of its daily work. */
export function landing() {
  if (hasRole('REGION_ADMIN')) return '#/admin';
  if (hasRole('REPORTER')) return '#/work';
  if (hasRole('NATIONAL_ANALYST')) return '#/comparison';
  if (hasRole('PLATFORM_ADMIN')) return '#/platform/plugins';
  return '#/home';
}

/**
 * A member's token from the embedded issuer (a member's sign-in in the embedded default); null
 * when the member is gone or deactivated.
 */
async function memberToken(memberId) {
  const response = await fetch('/api/v1/dev/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ memberId }),
  });
  return response.ok ? response.json() : null;
}

/**
 * Who the API takes the caller for (GET /api/v1/me): their tenant, roles and every org unit they
 * cover, from their membership; null where the server has no such route.
 */
async function whoAmI() {
  const response = await fetch('/api/v1/me', { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } });
  return response.ok ? response.json() : null;
}

/** Reads the session from the server; false when nobody is signed in. */
export async function refreshSession() {
  const response = await fetch('/console/session', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) {
    clear();
    return false;
  }
  const s = await response.json();
  if (s.memberId) {
    const issued = await memberToken(s.memberId);
    if (!issued) {
      clear();
      return false;
    }
    token = issued.access_token;
    expiresAt = Date.now() + (Number(issued.expires_in) || 60) * 1000;
  } else {
    token = s.accessToken;
    expiresAt = Date.parse(s.expiresAt) || Date.now() + 60_000;
  }
  const me = await whoAmI().catch(() => null);
  const units = me ? me.orgUnits || [] : s.orgUnit ? [{ id: s.orgUnit }] : [];
  Object.assign(session, {
    signedIn: true,
    subject: s.subject || (me && (me.username || me.subject)) || null,
    tenant: (me ? me.tenant : s.tenant) || null,
    roles: (me ? me.roles : s.roles) || [],
    // Pages that start from one unit start from the first; the header names them all.
    orgUnit: units.length ? units[0].id : null,
    orgUnits: units,
    method: s.method,
  });
  return true;
}

/** The bearer token, asked for again shortly before it expires. */
export async function accessToken() {
  if (!token || Date.now() > expiresAt - 30_000) {
    await refreshSession();
  }
  return token;
}

function clear() {
  token = null;
  expiresAt = 0;
  Object.assign(session, { signedIn: false, subject: null, tenant: null, tenantName: null, roles: [], orgUnit: null, orgUnits: [], orgUnitName: null, orgUnitLevel: null, method: null });
}

function csrfHeader() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? { 'X-XSRF-TOKEN': decodeURIComponent(match[1]) } : {};
}

/** Posts to one of the console's cookie routes (sign-in, sign-out). */
export async function postConsole(path, body) {
  if (!csrfHeader()['X-XSRF-TOKEN']) {
    // The CSRF cookie is gone (cleared, or expired with the browser's session): any console
    // answer sets a new one.
    await fetch('/console/session', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  }
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeader() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response;
}

/** Signs in as a demo user ({subject}) or, where the tenant members are listed, a member ({memberId}). */
export async function signInDemo(who) {
  const response = await postConsole('/console/sign-in/demo', typeof who === 'string' ? { subject: who } : who);
  if (!response.ok) throw new Error(`sign-in: ${response.status}`);
  return refreshSession();
}

export async function signOut() {
  const response = await postConsole('/console/sign-out');
  const answer = response.ok ? await response.json().catch(() => ({})) : {};
  clear();
  window.location.assign(answer.redirect || '/');
}

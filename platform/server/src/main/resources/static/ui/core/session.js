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

/** Reads the session from the server; false when nobody is signed in. */
export async function refreshSession() {
  const response = await fetch('/console/session', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) {
    clear();
    return false;
  }
  const s = await response.json();
  token = s.accessToken;
  expiresAt = Date.parse(s.expiresAt) || Date.now() + 60_000;
  Object.assign(session, {
    signedIn: true,
    subject: s.subject,
    tenant: s.tenant || null,
    roles: s.roles || [],
    orgUnit: s.orgUnit || null,
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
  Object.assign(session, { signedIn: false, subject: null, tenant: null, tenantName: null, roles: [], orgUnit: null, orgUnitName: null, orgUnitLevel: null, method: null });
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

export async function signInDemo(subject) {
  const response = await postConsole('/console/sign-in/demo', { subject });
  if (!response.ok) throw new Error(`sign-in: ${response.status}`);
  return refreshSession();
}

export async function signOut() {
  const response = await postConsole('/console/sign-out');
  const answer = response.ok ? await response.json().catch(() => ({})) : {};
  clear();
  window.location.assign(answer.redirect || '/');
}

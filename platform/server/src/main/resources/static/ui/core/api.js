// The public JSON API, called as any client calls it: a bearer token, the chosen language, and
// problem+json answers turned into ApiError.
import { accessToken, session } from './session.js';
import { lang, t } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

function url(path, query) {
  const u = new URL(path, window.location.origin);
  if (query) {
    for (const [k, v] of Object.entries(query)) {
      if (v !== undefined && v !== null && v !== '') u.searchParams.set(k, v);
    }
  }
  return u.pathname + u.search;
}

async function headers(extra = {}) {
  const h = { Accept: 'application/json', 'Accept-Language': lang(), ...extra };
  const token = await accessToken();
  if (token) h.Authorization = `Bearer ${token}`;
  return h;
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch (e) {
      return null;
    }
  }
  return null;
}

/** The whole answer: {data, etag, status, headers}. */
async function raw(method, path, { body, query, etag, form, accept } = {}) {
  const extra = {};
  if (etag) extra['If-Match'] = etag;
  if (accept) extra.Accept = accept;
  let payload;
  if (form) {
    payload = form;
  } else if (body !== undefined) {
    extra['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url(path, query), { method, headers: await headers(extra), body: payload });
  } catch (e) {
    throw new ApiError(0, { title: t('common.network-error') });
  }
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response));
  }
  const data = response.status === 204 ? null : accept && !accept.includes('json') ? await response.blob() : await response.json();
  return { data, etag: response.headers.get('ETag'), status: response.status, headers: response.headers };
}

export const api = {
  raw,
  get: async (path, query) => (await raw('GET', path, { query })).data,
  put: async (path, body, options = {}) => (await raw('PUT', path, { body, ...options })).data,
  post: async (path, body, options = {}) => (await raw('POST', path, { body, ...options })).data,
  patch: async (path, body, options = {}) => (await raw('PATCH', path, { body, ...options })).data,
  del: async (path, options = {}) => (await raw('DELETE', path, options)).data,
  upload: async (path, form, query) => (await raw('POST', path, { form, query })).data,
  /** Downloads a file (CSV, XLSX…) and hands it to the browser to save. */
  download: async (path, query, fileName, accept = '*/*') => {
    const { data } = await raw('GET', path, { query, accept });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(data);
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  },
};

/** /api/v1/tenants/<the caller's tenant>/<parts…>, each part encoded. */
export function tenantPath(...parts) {
  return tenantPathOf(session.tenant, ...parts);
}

/** /api/v1/tenants/<tenant>/<parts…>: another tenant's, for national staff who read every region. */
export function tenantPathOf(tenant, ...parts) {
  return ['/api/v1/tenants', tenant, ...parts].map((p, i) => (i === 0 ? p : encodeURIComponent(p))).join('/');
}

/** A readable sentence for an error: the problem's detail, or its title, or the status. */
export function problemText(error) {
  if (error instanceof ApiError) {
    return error.problem.detail || error.problem.title || t('common.error-status', error.status);
  }
  return String(error && error.message ? error.message : error);
}

/** The problem's per-field errors as {field: message}. */
export function fieldErrors(error) {
  const out = {};
  const list = (error instanceof ApiError && error.problem.errors) || [];
  for (const e of list) {
    if (e.field && !out[e.field]) out[e.field] = e.message || e.detail || e.code;
  }
  return out;
}

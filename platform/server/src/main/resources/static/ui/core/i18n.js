// The console's texts come from the server's message bundles (messages/console/*.properties);
// numbers and dates are formatted with the browser's Intl for the chosen language.
import { reactive } from './vue.js';

const LOCALES = { zh: 'zh-CN', en: 'en' };
const STORAGE_KEY = 'shequ.lang';

export const i18n = reactive({ lang: initialLang(), texts: {}, ready: false });

function initialLang() {
  const saved = sessionStorage.getItem(STORAGE_KEY) || localStorage.getItem(STORAGE_KEY);
  return saved === 'en' || saved === 'zh' ? saved : 'zh';
}

export async function loadMessages(lang = i18n.lang) {
  const response = await fetch(`/console/messages/${lang}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`messages ${lang}: ${response.status}`);
  i18n.texts = await response.json();
  i18n.lang = lang;
  i18n.ready = true;
  document.documentElement.lang = LOCALES[lang];
  document.title = i18n.texts['app.title'] || 'Shequ';
}

/** Switches the language; the choice (not a secret) is remembered in this browser. */
export async function setLang(lang) {
  localStorage.setItem(STORAGE_KEY, lang);
  await loadMessages(lang);
}

export function lang() {
  return i18n.lang;
}

export function locale() {
  return LOCALES[i18n.lang];
}

/** The text of a key, with {0}, {1}… replaced; the key itself when the bundles lack it. */
export function t(key, ...args) {
  const text = i18n.texts[key];
  if (text === undefined) return key;
  return text.replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
}

/** Picks the language of a plan's LocalizedText ({zh, en}); falls back to the other one. */
export function text(localized) {
  if (localized == null) return '';
  if (typeof localized === 'string') return localized;
  return (i18n.lang === 'en' ? localized.en || localized.zh : localized.zh || localized.en) || '';
}

export function fmtNumber(n, options = {}) {
  if (n === null || n === undefined || n === '') return '';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 2, ...options }).format(Number(n));
}

/** A 0–100 figure as a percentage. */
export function fmtPercent(n, digits = 1) {
  if (n === null || n === undefined) return '';
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: digits }).format(Number(n) / 100);
}

/** An ISO date (yyyy-mm-dd) as a date of the locale; dates are calendar days, so no time zone. */
export function fmtDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function fmtDateTime(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

// Helpers shared by the region admin's pages (home, review queue, report under review, calendar).
import { api, tenantPath } from '../core/api.js';
import { t } from '../core/i18n.js';

/** The statuses a unit's report can stand in, "not started" first. */
export const STATUSES = ['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'];

/** A report status in the reader's language. */
export function statusText(status) {
  return t('status.' + status);
}

/** The console address of one report under review. */
export function reviewHash(formCode, orgUnitId, period) {
  return '#/review/' + [formCode, orgUnitId, period].map(encodeURIComponent).join('/');
}

/**
 * The tenant's whole reporting calendar: every form of every plan year. The forms and periods the
 * review pages offer come from it.
 */
export function loadCalendar() {
  return api.get(tenantPath('calendar', 'windows'));
}

/** The periods of the calendar, latest first. */
export function periodsOf(windows) {
  return [...new Set(windows.map((w) => w.period))].sort().reverse();
}

/** The forms of the calendar (one entry per code), in plan order. */
export function formsOf(windows) {
  const seen = new Map();
  windows.forEach((w) => {
    if (!seen.has(w.formCode)) seen.set(w.formCode, w);
  });
  return [...seen.values()];
}

/** An org unit's name ({zh, en}) in the reader's language, or its id. */
export function unitName(name, id, text) {
  if (name && typeof name === 'object') return text(name) || id;
  return name || id;
}

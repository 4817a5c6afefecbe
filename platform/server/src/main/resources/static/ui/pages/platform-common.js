// What the platform operator's pages share: the plans the server serves (with their years, so a
// tenant's plans read in time order), the tenants, and small badges for states and sources.
import { h } from '../core/vue.js';
import { t, text } from '../core/i18n.js';
import { api } from '../core/api.js';

/** The plans served now, by id: {id, title, period: {startYear, endYear}, plugin: {id, version}}. */
export async function loadPlans() {
  const plans = await api.get('/api/v1/plans');
  return Object.fromEntries((plans || []).map((p) => [p.id, p]));
}

/** Every tenant, active or not, by name order of its id. */
export async function loadTenants() {
  const tenants = await api.get('/api/v1/tenants');
  return (tenants || []).slice().sort((a, b) => a.id.localeCompare(b.id));
}

/** A plan's years, e.g. 2016–2020; empty when the plan is not served now. */
export function planYears(plan) {
  return plan && plan.period ? `${plan.period.startYear}–${plan.period.endYear}` : '';
}

/**
 * A tenant's plans as a list in the order it runs them (earliest first, as PlanSequence keeps
 * them), each with its years, or marked when no plugin serves it now.
 */
export function PlanList(planIds, plans, test = 'tenant-plans') {
  if (!planIds || planIds.length === 0) return h('span', { class: 'muted' }, t('platform.no-plans'));
  return h(
    'ol',
    { class: 'platform-plans', 'data-test': test },
    planIds.map((id) => {
      const plan = plans[id];
      return h('li', { key: id, 'data-plan': id }, [
        h('code', id),
        ' ',
        plan ? h('span', { class: 'platform-plan-years' }, `(${planYears(plan)})`) : h('span', { class: 'badge badge-warn' }, t('platform.plan-not-served')),
        plan && plan.title ? h('span', { class: 'platform-plan-title' }, text(plan.title)) : null,
      ]);
    }),
  );
}

/** The tenants running any of the given plans: who is affected when a plugin stops. */
export function tenantsUsing(planIds, tenants) {
  const ids = new Set(planIds || []);
  return (tenants || []).filter((tenant) => (tenant.plans || []).some((p) => ids.has(p)));
}

const STATE_CLASS = { LOADED: 'ok', REFUSED: 'bad', DISABLED: 'neutral', ACTIVE: 'ok', INACTIVE: 'warn', VALID: 'ok', INVALID: 'bad' };

/** A state in words with a colour that only helps (the text carries the meaning). */
export function StateBadge(state, test = 'state') {
  return h('span', { class: `badge badge-${STATE_CLASS[state] || 'neutral'}`, 'data-test': test, 'data-state': state }, t(`platform.state.${state}`));
}

/** A tenant's name in the chosen language, with its id. */
export function tenantName(tenant) {
  return tenant ? text(tenant.name) || tenant.id : '';
}

// The platform operator's tenants: each with its region (name, level, division code), whether it
// is active, its plans in the order it runs them with their years, and where it comes from (a
// tenant file, which wins at every start, or the API). One tenant's detail shows its revisions;
// tenants created through the API can be deactivated and activated, and new ones created here.
import { h, ref, reactive, computed, watch, onMounted } from '../core/vue.js';
import { t, fmtDateTime } from '../core/i18n.js';
import { api, fieldErrors } from '../core/api.js';
import { go, href } from '../core/router.js';
import { Page, Field, Notice, ProblemAlert, Spinner, Table, Dialog, toast } from '../core/ui.js';
import { loadPlans, loadTenants, PlanList, StateBadge, tenantName, planYears } from './platform-common.js';

const LEVELS = ['PROVINCE', 'CITY', 'DISTRICT', 'COUNTY_CITY', 'COUNTY'];

const sourceText = (tenant) => (tenant.source === 'API' ? t('platform.tenants.source-api') : t('platform.tenants.source-file', `${tenant.id}.yaml`));

/** The create form: the same content as a tenant file. */
function CreateForm({ form, errors, plans, busy, onSubmit, onCancel }) {
  const input = (id, key, extra = {}) =>
    Field({ id, label: t(`platform.tenants.field.${key}`), help: extra.help, error: errors[key], required: true }, (attrs) =>
      h('input', { ...attrs, type: 'text', value: form[key], 'data-test': `tenant-${key}`, autocomplete: 'off', onInput: (ev) => (form[key] = ev.target.value), ...extra.attrs }),
    );
  // Plans in time order, so the ticked ones are sent earliest first as the API wants them.
  const ordered = Object.values(plans).sort((a, b) => a.period.startYear - b.period.startYear || a.id.localeCompare(b.id));
  return h('form', { class: 'card platform-tenant-form', 'data-test': 'tenant-form', 'aria-labelledby': 'tenant-form-title', onSubmit: (ev) => (ev.preventDefault(), onSubmit()) }, [
    h('h2', { id: 'tenant-form-title' }, t('platform.tenants.create-title')),
    h('p', { class: 'muted' }, t('platform.tenants.create-help')),
    input('tenant-id', 'id', { help: t('platform.tenants.field.id-help') }),
    input('tenant-name-zh', 'nameZh', { attrs: { lang: 'zh-CN' } }),
    input('tenant-name-en', 'nameEn', { attrs: { lang: 'en' } }),
    input('tenant-division', 'divisionCode', { help: t('platform.tenants.field.divisionCode-help'), attrs: { inputmode: 'numeric' } }),
    Field({ id: 'tenant-level', label: t('platform.tenants.field.level'), error: errors.level, required: true }, (attrs) =>
      h('select', { ...attrs, value: form.level, 'data-test': 'tenant-level', onChange: (ev) => (form.level = ev.target.value) }, [
        h('option', { value: '' }, t('platform.tenants.choose-level')),
        ...LEVELS.map((l) => h('option', { value: l, selected: form.level === l }, t(`platform.level.${l}`))),
      ]),
    ),
    h('fieldset', { class: ['platform-plan-choice', errors.plans ? 'field-error' : null], 'aria-describedby': errors.plans ? 'tenant-plans-error' : undefined }, [
      h('legend', t('platform.tenants.field.plans')),
      ...ordered.map((p) =>
        h('label', { key: p.id, class: 'platform-check' }, [
          h('input', {
            type: 'checkbox',
            value: p.id,
            checked: form.plans.includes(p.id),
            'data-test': `tenant-plan-${p.id}`,
            onChange: (ev) => {
              const chosen = new Set(form.plans);
              if (ev.target.checked) chosen.add(p.id);
              else chosen.delete(p.id);
              form.plans = ordered.map((o) => o.id).filter((id) => chosen.has(id));
            },
          }),
          h('span', [h('code', p.id), ` ${planYears(p)}`]),
        ]),
      ),
      errors.plans ? h('p', { class: 'error', id: 'tenant-plans-error', 'data-test': 'field-error' }, errors.plans) : null,
    ]),
    h('div', { class: 'dialog-actions' }, [
      h('button', { type: 'button', onClick: onCancel }, t('common.cancel')),
      h('button', { type: 'submit', class: 'primary', disabled: busy, 'data-test': 'tenant-create' }, t('platform.tenants.create')),
    ]),
  ]);
}

export default {
  props: { params: Object, query: Object },
  setup(props) {
    const data = reactive({ tenants: null, plans: {} });
    const error = ref(null);
    const detail = reactive({ tenant: null, revisions: null, error: null });
    const creating = ref(false);
    const form = reactive({ id: '', nameZh: '', nameEn: '', divisionCode: '', level: '', plans: [] });
    const formState = reactive({ busy: false, error: null, errors: {} });
    const confirm = reactive({ open: false, busy: false, error: null });

    const selectedId = computed(() => (props.query && props.query.tenant) || null);

    async function load() {
      error.value = null;
      try {
        const [tenants, plans] = await Promise.all([loadTenants(), loadPlans()]);
        Object.assign(data, { tenants, plans });
      } catch (e) {
        error.value = e;
      }
    }

    async function loadDetail(id) {
      Object.assign(detail, { tenant: null, revisions: null, error: null });
      if (!id) return;
      try {
        const [tenant, revisions] = await Promise.all([api.get(`/api/v1/tenants/${encodeURIComponent(id)}`), api.get(`/api/v1/tenants/${encodeURIComponent(id)}/revisions`)]);
        Object.assign(detail, { tenant, revisions });
      } catch (e) {
        detail.error = e;
      }
    }

    onMounted(() => Promise.all([load(), loadDetail(selectedId.value)]));
    watch(selectedId, (id) => loadDetail(id));

    async function create() {
      Object.assign(formState, { busy: true, error: null, errors: {} });
      const body = { id: form.id.trim(), name: { zh: form.nameZh, en: form.nameEn }, divisionCode: form.divisionCode.trim(), level: form.level || null, plans: form.plans };
      try {
        const tenant = await api.post('/api/v1/tenants', body);
        toast(t('platform.tenants.created', tenant.id));
        creating.value = false;
        Object.assign(form, { id: '', nameZh: '', nameEn: '', divisionCode: '', level: '', plans: [] });
        await load();
        go(href('/platform/tenants', { tenant: tenant.id }));
      } catch (e) {
        const byField = fieldErrors(e);
        formState.errors = { id: byField.id, nameZh: byField['name.zh'], nameEn: byField['name.en'], divisionCode: byField.divisionCode, level: byField.level, plans: byField.plans };
        formState.error = e;
      } finally {
        formState.busy = false;
      }
    }

    async function setActive(active) {
      const id = detail.tenant.id;
      confirm.busy = true;
      confirm.error = null;
      try {
        await api.post(`/api/v1/tenants/${encodeURIComponent(id)}/${active ? 'activate' : 'deactivate'}`);
        toast(t(active ? 'platform.tenants.activated' : 'platform.tenants.deactivated', id));
        confirm.open = false;
        await Promise.all([load(), loadDetail(id)]);
      } catch (e) {
        confirm.error = e;
      } finally {
        confirm.busy = false;
      }
    }

    function links(tenant) {
      return h('span', { class: 'platform-links' }, [
        h('a', { href: href('/platform/tenants', { tenant: tenant.id }), 'data-test': 'tenant-open', 'aria-label': t('platform.tenants.open-named', tenantName(tenant)) }, t('platform.tenants.open')),
        h('a', { href: href('/progress', { tenant: tenant.id }), 'aria-label': t('platform.tenants.progress-named', tenantName(tenant)) }, t('platform.tenants.progress')),
      ]);
    }

    function list() {
      return Table({
        caption: t('platform.tenants.list-title'),
        rows: data.tenants,
        rowKey: (r) => r.id,
        rowTest: 'tenant-row',
        columns: [
          { key: 'name', label: t('platform.tenants.name'), header: true, render: (r) => h('span', { 'data-tenant': r.id }, [tenantName(r), h('br'), h('code', { class: 'muted' }, r.id)]) },
          { key: 'region', label: t('platform.tenants.region'), render: (r) => [t(`platform.level.${r.level}`), h('br'), h('span', { class: 'muted' }, r.divisionCode)] },
          { key: 'active', label: t('platform.tenants.state'), render: (r) => StateBadge(r.active ? 'ACTIVE' : 'INACTIVE', 'tenant-state') },
          { key: 'plans', label: t('platform.tenants.plans'), render: (r) => PlanList(r.plans, data.plans) },
          { key: 'source', label: t('platform.tenants.source'), render: (r) => h('span', { 'data-test': 'tenant-source', 'data-source': r.source }, sourceText(r)) },
          { key: 'links', label: t('common.actions'), render: links },
        ],
      });
    }

    function revisionChange(r) {
      const tn = r.tenant;
      if (!tn) return '';
      return `${tenantName(tn)} · ${t(`platform.level.${tn.level}`)} ${tn.divisionCode} · ${t(tn.active ? 'platform.state.ACTIVE' : 'platform.state.INACTIVE')} · ${(tn.plans || []).join(' → ')}`;
    }

    function detailView() {
      if (!selectedId.value) return null;
      if (detail.error) return h('section', { class: 'card' }, [ProblemAlert(detail.error)]);
      const tn = detail.tenant;
      if (!tn) return Spinner();
      const managedByFile = tn.source !== 'API';
      return h('section', { class: 'card platform-tenant', 'data-test': 'tenant-detail', 'data-tenant': tn.id, 'aria-labelledby': 'tenant-detail-title' }, [
        h('header', { class: 'platform-card-head' }, [h('h2', { id: 'tenant-detail-title' }, tenantName(tn)), StateBadge(tn.active ? 'ACTIVE' : 'INACTIVE', 'tenant-detail-state')]),
        h('dl', { class: 'platform-facts' }, [
          h('dt', t('platform.tenants.id')),
          h('dd', h('code', tn.id)),
          h('dt', t('platform.tenants.region')),
          h('dd', `${t(`platform.level.${tn.level}`)} · ${tn.divisionCode}`),
          h('dt', t('platform.tenants.plans')),
          h('dd', PlanList(tn.plans, data.plans, 'tenant-detail-plans')),
          h('dt', t('platform.tenants.source')),
          h('dd', { 'data-test': 'tenant-detail-source' }, sourceText(tn)),
        ]),
        managedByFile
          ? Notice('info', t('platform.tenants.file-managed', `${tn.id}.yaml`), 'tenant-file-managed')
          : h('div', { class: 'platform-actions' }, [
              tn.active
                ? h('button', { type: 'button', class: 'danger', 'data-test': 'tenant-deactivate', onClick: () => Object.assign(confirm, { open: true, error: null }) }, t('platform.tenants.deactivate'))
                : h('button', { type: 'button', class: 'primary', 'data-test': 'tenant-activate', onClick: () => Object.assign(confirm, { open: true, error: null }) }, t('platform.tenants.activate')),
            ]),
        h('h3', t('platform.tenants.revisions')),
        Table({
          caption: t('platform.tenants.revisions-caption', tenantName(tn)),
          rows: detail.revisions,
          rowKey: (r) => r.revision,
          rowTest: 'tenant-revision',
          columns: [
            { key: 'revision', label: '#', numeric: true },
            { key: 'at', label: t('platform.tenants.rev-at'), render: (r) => fmtDateTime(r.at) },
            { key: 'actor', label: t('platform.tenants.rev-actor'), render: (r) => r.actor },
            { key: 'action', label: t('platform.tenants.rev-action'), render: (r) => h('span', { 'data-action': r.action }, t(`platform.tenants.action.${r.action}`)) },
            { key: 'tenant', label: t('platform.tenants.rev-became'), render: revisionChange },
          ],
        }),
        h('p', [h('a', { href: href('/platform/tenants') }, t('platform.tenants.back'))]),
        confirmDialog(tn),
      ]);
    }

    function confirmDialog(tn) {
      const action = tn.active ? 'deactivate' : 'activate';
      return h(
        Dialog,
        { open: confirm.open, title: t(`platform.tenants.confirm-${action}-title`, tenantName(tn)), test: 'confirm-tenant', onClose: () => (confirm.open = false) },
        {
          default: () => [
            h('p', t(`platform.tenants.confirm-${action}-text`)),
            ProblemAlert(confirm.error),
            h('div', { class: 'dialog-actions' }, [
              h('button', { type: 'button', onClick: () => (confirm.open = false) }, t('common.cancel')),
              h('button', { type: 'button', class: tn.active ? 'danger' : 'primary', disabled: confirm.busy, 'data-test': `confirm-${action}`, onClick: () => setActive(!tn.active) }, t(`platform.tenants.${action}`)),
            ]),
          ],
        },
      );
    }

    return () =>
      Page(
        {
          title: t('platform.tenants.title'),
          test: 'platform-tenants',
          actions: creating.value ? null : [h('button', { type: 'button', class: 'primary', 'data-test': 'tenant-new', onClick: () => (creating.value = true) }, t('platform.tenants.new'))],
        },
        [
          h('p', { class: 'muted' }, t('platform.tenants.intro')),
          ProblemAlert(error.value),
          creating.value
            ? [ProblemAlert(formState.error), CreateForm({ form, errors: formState.errors, plans: data.plans, busy: formState.busy, onSubmit: create, onCancel: () => (creating.value = false) })]
            : null,
          detailView(),
          data.tenants === null && !error.value ? Spinner() : h('section', { class: 'platform-tenants-list', 'aria-labelledby': 'tenants-list-title' }, [h('h2', { id: 'tenants-list-title' }, t('platform.tenants.list-title')), list()]),
        ],
      );
  },
};

// The platform operator's plugins: every plan plugin the server found or was given, loaded or
// refused (with the refusal's reasons word for word, so the operator can fix the jar), uploading a
// new one or a new version, and enabling, disabling and deleting those installed through the API.
// Disabling or deleting says first which tenants run the plugin's plans, as they lose their forms.
import { h, ref, reactive, computed, onMounted } from '../core/vue.js';
import { t, fmtDateTime } from '../core/i18n.js';
import { api, ApiError, problemText } from '../core/api.js';
import { Page, Field, Notice, ProblemAlert, Spinner, Dialog, toast } from '../core/ui.js';
import { loadPlans, loadTenants, PlanList, StateBadge, tenantsUsing, tenantName } from './platform-common.js';

const ORDER = { REFUSED: 0, LOADED: 1, DISABLED: 2 };

/**
 * One row per plugin: the load reports, joined with the installed jars so a disabled one (which no
 * longer loads, hence has no report) is still listed and can be enabled again.
 */
function pluginRows(reports, installed) {
  const byId = Object.fromEntries((installed || []).map((j) => [j.pluginId, j]));
  const rows = (reports || []).map((r) => {
    const jar = r.source === 'INSTALLED' ? byId[r.pluginId] : null;
    const state = jar && jar.enabled === false ? 'DISABLED' : r.status;
    return { ...r, key: `${r.source}:${r.pluginId || ''}:${r.file || ''}`, state, jar };
  });
  const reported = new Set(rows.filter((r) => r.source === 'INSTALLED').map((r) => r.pluginId));
  for (const jar of installed || []) {
    if (!reported.has(jar.pluginId)) {
      rows.push({ key: `INSTALLED:${jar.pluginId}`, pluginId: jar.pluginId, version: jar.version, source: 'INSTALLED', state: jar.enabled ? 'LOADED' : 'DISABLED', planIds: [], problems: [], jar });
    }
  }
  return rows.sort((a, b) => ORDER[a.state] - ORDER[b.state] || String(a.pluginId || a.file).localeCompare(String(b.pluginId || b.file)));
}

export default {
  props: { params: Object, query: Object },
  setup() {
    const data = reactive({ reports: null, installed: [], tenants: [], plans: {} });
    const error = ref(null);
    const upload = reactive({ file: null, busy: false, result: null, error: null, fileName: '' });
    const confirm = reactive({ action: null, row: null, busy: false, error: null });
    const busyRow = ref(null);

    async function load() {
      error.value = null;
      try {
        const [reports, installed, tenants, plans] = await Promise.all([api.get('/api/v1/plugins'), api.get('/api/v1/plugins/installed'), loadTenants(), loadPlans()]);
        Object.assign(data, { reports, installed, tenants, plans });
      } catch (e) {
        error.value = e;
      }
    }
    onMounted(load);

    const rows = computed(() => (data.reports ? pluginRows(data.reports, data.installed) : []));
    const counts = computed(() => ({
      loaded: rows.value.filter((r) => r.state === 'LOADED').length,
      refused: rows.value.filter((r) => r.state === 'REFUSED').length,
      disabled: rows.value.filter((r) => r.state === 'DISABLED').length,
    }));

    async function send(confirmed) {
      if (!upload.file) {
        upload.error = new Error(t('platform.plugins.choose-jar'));
        return;
      }
      const form = new FormData();
      form.append('jar', upload.file, upload.file.name);
      Object.assign(upload, { busy: true, result: null, error: null, fileName: upload.file.name });
      try {
        upload.result = await api.upload('/api/v1/plugins', form, confirmed ? { confirm: 'true' } : undefined);
        toast(t('platform.plugins.installed', upload.result.pluginId, upload.result.version));
        await load();
      } catch (e) {
        upload.error = e;
      } finally {
        upload.busy = false;
      }
    }

    async function setEnabled(row, enabled) {
      busyRow.value = row.key;
      try {
        await api.post(`/api/v1/plugins/${encodeURIComponent(row.pluginId)}/${enabled ? 'enable' : 'disable'}`);
        toast(t(enabled ? 'platform.plugins.enabled' : 'platform.plugins.disabled', row.pluginId));
        await load();
        return true;
      } catch (e) {
        error.value = e;
        return false;
      } finally {
        busyRow.value = null;
      }
    }

    async function confirmed() {
      const { action, row } = confirm;
      confirm.busy = true;
      confirm.error = null;
      try {
        if (action === 'disable') {
          await api.post(`/api/v1/plugins/${encodeURIComponent(row.pluginId)}/disable`);
          toast(t('platform.plugins.disabled', row.pluginId));
        } else {
          await api.del(`/api/v1/plugins/${encodeURIComponent(row.pluginId)}`);
          toast(t('platform.plugins.deleted', row.pluginId));
        }
        Object.assign(confirm, { action: null, row: null });
        await load();
      } catch (e) {
        confirm.error = e;
      } finally {
        confirm.busy = false;
      }
    }

    function uploadOutcome() {
      if (upload.busy) return Notice('info', t('platform.plugins.uploading', upload.fileName), 'upload-busy');
      if (upload.result) {
        const r = upload.result;
        return Notice('ok', t('platform.plugins.upload-ok', r.pluginId, r.version, (r.planIds || []).join(', ')), 'upload-ok');
      }
      const e = upload.error;
      if (!e) return null;
      const reasons = (e instanceof ApiError && e.problem.reasons) || [];
      const stranded = e instanceof ApiError && e.status === 409 && e.problem.affectedReports;
      return h('div', { class: 'notice notice-bad', role: 'alert', 'data-test': 'upload-refused' }, [
        // With reasons, the title and the list say it all (the detail only joins the reasons).
        h('p', { class: 'platform-problem-title' }, reasons.length && e.problem.title ? e.problem.title : problemText(e)),
        reasons.length ? h('ul', { class: 'platform-problems' }, reasons.map((r, i) => h('li', { key: i, 'data-test': 'upload-reason' }, r))) : null,
        stranded
          ? h('p', [
              t('platform.plugins.strands', e.problem.affectedReports.length),
              ' ',
              h('button', { type: 'button', class: 'danger', 'data-test': 'upload-confirm', onClick: () => send(true) }, t('platform.plugins.upgrade-anyway')),
            ])
          : null,
      ]);
    }

    function uploadCard() {
      return h('section', { class: 'card platform-upload', 'aria-labelledby': 'upload-title' }, [
        h('h2', { id: 'upload-title' }, t('platform.plugins.upload-title')),
        h('form', { onSubmit: (ev) => (ev.preventDefault(), send(false)) }, [
          Field({ id: 'plugin-jar', label: t('platform.plugins.jar'), help: t('platform.plugins.jar-help') }, (attrs) =>
            h('input', {
              ...attrs,
              type: 'file',
              accept: '.jar,application/java-archive',
              'data-test': 'plugin-jar',
              onChange: (ev) => {
                upload.file = ev.target.files[0] || null;
                upload.result = null;
                upload.error = null;
              },
            }),
          ),
          h('button', { type: 'submit', class: 'primary', disabled: upload.busy, 'data-test': 'upload-plugin' }, upload.busy ? t('platform.plugins.uploading-short') : t('platform.plugins.upload')),
        ]),
        h('div', { 'aria-live': 'polite' }, [uploadOutcome()]),
      ]);
    }

    function source(row) {
      if (row.source !== 'INSTALLED') return t('platform.plugins.source-directory');
      if (!row.jar) return t('platform.plugins.source-installed');
      return t('platform.plugins.source-installed-by', row.jar.installedBy, fmtDateTime(row.jar.installedAt));
    }

    function detail(label, value, test) {
      return [h('dt', label), h('dd', { 'data-test': test }, value)];
    }

    function actions(row) {
      if (row.source !== 'INSTALLED' || !row.pluginId) return null;
      const busy = busyRow.value === row.key;
      const name = row.pluginId;
      return h('div', { class: 'platform-actions' }, [
        row.state === 'DISABLED'
          ? h('button', { type: 'button', class: 'primary', disabled: busy, 'data-test': 'enable-plugin', 'aria-label': t('platform.plugins.enable-named', name), onClick: () => setEnabled(row, true) }, t('platform.plugins.enable'))
          : h('button', { type: 'button', disabled: busy, 'data-test': 'disable-plugin', 'aria-label': t('platform.plugins.disable-named', name), onClick: () => Object.assign(confirm, { action: 'disable', row, error: null }) }, t('platform.plugins.disable')),
        h('button', { type: 'button', class: 'link-button', disabled: busy, 'data-test': 'delete-plugin', 'aria-label': t('platform.plugins.delete-named', name), onClick: () => Object.assign(confirm, { action: 'delete', row, error: null }) }, t('platform.plugins.delete')),
      ]);
    }

    function pluginCard(row) {
      const users = tenantsUsing(row.planIds, data.tenants);
      const headingId = `plugin-${row.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
      return h('article', { key: row.key, class: ['card', 'platform-plugin', `platform-plugin-${row.state.toLowerCase()}`], 'aria-labelledby': headingId, 'data-test': 'plugin', 'data-plugin': row.pluginId || '', 'data-state': row.state }, [
        h('header', { class: 'platform-card-head' }, [
          h('h3', { id: headingId }, [row.pluginId || row.file || '?', row.version ? h('span', { class: 'platform-version' }, ` ${row.version}`) : null]),
          StateBadge(row.state, 'plugin-state'),
        ]),
        h('dl', { class: 'platform-facts' }, [
          ...(row.file ? detail(t('platform.plugins.file'), h('code', row.file), 'plugin-file') : []),
          ...detail(t('platform.plugins.source'), source(row), 'plugin-source'),
          ...(row.requires ? detail(t('platform.plugins.requires'), h('code', row.requires)) : []),
          // A refused jar serves no plan: say nothing rather than "no plans".
          ...(row.state === 'REFUSED' && !(row.planIds && row.planIds.length) ? [] : detail(t('platform.plugins.plans'), PlanList(row.planIds, data.plans, 'plugin-plans'))),
          ...(row.planIds && row.planIds.length ? detail(t('platform.plugins.tenants'), users.length ? users.map(tenantName).join('、') : t('platform.plugins.no-tenants'), 'plugin-tenants') : []),
        ]),
        row.problems && row.problems.length
          ? h('div', { class: 'platform-refusal' }, [
              h('h4', t('platform.plugins.why-refused')),
              h('ul', { class: 'platform-problems' }, row.problems.map((p, i) => h('li', { key: i, 'data-test': 'plugin-problem' }, p))),
            ])
          : null,
        actions(row),
      ]);
    }

    function confirmDialog() {
      const { action, row } = confirm;
      const users = row ? tenantsUsing(row.planIds, data.tenants) : [];
      return h(
        Dialog,
        { open: !!action, title: action ? t(`platform.plugins.confirm-${action}-title`, row.pluginId) : '', test: 'confirm-plugin', onClose: () => Object.assign(confirm, { action: null, row: null }) },
        {
          default: () =>
            action
              ? [
                  h('p', t(`platform.plugins.confirm-${action}-text`)),
                  users.length
                    ? [
                        h('p', t('platform.plugins.confirm-tenants', users.length)),
                        h(
                          'ul',
                          { 'data-test': 'confirm-tenants' },
                          users.map((u) => h('li', { key: u.id }, `${tenantName(u)} (${u.id}): ${u.plans.filter((p) => row.planIds.includes(p)).join(', ')}`)),
                        ),
                      ]
                    : h('p', { 'data-test': 'confirm-no-tenants' }, t('platform.plugins.confirm-no-tenants')),
                  ProblemAlert(confirm.error),
                  h('div', { class: 'dialog-actions' }, [
                    h('button', { type: 'button', onClick: () => Object.assign(confirm, { action: null, row: null }) }, t('common.cancel')),
                    h('button', { type: 'button', class: 'danger', disabled: confirm.busy, 'data-test': `confirm-${action}`, onClick: confirmed }, t(`platform.plugins.${action}`)),
                  ]),
                ]
              : null,
        },
      );
    }

    return () =>
      Page({ title: t('platform.plugins.title'), test: 'platform-plugins' }, [
        h('p', { class: 'muted' }, t('platform.plugins.intro')),
        ProblemAlert(error.value),
        uploadCard(),
        data.reports === null && !error.value
          ? Spinner()
          : h('section', { 'aria-labelledby': 'plugins-list-title' }, [
              h('h2', { id: 'plugins-list-title' }, t('platform.plugins.list-title')),
              h('p', { 'data-test': 'plugin-counts' }, t('platform.plugins.counts', counts.value.loaded, counts.value.refused, counts.value.disabled)),
              h('div', { class: 'platform-list' }, rows.value.map(pluginCard)),
            ]),
        confirmDialog(),
      ]);
  },
};

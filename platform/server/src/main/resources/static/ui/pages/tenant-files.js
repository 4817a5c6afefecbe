// How each tenant file read at the last start: the tenant it describes, or the problem (with its
// line and key, word for word) that kept it out, so the operator can open the file at that line
// and fix it. Refused files come first.
import { h, ref, computed, onMounted } from '../core/vue.js';
import { t, text } from '../core/i18n.js';
import { api } from '../core/api.js';
import { Page, Notice, ProblemAlert, Spinner } from '../core/ui.js';
import { loadPlans, PlanList, StateBadge } from './platform-common.js';

export default {
  props: { params: Object, query: Object },
  setup() {
    const files = ref(null);
    const plans = ref({});
    const error = ref(null);

    onMounted(async () => {
      try {
        const [read, served] = await Promise.all([api.get('/api/v1/platform/tenant-files'), loadPlans()]);
        files.value = read || [];
        plans.value = served;
      } catch (e) {
        error.value = e;
      }
    });

    const ordered = computed(() => (files.value || []).slice().sort((a, b) => Number(!!a.descriptor) - Number(!!b.descriptor) || a.file.localeCompare(b.file)));
    const refused = computed(() => ordered.value.filter((f) => !f.descriptor).length);

    function fileCard(f) {
      const ok = !!f.descriptor;
      const headingId = `file-${f.file.replace(/[^A-Za-z0-9_-]/g, '-')}`;
      return h('article', { key: f.file, class: ['card', 'platform-file', ok ? 'platform-file-ok' : 'platform-file-bad'], 'aria-labelledby': headingId, 'data-test': 'tenant-file', 'data-file': f.file, 'data-state': ok ? 'VALID' : 'INVALID' }, [
        h('header', { class: 'platform-card-head' }, [h('h2', { id: headingId, class: 'platform-file-name' }, h('code', f.file)), StateBadge(ok ? 'VALID' : 'INVALID', 'file-state')]),
        ok
          ? h('dl', { class: 'platform-facts' }, [
              h('dt', t('platform.files.tenant')),
              h('dd', [text(f.descriptor.name), ' ', h('code', f.descriptor.id)]),
              h('dt', t('platform.files.region')),
              h('dd', `${t(`platform.level.${f.descriptor.level}`)} · ${f.descriptor.divisionCode}`),
              h('dt', t('platform.files.plans')),
              h('dd', PlanList(f.descriptor.plans, plans.value)),
            ])
          : h('div', { class: 'platform-refusal' }, [
              h('p', { class: 'platform-where', 'data-test': 'file-line' }, f.line > 0 ? t('platform.files.at-line', f.file, f.line) : t('platform.files.whole-file', f.file)),
              f.field ? h('p', { class: 'platform-where', 'data-test': 'file-field' }, [t('platform.files.field'), ' ', h('code', f.field)]) : null,
              h('p', { class: 'platform-problem', 'data-test': 'file-problem' }, f.problem),
            ]),
      ]);
    }

    return () =>
      Page({ title: t('platform.files.title'), test: 'platform-tenant-files' }, [
        h('p', { class: 'muted' }, t('platform.files.intro')),
        ProblemAlert(error.value),
        files.value === null
          ? error.value
            ? null
            : Spinner()
          : [
              refused.value
                ? Notice('warn', t('platform.files.some-refused', refused.value, files.value.length), 'files-summary')
                : Notice('ok', t('platform.files.all-read', files.value.length), 'files-summary'),
              files.value.length === 0 ? h('p', { class: 'empty', 'data-test': 'empty' }, t('platform.files.none')) : h('div', { class: 'platform-list' }, ordered.value.map(fileCard)),
            ],
      ]);
  },
};

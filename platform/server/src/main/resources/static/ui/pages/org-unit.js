// One org unit: its details today, every version with its dates and what changed, and the units it
// was merged or split from or into.
import { h, ref, onMounted } from '../core/vue.js';
import { t, text, fmtDate, fmtDateTime, fmtNumber } from '../core/i18n.js';
import { api, tenantPath } from '../core/api.js';
import { Page, Spinner, ProblemAlert, Table } from '../core/ui.js';

/** The attributes a version can change, with how each is shown. */
const ATTRIBUTES = [
  ['name', (u) => u.name?.zh],
  ['name_en', (u) => u.name?.en],
  ['parent', (u) => u.parentId],
  ['area', (u) => (u.area ? t(`orgunits.area.${u.area}`) : null)],
  ['population', (u) => (u.population == null ? null : fmtNumber(u.population))],
  ['households', (u) => (u.households == null ? null : fmtNumber(u.households))],
  ['division_code', (u) => u.divisionCode],
  ['tags', (u) => ((u.tags || []).length ? u.tags.join('; ') : null)],
];

/** What one version changed against the one before it, as readable lines. */
function changes(previous, unit) {
  if (!previous) return [t('orgunits.history.first')];
  const lines = [];
  for (const [column, show] of ATTRIBUTES) {
    const before = show(previous);
    const after = show(unit);
    if ((before ?? '') !== (after ?? '')) {
      lines.push(t('orgunits.history.from-to', t(`orgunits.column.${column}`), before ?? t('orgunits.empty-value'), after ?? t('orgunits.empty-value')));
    }
  }
  if (previous.active !== unit.active) {
    lines.push(t('orgunits.history.from-to', t('orgunits.unit.status'), previous.active ? t('orgunits.unit.active') : t('orgunits.inactive'), unit.active ? t('orgunits.unit.active') : t('orgunits.inactive')));
  }
  return lines.length ? lines : [t('orgunits.history.nothing')];
}

function validity(u) {
  return u.validTo ? t('orgunits.unit.valid-range', fmtDate(u.validFrom), fmtDate(u.validTo)) : t('orgunits.unit.valid-from', fmtDate(u.validFrom));
}

const unitLink = (id) => h('a', { href: `#/org-units/${encodeURIComponent(id)}` }, id);

export default {
  props: { params: Object, query: Object },
  setup(props) {
    const unit = ref(null);
    const history = ref(null);
    const error = ref(null);
    const id = props.params.id;

    onMounted(async () => {
      try {
        const hist = await api.get(tenantPath('org-units', id, 'history'));
        // Today's version; a unit whose first version starts later shows its latest one.
        const u = await api.get(tenantPath('org-units', id)).catch(() => hist.versions[hist.versions.length - 1].unit);
        unit.value = u;
        history.value = hist;
      } catch (e) {
        error.value = e;
      }
    });

    function details(u) {
      const rows = [
        ['orgunits.field.id', u.id],
        ['orgunits.field.name', u.name?.zh],
        ['orgunits.field.name-en', u.name?.en],
        ['orgunits.field.level', t(`orgunits.level.${u.level}`)],
        ['orgunits.field.parent', u.parentId ? unitLink(u.parentId) : null],
        ['orgunits.field.area', u.area ? t(`orgunits.area.${u.area}`) : null],
        ['orgunits.field.population', u.population == null ? null : fmtNumber(u.population)],
        ['orgunits.field.households', u.households == null ? null : fmtNumber(u.households)],
        ['orgunits.field.division-code', u.divisionCode],
        ['orgunits.field.tags', (u.tags || []).join('; ') || null],
        ['orgunits.unit.status', h('span', { class: u.active ? 'badge badge-ok' : 'badge badge-neutral', 'data-test': 'unit-status' }, u.active ? t('orgunits.unit.active') : t('orgunits.inactive'))],
        ['orgunits.unit.valid', validity(u)],
      ];
      return h('section', { class: 'card' }, [
        h('h2', t('orgunits.unit.details')),
        h('dl', { class: 'orgunits-details' }, rows.flatMap(([k, v]) => [h('dt', t(k)), h('dd', v ?? '—')])),
      ]);
    }

    function lineage(hist) {
      const items = [
        ...hist.predecessors.map((l) => h('li', { 'data-test': 'lineage' }, [t(`orgunits.lineage.from-${l.kind}`), ' ', unitLink(l.predecessor), t('orgunits.lineage.on', fmtDate(l.effective))])),
        ...hist.successors.map((l) => h('li', { 'data-test': 'lineage' }, [t(`orgunits.lineage.to-${l.kind}`), ' ', unitLink(l.successor), t('orgunits.lineage.on', fmtDate(l.effective))])),
      ];
      return h('section', { class: 'card' }, [h('h2', t('orgunits.lineage.title')), items.length ? h('ul', { class: 'orgunits-lineage' }, items) : h('p', { class: 'muted' }, t('orgunits.lineage.none'))]);
    }

    function versions(hist) {
      const rows = hist.versions.map((v, i) => ({ ...v, previous: i > 0 ? hist.versions[i - 1].unit : null }));
      return h('section', { class: 'orgunits-history' }, [
        h('h2', t('orgunits.history.title')),
        Table({
          caption: t('orgunits.history.caption'),
          rowKey: (r) => r.unit.revision,
          rowTest: 'history-row',
          rows,
          columns: [
            { key: 'revision', label: t('orgunits.history.revision'), numeric: true, render: (r) => String(r.unit.revision) },
            { key: 'valid', label: t('orgunits.history.valid'), render: (r) => validity(r.unit) },
            { key: 'change', label: t('orgunits.history.change'), render: (r) => h('span', { 'data-test': 'history-change', 'data-change': r.change }, t(`orgunits.change.${r.change}`)) },
            { key: 'what', label: t('orgunits.history.what'), render: (r) => h('ul', { class: 'orgunits-changes' }, changes(r.previous, r.unit).map((line) => h('li', line))) },
            { key: 'by', label: t('orgunits.history.by'), render: (r) => r.changedBy },
            { key: 'at', label: t('orgunits.history.at'), render: (r) => fmtDateTime(r.changedAt) },
          ],
        }),
      ]);
    }

    return () => {
      const u = unit.value;
      const title = u ? t('orgunits.unit.title', text(u.name) || u.id) : t('orgunits.title');
      let body;
      if (error.value) body = [ProblemAlert(error.value)];
      else if (!u || !history.value) body = [Spinner()];
      else body = [details(u), versions(history.value), lineage(history.value)];
      return Page({ title, test: 'org-unit', actions: [h('a', { class: 'button', href: '#/org-units' }, t('orgunits.unit.back'))] }, body);
    };
  },
};

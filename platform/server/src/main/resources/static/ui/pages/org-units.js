// The tenant's org-unit tree (区域管理员): expandable by keyboard, searchable by name or code, and
// every change (add, edit, move, deactivate, merge, split) with its effective date.
import { h, ref, reactive, computed, onMounted } from '../core/vue.js';
import { t, text } from '../core/i18n.js';
import { api, tenantPath } from '../core/api.js';
import { href } from '../core/router.js';
import { Page, Spinner, ProblemAlert, Dialog, toast } from '../core/ui.js';
import { UnitForm, ACTIONS } from './org-unit-forms.js';

/** Every unit of the tree, depth first, with its path of ancestors. */
function flatten(roots) {
  const out = [];
  const walk = (node, path) => {
    out.push({ node, path });
    for (const child of node.children || []) walk(child, [...path, node]);
  };
  for (const root of roots) walk(root, []);
  return out;
}

function matches(node, q) {
  const needle = q.trim().toLowerCase();
  if (!needle) return false;
  return [node.id, node.name?.zh, node.name?.en].some((s) => s && s.toLowerCase().includes(needle));
}

export default {
  props: { params: Object, query: Object },
  setup(props) {
    const roots = ref(null);
    const error = ref(null);
    const q = ref(props.query?.q || '');
    const showInactive = ref(true);
    const expanded = reactive(new Set());
    const action = ref(null); // { kind, unit }
    const chooser = ref(null); // the unit whose actions are being chosen

    async function load() {
      error.value = null;
      try {
        const tree = await api.get(tenantPath('org-units'), { view: 'tree', includeInactive: showInactive.value });
        roots.value = tree.roots;
        if (expanded.size === 0) tree.roots.forEach((r) => expanded.add(r.id));
      } catch (e) {
        error.value = e;
      }
    }
    onMounted(load);

    const all = computed(() => (roots.value ? flatten(roots.value) : []));
    const results = computed(() => all.value.filter(({ node }) => matches(node, q.value)));

    function search(value) {
      q.value = value;
      // Keep the address shareable without re-creating the page on every key.
      history.replaceState(null, '', href('/org-units', { q: value }));
    }

    function toggle(id) {
      if (expanded.has(id)) expanded.delete(id);
      else expanded.add(id);
    }

    async function done(message) {
      action.value = null;
      toast(message);
      await load();
    }

    const name = (node) => text(node.name) || node.id;

    function nodeView(node, depth) {
      const kids = node.children || [];
      const open = expanded.has(node.id);
      return h('li', { key: node.id, class: ['tree-item', node.active ? null : 'inactive'], 'data-test': 'tree-node', 'data-id': node.id }, [
        h('div', { class: 'tree-row' }, [
          kids.length
            ? h(
                'button',
                { type: 'button', class: 'tree-toggle', 'aria-expanded': open ? 'true' : 'false', 'aria-label': t(open ? 'orgunits.collapse' : 'orgunits.expand', name(node)), 'data-test': 'tree-toggle', onClick: () => toggle(node.id) },
                h('span', { 'aria-hidden': 'true' }, open ? '▾' : '▸'),
              )
            : h('span', { class: 'tree-leaf', 'aria-hidden': 'true' }),
          h('a', { href: `#/org-units/${encodeURIComponent(node.id)}`, class: 'tree-name' }, name(node)),
          h('span', { class: 'tree-meta' }, [t(`orgunits.level.${node.level}`), node.area ? ` · ${t(`orgunits.area.${node.area}`)}` : '', ` · ${node.id}`]),
          node.active ? null : h('span', { class: 'badge badge-neutral', 'data-test': 'inactive' }, t('orgunits.inactive')),
          h('button', { type: 'button', class: 'tree-actions', 'aria-label': t('orgunits.actions-for', name(node)), 'data-test': 'unit-actions', onClick: () => (chooser.value = node) }, t('orgunits.actions')),
        ]),
        kids.length && open ? h('ul', { class: 'tree-children' }, kids.map((k) => nodeView(k, depth + 1))) : null,
      ]);
    }

    function choose(kind, unit) {
      chooser.value = null;
      action.value = { kind, unit };
    }

    /** The open dialog: first the actions of a unit, then the form of the chosen one. */
    function dialogView() {
      const unit = chooser.value || action.value?.unit;
      if (!unit) return null;
      const close = () => {
        chooser.value = null;
        action.value = null;
      };
      if (chooser.value) {
        return h(Dialog, { open: true, title: t('orgunits.actions-for', name(unit)), test: 'action-chooser', onClose: close }, () =>
          h('div', { class: 'orgunits-chooser-buttons' }, [
            ...ACTIONS.filter((a) => a.allowed(unit)).map((a) =>
              h('button', { type: 'button', 'data-test': `action-${a.kind}`, onClick: () => choose(a.kind, unit) }, t(`orgunits.action.${a.kind}`)),
            ),
            h('a', { class: 'button', href: `#/org-units/${encodeURIComponent(unit.id)}`, onClick: close }, t('orgunits.action.history')),
            h('button', { type: 'button', class: 'link-button', onClick: close }, t('common.cancel')),
          ]),
        );
      }
      const kind = action.value.kind;
      return h(Dialog, { open: true, title: t('orgunits.action-title', t(`orgunits.action.${kind}`), name(unit)), test: 'action-dialog', onClose: close }, () =>
        h(UnitForm, { key: `${kind}-${unit.id}`, kind, unit, units: all.value.map((x) => x.node), onDone: done, onCancel: close }),
      );
    }

    return () => {
      const searchBox = h('div', { class: 'field orgunits-search' }, [
        h('label', { for: 'orgunits-q' }, t('orgunits.search')),
        h('input', { id: 'orgunits-q', type: 'search', value: q.value, 'data-test': 'search', 'aria-describedby': 'orgunits-q-help', onInput: (e) => search(e.target.value) }),
        h('p', { class: 'help', id: 'orgunits-q-help' }, t('orgunits.search-help')),
      ]);
      const inactiveToggle = h('label', { class: 'orgunits-inactive-toggle' }, [
        h('input', { type: 'checkbox', checked: showInactive.value, 'data-test': 'show-inactive', onChange: (e) => { showInactive.value = e.target.checked; load(); } }),
        ' ',
        t('orgunits.show-inactive'),
      ]);
      let body;
      if (error.value) body = ProblemAlert(error.value);
      else if (!roots.value) body = Spinner();
      else if (q.value.trim()) {
        body = h('div', { class: 'orgunits-results' }, [
          h('p', { role: 'status', 'data-test': 'search-count' }, results.value.length ? t('orgunits.matches', results.value.length) : t('orgunits.no-matches', q.value.trim())),
          h(
            'ul',
            { class: 'orgunits-result-list' },
            results.value.map(({ node, path }) =>
              h('li', { key: node.id, class: node.active ? null : 'inactive', 'data-test': 'search-result', 'data-id': node.id }, [
                h('a', { href: `#/org-units/${encodeURIComponent(node.id)}` }, name(node)),
                h('span', { class: 'tree-meta' }, [` ${node.id} · ${t(`orgunits.level.${node.level}`)}`]),
                node.active ? null : h('span', { class: 'badge badge-neutral' }, t('orgunits.inactive')),
                h('span', { class: 'orgunits-path' }, [h('span', { class: 'orgunits-sr' }, `${t('orgunits.path')}: `), path.map((p) => name(p)).join(' › ') || '—']),
                h('button', { type: 'button', class: 'tree-actions', 'aria-label': t('orgunits.actions-for', name(node)), 'data-test': 'unit-actions', onClick: () => (chooser.value = node) }, t('orgunits.actions')),
              ]),
            ),
          ),
        ]);
      } else {
        body = h('ul', { class: 'tree', 'aria-label': t('orgunits.tree'), 'data-test': 'tree' }, roots.value.map((r) => nodeView(r, 0)));
      }
      return Page(
        { title: t('orgunits.title'), test: 'org-units', actions: [h('a', { class: 'button', href: '#/org-units-import' }, t('orgunits.import-link'))] },
        [
          h('div', { class: 'orgunits-tools' }, [searchBox, inactiveToggle]),
          dialogView(),
          body,
        ],
      );
    };
  },
};

// National analysts and platform admins: their dashboards and comparison come next; until then
// this page says where their work is.
import { h } from '../core/vue.js';
import { t } from '../core/i18n.js';
import { Page } from '../core/ui.js';

export default {
  setup() {
    return () => Page({ title: t('home.title'), test: 'home' }, [h('p', t('home.text')), h('p', [h('a', { href: '/v3/api-docs' }, t('home.api'))])]);
  },
};

import { ChartPie } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PERMISSIONS, PLUGIN_ID } from './constants';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Polls' });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: ChartPie,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Опитування / Polls' },
      Component: () => import('./pages/App'),
      permissions: PERMISSIONS.read,
    });
  },
  /** The page's own labels are bilingual literals; only the menu label goes through react-intl. */
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: { [`${PLUGIN_ID}.plugin.name`]: 'Опитування / Polls' } }));
  },
};

import { Mail } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PERMISSIONS, PLUGIN_ID } from './constants';
import { T } from './labels';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Core' });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Mail,
      intlLabel: { id: `${PLUGIN_ID}.notifications.menu`, defaultMessage: T.menu },
      Component: () => import('./pages/App'),
      permissions: PERMISSIONS.read,
    });
  },
  /** The page's own labels are bilingual literals; only the menu label goes through react-intl. */
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: { [`${PLUGIN_ID}.notifications.menu`]: T.menu } }));
  },
};

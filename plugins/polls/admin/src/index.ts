import { ChartPie } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { registerTranslations } from '@vzd/core/admin-ui';
import { PERMISSIONS, PLUGIN_ID } from './constants';
import { getTranslation } from './i18n';
import en from './translations/en.json';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Polls' });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: ChartPie,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: en['plugin.name'] },
      Component: () => import('./pages/App'),
      permissions: PERMISSIONS.read,
    });
  },
  registerTrads: registerTranslations(PLUGIN_ID, (locale) => import(`./translations/${locale}.json`)),
};

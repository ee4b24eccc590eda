import type { Core } from '@strapi/strapi';
import { createCoreSchema } from '../database/create-core-schema';
import { configureAccounts } from './accounts';
import { startNotifications } from './notifications';
import { countParticipation } from './observability';
import { registerPersonalData } from './personal-data';
import { keepSiteFresh } from './site-freshness';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await createCoreSchema(strapi.db.connection);
  await configureAccounts(strapi);
  await startNotifications(strapi);
  keepSiteFresh(strapi);
  countParticipation(strapi);
  registerPersonalData(strapi);
  await strapi.plugin('core').service('siteBuilder').resumeOutstanding();
};

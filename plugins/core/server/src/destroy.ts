import type { Core } from '@strapi/strapi';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.plugin('core').service('siteBuilder').cancel();
  await strapi.plugin('core').service('notifications').stop();
};

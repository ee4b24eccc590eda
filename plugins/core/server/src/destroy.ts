import type { Core } from '@strapi/strapi';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.plugin('core').service('siteBuilder').cancel();
};

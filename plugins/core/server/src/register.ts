import type { Core } from '@strapi/strapi';
import { enforceSessionVersions } from './users-permissions/session-version';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  enforceSessionVersions(strapi);
};

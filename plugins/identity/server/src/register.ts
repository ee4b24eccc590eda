import type { Core } from '@strapi/strapi';
import { extendUsersPermissionsAuth } from './users-permissions/extend-auth';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  extendUsersPermissionsAuth(strapi);
};

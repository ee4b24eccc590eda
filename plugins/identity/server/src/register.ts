import type { Core } from '@strapi/strapi';
import { extendUsersPermissionsAuth } from './users-permissions/extend-auth';
import { limitAccountRoutes } from './users-permissions/limit-account-routes';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  extendUsersPermissionsAuth(strapi);
  limitAccountRoutes(strapi);
};

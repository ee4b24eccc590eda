import type { Core } from '@strapi/strapi';
import { createIdentitySchema } from '../database/identity-schema';
import { identityService } from '../utils/services';
import { identityOpenApi } from '../../../shared/openapi';
import { ACCOUNT_TEMPLATES } from '../notifications/templates';

export const CITIZEN_ACTIONS = ['plugin::identity.account.me', 'plugin::identity.account.export', 'plugin::identity.account.remove'];

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await createIdentitySchema(strapi.db.connection);
  await strapi.plugin('core').service('access').grantToCitizens(CITIZEN_ACTIONS);
  strapi.plugin('core').service('modules').registerApi('identity', identityOpenApi);
  strapi.plugin('core').service('session').useLoginGuard(identityService(strapi, 'loginGuard'));
  strapi.plugin('core').service('notifications').registerTemplates(ACCOUNT_TEMPLATES);
  if (!identityService(strapi, 'oidc').configured()) {
    strapi.log.info('[identity] no identity provider configured (OIDC_ISSUER): verification is unavailable');
  }
};

import type { Core } from '@strapi/strapi';
import { loadEnv } from '@vzd/config';
import { claimRows, identityService } from '@vzd/identity/server';
import { createSignaturesSchema } from '../database/signatures-schema';
import { registerModule } from './register-module';
import { registerPersonalData } from './personal-data';
import { registerPetitionNotifications } from '../notifications';
import { signatureScope } from '../services/signatures';

export const CITIZEN_ACTIONS = [
  'plugin::petitions.public.create',
  'plugin::petitions.public.sign',
  'plugin::petitions.public.mySignature',
  'plugin::petitions.public.mine',
  'plugin::petitions.public.resubmit',
];

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const core = (name: string) => strapi.plugin('core').service(name);
  await createSignaturesSchema(strapi.db.connection);
  await core('access').grantToCitizens(CITIZEN_ACTIONS);
  await core('access').registerAdminActions('petitions', [
    { uid: 'read', displayName: 'Read petitions of my authorities' },
    { uid: 'moderate', displayName: 'Publish or reject petitions' },
    { uid: 'answer', displayName: 'Answer petitions' },
  ]);
  registerModule(strapi);
  registerPersonalData(strapi);
  // Signatures given at email level count for the person once the account is verified.
  identityService(strapi, 'participation').register('petitions', claimRows('petitions_signatures', 'petition_id', signatureScope));
  registerPetitionNotifications(strapi);

  // Every instance runs cron; closing claims each petition under a row lock, so each closes exactly once.
  strapi.cron.add({
    petitionsCloseWindows: {
      task: async () => {
        const closed = await strapi.plugin('petitions').service('lifecycle').closeExpiredWindows();
        if (closed > 0) strapi.log.info(`[petitions] closed ${closed} collection window(s)`);
      },
      options: { rule: `*/${loadEnv().JOBS_INTERVAL_SECONDS} * * * * *` },
    },
  });
};

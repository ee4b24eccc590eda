import type { Core } from '@strapi/strapi';
import { loadEnv } from '@vzd/config';
import { claimRows, identityService } from '@vzd/identity/server';
import { createResponsesSchema } from '../database/responses-schema';
import { responseScope } from '../services/responses';
import { registerModule } from './register-module';
import { registerPersonalData } from './personal-data';

export const CITIZEN_ACTIONS = ['plugin::polls.public.respond', 'plugin::polls.public.myResponse'];

export const ADMIN_ACTIONS = [
  { uid: 'read', displayName: 'Read polls of my authorities and their results' },
  { uid: 'manage', displayName: 'Create, schedule, open and close polls' },
  { uid: 'moderate', displayName: 'Moderate free-text answers' },
];

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const core = (name: string) => strapi.plugin('core').service(name);
  await createResponsesSchema(strapi.db.connection);
  await core('access').grantToCitizens(CITIZEN_ACTIONS);
  await core('access').registerAdminActions('polls', ADMIN_ACTIONS);
  registerModule(strapi);
  registerPersonalData(strapi);
  // Responses given at email level count for the person once the account is verified.
  identityService(strapi, 'participation').register('polls', claimRows('polls_responses', 'poll_id', responseScope));

  // Every instance runs cron; each poll is moved under its row lock, so it opens and closes exactly once.
  strapi.cron.add({
    pollsOpenAndClose: {
      task: async () => {
        const { opened, closed } = await strapi.plugin('polls').service('lifecycle').runSchedule();
        if (opened + closed > 0) strapi.log.info(`[polls] opened ${opened}, closed ${closed} poll(s) on schedule`);
      },
      options: { rule: `*/${loadEnv().JOBS_INTERVAL_SECONDS} * * * * *` },
    },
  });
};

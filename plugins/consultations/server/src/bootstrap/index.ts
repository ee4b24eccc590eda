import type { Core } from '@strapi/strapi';
import { loadEnv } from '@vzd/config';
import { claimRows, identityService } from '@vzd/identity/server';
import { createConsultationsSchema } from '../database/consultations-schema';
import { answersScope } from '../services/eligibility';
import { registerModule } from './register-module';
import { registerPersonalData } from './personal-data';

export const CITIZEN_ACTIONS = [
  'plugin::consultations.public.participation',
  'plugin::consultations.public.comment',
  'plugin::consultations.public.reply',
  'plugin::consultations.public.reportAbuse',
  'plugin::consultations.public.answer',
  'plugin::consultations.public.positionPaper',
];

export const ADMIN_ACTIONS = [
  { uid: 'read', displayName: 'Read consultations of my authorities' },
  { uid: 'manage', displayName: 'Prepare and open consultations' },
  { uid: 'moderate', displayName: 'Hide abusive comments' },
  { uid: 'report', displayName: 'Record dispositions and publish reports' },
];

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const core = (name: string) => strapi.plugin('core').service(name);
  await createConsultationsSchema(strapi.db.connection);
  await core('access').grantToCitizens(CITIZEN_ACTIONS);
  await core('access').registerAdminActions('consultations', ADMIN_ACTIONS);
  registerModule(strapi);
  registerPersonalData(strapi);
  // Questionnaire answers given at email level count for the person once the account is verified.
  identityService(strapi, 'participation').register('consultations', claimRows('consultations_answers', 'consultation_id', answersScope));

  // Every instance runs cron; each consultation is claimed with SKIP LOCKED, so each closes exactly once.
  strapi.cron.add({
    consultationsClosePeriods: {
      task: async () => {
        const closed = await strapi.plugin('consultations').service('lifecycle').closeExpired();
        if (closed > 0) strapi.log.info(`[consultations] closed ${closed} consultation period(s)`);
      },
      options: { rule: `*/${loadEnv().JOBS_INTERVAL_SECONDS} * * * * *` },
    },
  });
};

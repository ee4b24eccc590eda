import type { Core } from '@strapi/strapi';
import { seeds } from '@vzd/database';
import type { Env } from '@vzd/config';

const OFFICIAL_ACTIONS = [
  'plugin::petitions.read',
  'plugin::petitions.moderate',
  'plugin::petitions.answer',
  'plugin::polls.read',
  'plugin::polls.manage',
  'plugin::polls.moderate',
];

/**
 * Fills an empty installation with the demo: authorities, a citizen, an official of two authorities, a super
 * admin, and petitions in every state. Safe to run on every start: existing records are kept.
 */
export async function applyDemoSeed(strapi: Core.Strapi, env: Env): Promise<void> {
  const password = env.DEMO_PASSWORD;
  if (!password) throw new Error('DEMO_PASSWORD is needed for the demo seed');
  const core = strapi.plugin('core').service('demoSeed');
  const petitions = strapi.plugin('petitions').service('demoSeed');

  const authorityIds: Map<string, number> = await core.authorities(seeds.demoAuthorities);
  const citizenId: number = await core.citizen(seeds.demoCitizen, password);
  const signerIds: number[] = await core.signers(seeds.demoSignerCount);

  const officialRole: number = await core.officialRole(OFFICIAL_ACTIONS);
  const officialId: number = await core.adminUser(seeds.demoOfficial, password, officialRole);
  await core.assignOfficial(
    officialId,
    seeds.demoOfficial.authorities.map((slug) => authorityIds.get(slug)!),
  );
  for (const slug of seeds.demoOfficial.authorities) {
    await strapi.plugin('core').service('authorities').grantRoles(officialId, authorityIds.get(slug)!, seeds.demoOfficial.roles);
  }
  await core.adminUser(seeds.demoSuperAdmin, password, await core.superAdminRoleId());

  const created: number = await petitions.petitions(seeds.demoPetitions, citizenId, signerIds);
  if (created > 0) strapi.log.info(`[seed] ${created} demo petitions created`);
  const polls: number = await strapi.plugin('polls').service('demoSeed').polls(seeds.demoPolls, signerIds, officialId);
  if (polls > 0) strapi.log.info(`[seed] ${polls} demo polls created`);
  await strapi.plugin('consultations').service('demoSeed').apply(seeds.demoConsultations, { citizenId, signerIds, officialRoleId: officialRole });
}

import type { Core } from '@strapi/strapi';

const PERMISSION = 'plugin::users-permissions.permission';
const ROLE = 'plugin::users-permissions.role';

/**
 * Least privilege for the content API: modules name exactly which actions citizens get; everything else stays
 * closed. Admin actions are registered here too so each module's admin routes can require them.
 */
const access = ({ strapi }: { strapi: Core.Strapi }) => ({
  async grantToCitizens(actions: string[]): Promise<void> {
    const role = (await strapi.db.query(ROLE).findOne({ where: { type: 'authenticated' } })) as { id: number } | null;
    if (!role) throw new Error('users-permissions "authenticated" role is missing');
    for (const action of actions) {
      const existing = await strapi.db.query(PERMISSION).findOne({ where: { action, role: { id: role.id } } });
      if (!existing) await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
    }
  },

  async registerAdminActions(pluginName: string, actions: { uid: string; displayName: string }[]): Promise<void> {
    await strapi
      .service('admin::permission')
      .actionProvider.registerMany(actions.map((a) => ({ section: 'plugins', pluginName, subCategory: 'general', ...a })));
  },
});

export default access;

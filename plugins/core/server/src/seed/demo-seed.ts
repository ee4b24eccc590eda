import type { Core } from '@strapi/strapi';

const AUTHORITY = 'plugin::core.authority';
const USER = 'plugin::users-permissions.user';

export interface AuthoritySeed {
  slug: string;
  nameUk: string;
  nameEn: string;
  kind: 'central' | 'regional' | 'community';
  parent: string | null;
  email: string | null;
  website: string | null;
  address: string | null;
  moduleSettings: Record<string, unknown>;
}

/** Idempotent demo data owned by the core: authorities, citizen accounts, officials and their role. */
const demoSeed = ({ strapi }: { strapi: Core.Strapi }) => ({
  async authorities(list: AuthoritySeed[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const a of list) {
      const existing = (await strapi.db.query(AUTHORITY).findOne({ where: { slug: a.slug } })) as { id: number } | null;
      const data = {
        nameUk: a.nameUk,
        nameEn: a.nameEn,
        slug: a.slug,
        kind: a.kind,
        email: a.email,
        website: a.website,
        address: a.address,
        moduleSettings: a.moduleSettings,
        parent: a.parent ? ids.get(a.parent) ?? null : null,
      };
      const saved = existing
        ? await strapi.db.query(AUTHORITY).update({ where: { id: existing.id }, data })
        : await strapi.db.query(AUTHORITY).create({ data });
      ids.set(a.slug, (saved as { id: number }).id);
    }
    return ids;
  },

  /** A confirmed citizen who can log in. */
  async citizen(person: { username: string; email: string }, password: string): Promise<number> {
    const existing = (await strapi.db.query(USER).findOne({ where: { email: person.email } })) as { id: number } | null;
    if (existing) return existing.id;
    const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } })) as { id: number };
    const created = (await strapi.plugin('users-permissions').service('user').add({
      username: person.username,
      email: person.email,
      password,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    })) as { id: number };
    return created.id;
  },

  /** Accounts that only carry demo signatures: no password, so nobody can log in as them. */
  async signers(count: number): Promise<number[]> {
    const emails = Array.from({ length: count }, (_, i) => `signer${String(i + 1).padStart(3, '0')}@demo.vzayemodiia.localhost`);
    const existing = (await strapi.db.query(USER).findMany({ where: { email: { $in: emails } }, select: ['id', 'email'] })) as {
      id: number;
      email: string;
    }[];
    const have = new Set(existing.map((u) => u.email));
    const missing = emails.filter((e) => !have.has(e));
    if (missing.length) {
      await strapi.db.query(USER).createMany({
        data: missing.map((email) => ({ username: email.split('@')[0], email, provider: 'local', confirmed: true, blocked: false })),
      });
    }
    const all = (await strapi.db.query(USER).findMany({ where: { email: { $in: emails } }, select: ['id'], orderBy: { id: 'asc' } })) as {
      id: number;
    }[];
    return all.map((u) => u.id);
  },

  /** The "Official" admin role: only the module actions given, nothing of the content manager. */
  async officialRole(actions: string[]): Promise<number> {
    const roles = strapi.service('admin::role');
    const name = 'Посадова особа / Official';
    let role = (await strapi.db.query('admin::role').findOne({ where: { code: 'vzd-official' } })) as { id: number } | null;
    if (!role) {
      role = (await roles.create({ name, code: 'vzd-official', description: 'Moderates and answers items of assigned authorities' })) as {
        id: number;
      };
    }
    await roles.assignPermissions(
      role.id,
      actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
    );
    return role.id;
  },

  async adminUser(person: { email: string; firstname: string; lastname: string }, password: string, roleId: number): Promise<number> {
    const existing = (await strapi.db.query('admin::user').findOne({ where: { email: person.email } })) as { id: number } | null;
    if (existing) return existing.id;
    const created = (await strapi.service('admin::user').create({
      ...person,
      password,
      isActive: true,
      registrationToken: null,
      roles: [roleId],
    })) as { id: number };
    return created.id;
  },

  async assignOfficial(adminUserId: number, authorityIds: number[]): Promise<void> {
    const already = await strapi.plugin('core').service('authorities').assignedAuthorityIds(adminUserId);
    for (const id of authorityIds.filter((a) => !already.includes(a))) {
      await strapi.db.query(AUTHORITY).update({ where: { id }, data: { officials: { connect: [adminUserId] } } });
    }
  },

  async superAdminRoleId(): Promise<number> {
    return ((await strapi.service('admin::role').getSuperAdmin()) as { id: number }).id;
  },
});

export default demoSeed;

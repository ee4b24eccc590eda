import type { Knex } from 'knex';

/**
 * What an official may do for an authority: moderate, answer, or administer it. A plain table so the check behind
 * every admin route is one indexed lookup, and a role is granted once per authority and person.
 */
export async function createAuthorityRolesSchema(db: Knex): Promise<void> {
  await db.raw(`
    CREATE TABLE IF NOT EXISTS core_authority_roles (
      authority_id  integer NOT NULL REFERENCES core_authorities (id) ON DELETE CASCADE,
      admin_user_id integer NOT NULL REFERENCES admin_users (id) ON DELETE CASCADE,
      role          text NOT NULL CHECK (role IN ('moderator', 'responder', 'administrator')),
      granted_at    timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (authority_id, admin_user_id, role)
    );
    CREATE INDEX IF NOT EXISTS core_authority_roles_by_official ON core_authority_roles (admin_user_id);
  `);
}

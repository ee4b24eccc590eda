import type { Knex } from 'knex';

/**
 * One counter per citizen: every session token carries the counter it was issued under, and a token whose counter
 * is behind is refused. Bumping it ends every open session at once ("log out everywhere", a password change, a
 * verified identity). No row means version 0, which is what tokens without a version carry.
 */
export async function createSessionsSchema(db: Knex): Promise<void> {
  await db.raw(`
    CREATE TABLE IF NOT EXISTS core_session_versions (
      user_id    integer PRIMARY KEY REFERENCES up_users (id) ON DELETE CASCADE,
      version    integer NOT NULL DEFAULT 0,
      changed_at timestamptz NOT NULL DEFAULT now()
    );
  `);
}

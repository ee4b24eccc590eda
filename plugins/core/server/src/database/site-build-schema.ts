import type { Knex } from 'knex';

/**
 * One row that remembers, across restarts and instances, that published content changed after the live site was
 * built: `requested_at` is moved on by every change, `built_from` is when the last completed build began reading.
 */
export async function createSiteBuildSchema(db: Knex): Promise<void> {
  await db.raw(`
    CREATE TABLE IF NOT EXISTS core_site_build (
      id           smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
      requested_at timestamptz,
      built_from   timestamptz
    );
    INSERT INTO core_site_build (id) VALUES (1) ON CONFLICT (id) DO NOTHING;
  `);
}

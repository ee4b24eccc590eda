import type { Knex } from 'knex';
import { withSchemaLock } from '@vzd/core/server';

/**
 * Signatures are a plain table, not a Strapi relation: one INSERT per signature, and the unique index is what
 * makes "one person, one signature" true under any concurrency. user_id becomes NULL when an account is
 * deleted, so the signature still counts but points to no one.
 */
export async function createSignaturesSchema(db: Knex): Promise<void> {
  await withSchemaLock(db, async (trx) => {
    await trx.raw(`
      CREATE TABLE IF NOT EXISTS petitions_signatures (
        id          bigserial PRIMARY KEY,
        petition_id integer NOT NULL REFERENCES petitions_petitions (id) ON DELETE CASCADE,
        user_id     integer REFERENCES up_users (id) ON DELETE SET NULL,
        signed_at   timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX IF NOT EXISTS petitions_signatures_one_per_person ON petitions_signatures (petition_id, user_id);
      CREATE INDEX IF NOT EXISTS petitions_signatures_by_user ON petitions_signatures (user_id);
    `);
  });
}

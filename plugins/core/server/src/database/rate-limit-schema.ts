import type { Knex } from 'knex';

/** The table rate-limiter-flexible keeps its counters in (its own layout, created here under the schema lock). */
export async function createRateLimitSchema(db: Knex): Promise<void> {
  await db.raw(`
    CREATE TABLE IF NOT EXISTS core_rate_limits (
      key varchar(255) PRIMARY KEY,
      points integer NOT NULL DEFAULT 0,
      expire bigint
    );
  `);
}

import type { Knex } from 'knex';

/** Several instances may boot at once: DDL runs under one advisory lock so they do not race. */
export async function withSchemaLock(db: Knex, work: (trx: Knex.Transaction) => Promise<void>): Promise<void> {
  await db.transaction(async (trx) => {
    await trx.raw("SELECT pg_advisory_xact_lock(hashtext('vzd-schema'))");
    await work(trx);
  });
}

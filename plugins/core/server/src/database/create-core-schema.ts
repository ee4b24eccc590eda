import type { Knex } from 'knex';
import { createAuditSchema } from './audit-schema';
import { createRateLimitSchema } from './rate-limit-schema';
import { withSchemaLock } from './with-schema-lock';

export async function createCoreSchema(db: Knex): Promise<void> {
  await withSchemaLock(db, async (trx) => {
    await createAuditSchema(trx);
    await createRateLimitSchema(trx);
  });
}

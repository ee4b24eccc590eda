import type { Knex } from 'knex';
import { createAuditSchema } from './audit-schema';
import { createAuthorityRolesSchema } from './authority-roles-schema';
import { createNotificationsSchema } from './notifications-schema';
import { createRateLimitSchema } from './rate-limit-schema';
import { createSessionsSchema } from './sessions-schema';
import { createSiteBuildSchema } from './site-build-schema';
import { withSchemaLock } from './with-schema-lock';

export async function createCoreSchema(db: Knex): Promise<void> {
  await withSchemaLock(db, async (trx) => {
    await createAuditSchema(trx);
    await createRateLimitSchema(trx);
    await createSessionsSchema(trx);
    await createAuthorityRolesSchema(trx);
    await createNotificationsSchema(trx);
    await createSiteBuildSchema(trx);
  });
}

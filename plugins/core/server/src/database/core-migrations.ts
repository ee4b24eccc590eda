import type { Migration } from './migrations/migration';
import { createAuditSchema } from './audit-schema';
import { createAuthorityRolesSchema } from './authority-roles-schema';
import { createNotificationsSchema } from './notifications-schema';
import { createRateLimitSchema } from './rate-limit-schema';
import { createSessionsSchema } from './sessions-schema';
import { createSiteBuildSchema } from './site-build-schema';

/** The core's plain tables, in order. Applied ones never change: a new need is a new migration at the end. */
export const coreMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'baseline',
    up: async (trx) => {
      await createAuditSchema(trx);
      await createRateLimitSchema(trx);
      await createSessionsSchema(trx);
      await createAuthorityRolesSchema(trx);
      await createNotificationsSchema(trx);
      await createSiteBuildSchema(trx);
    },
  },
  {
    version: 2,
    name: 'audit request ids, outbox redaction',
    // IF NOT EXISTS: releases between the baseline and versioned migrations added these already.
    up: async (trx) => {
      await trx.raw(`
        -- Not hashed: the request that wrote the entry, to join it with the logs (observability/request-context.ts).
        ALTER TABLE core_audit_events ADD COLUMN IF NOT EXISTS request_id text;
        -- Set when the address and body were erased (sent, skipped, a dead letter past its window, a deleted account).
        ALTER TABLE core_outbox ADD COLUMN IF NOT EXISTS redacted_at timestamptz;
        CREATE INDEX IF NOT EXISTS core_outbox_dead_unredacted ON core_outbox (next_attempt_at) WHERE status = 'dead' AND redacted_at IS NULL;
        -- An account's mail, for its data download and its deletion (by key, and by address for account mail).
        CREATE INDEX IF NOT EXISTS core_outbox_by_recipient ON core_outbox (recipient) WHERE recipient IS NOT NULL;
        CREATE INDEX IF NOT EXISTS core_outbox_by_address ON core_outbox (lower(to_address)) WHERE redacted_at IS NULL;
      `);
    },
  },
];

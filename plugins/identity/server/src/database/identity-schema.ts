import type { Knex } from 'knex';
import { runMigrations, type Migration } from '@vzd/core/server';

/**
 * Plain tables of the identity plugin. A verification keeps the person's name, community and a keyed hash of the
 * national identifier — never the identifier — and the unique index on the hash is what makes "one person, one
 * verified account" true, whatever the concurrency. OIDC transactions live here too (not in memory), so the
 * provider may send the citizen back to any instance.
 */
export async function createIdentitySchema(db: Knex): Promise<void> {
  await runMigrations(db, 'identity', migrations);
}

/** Releases before versioned migrations made these tables idempotently: such a database adopts this as it is. */
async function baseline(trx: Knex.Transaction): Promise<void> {
  await trx.raw(`
    CREATE TABLE IF NOT EXISTS identity_verifications (
      user_id     integer PRIMARY KEY REFERENCES up_users (id) ON DELETE CASCADE,
      level       text NOT NULL CHECK (level IN ('verified')),
      name        text NOT NULL,
      community   text,
      id_hash     char(64) NOT NULL,
      issuer      text NOT NULL,
      verified_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX IF NOT EXISTS identity_verifications_one_account_per_person ON identity_verifications (id_hash);

    CREATE TABLE IF NOT EXISTS identity_oidc_transactions (
      state         text PRIMARY KEY,
      user_id       integer NOT NULL REFERENCES up_users (id) ON DELETE CASCADE,
      nonce         text NOT NULL,
      code_verifier text NOT NULL,
      return_path   text NOT NULL,
      created_at    timestamptz NOT NULL DEFAULT now(),
      expires_at    timestamptz NOT NULL,
      consumed_at   timestamptz
    );
    CREATE INDEX IF NOT EXISTS identity_oidc_transactions_expiry ON identity_oidc_transactions (expires_at);

    CREATE TABLE IF NOT EXISTS identity_login_failures (
      key             text PRIMARY KEY,
      failures        integer NOT NULL,
      last_failure_at timestamptz NOT NULL,
      locked_until    timestamptz
    );

    CREATE TABLE IF NOT EXISTS identity_password_resets (
      user_id   integer PRIMARY KEY REFERENCES up_users (id) ON DELETE CASCADE,
      issued_at timestamptz NOT NULL
    );
  `);
}

/** Applied ones never change: a new need is a new migration at the end. */
const migrations: readonly Migration[] = [{ version: 1, name: 'baseline', up: baseline }];

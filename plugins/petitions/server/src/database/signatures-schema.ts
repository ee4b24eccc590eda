import type { Knex } from 'knex';
import { runMigrations, type Migration } from '@vzd/core/server';

/**
 * Signatures are a plain table, not a Strapi relation: one INSERT per signature, and the unique indexes are what
 * make "one person, one signature" true under any concurrency. Each row says the level it counted at: `email`
 * (unique per account) or `verified` (unique per person as well: `person_key`, the identity plugin's per-petition
 * key of the verified person). user_id becomes NULL when an account is deleted, so the signature still counts but
 * points to no one — while person_key stays, so the same person signing again from a new account is refused.
 *
 * The count of each petition is kept by triggers in petitions_signature_counts, whoever inserts or deletes
 * (the service, seeds, bulk loads): reading it costs the same at 10 or 1,000,000 signatures, and the counter row's
 * lock orders the signers of one petition, so each sees every earlier signature in its own count.
 */
export async function createSignaturesSchema(db: Knex): Promise<void> {
  await runMigrations(db, 'petitions', migrations);
}

/** Releases before versioned migrations made these tables idempotently: such a database adopts this as it is. */
async function baseline(trx: Knex.Transaction): Promise<void> {
  const firstTime = (await trx.raw("SELECT to_regclass('petitions_signature_counts') IS NULL AS missing")).rows[0].missing as boolean;
  await trx.raw(`
    CREATE TABLE IF NOT EXISTS petitions_signatures (
      id          bigserial PRIMARY KEY,
      petition_id integer NOT NULL REFERENCES petitions_petitions (id) ON DELETE CASCADE,
      user_id     integer REFERENCES up_users (id) ON DELETE SET NULL,
      signed_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX IF NOT EXISTS petitions_signatures_one_per_person ON petitions_signatures (petition_id, user_id);
    CREATE INDEX IF NOT EXISTS petitions_signatures_by_user ON petitions_signatures (user_id);

    CREATE TABLE IF NOT EXISTS petitions_signature_counts (
      petition_id integer PRIMARY KEY REFERENCES petitions_petitions (id) ON DELETE CASCADE,
      signatures  integer NOT NULL DEFAULT 0 CHECK (signatures >= 0)
    );
    CREATE OR REPLACE FUNCTION petitions_signature_counts_add() RETURNS trigger AS $$
    BEGIN
      INSERT INTO petitions_signature_counts (petition_id, signatures)
      SELECT petition_id, count(*) FROM added GROUP BY petition_id
      ON CONFLICT (petition_id) DO UPDATE SET signatures = petitions_signature_counts.signatures + EXCLUDED.signatures;
      RETURN NULL;
    END $$ LANGUAGE plpgsql;
    CREATE OR REPLACE FUNCTION petitions_signature_counts_remove() RETURNS trigger AS $$
    BEGIN
      UPDATE petitions_signature_counts c SET signatures = c.signatures - r.n
        FROM (SELECT petition_id, count(*) AS n FROM removed GROUP BY petition_id) r
       WHERE c.petition_id = r.petition_id;
      RETURN NULL;
    END $$ LANGUAGE plpgsql;
    DROP TRIGGER IF EXISTS petitions_signature_counts_add ON petitions_signatures;
    CREATE TRIGGER petitions_signature_counts_add AFTER INSERT ON petitions_signatures
      REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION petitions_signature_counts_add();
    DROP TRIGGER IF EXISTS petitions_signature_counts_remove ON petitions_signatures;
    CREATE TRIGGER petitions_signature_counts_remove AFTER DELETE ON petitions_signatures
      REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION petitions_signature_counts_remove();
  `);
  // A database from before the counts: fill them once. Creating the triggers locked the signatures table until
  // this transaction commits, so no signature can slip between the count and the triggers.
  if (firstTime) {
    await trx.raw(`
      INSERT INTO petitions_signature_counts (petition_id, signatures)
      SELECT petition_id, count(*) FROM petitions_signatures GROUP BY petition_id
      ON CONFLICT (petition_id) DO UPDATE SET signatures = EXCLUDED.signatures`);
  }
}

/** IF NOT EXISTS: releases between the baseline and versioned migrations added these already. */
async function levels(trx: Knex.Transaction): Promise<void> {
  await trx.raw(`
    -- Signatures from before levels were recorded counted at least a confirmed email.
    ALTER TABLE petitions_signatures
      ADD COLUMN IF NOT EXISTS level text NOT NULL DEFAULT 'email' CHECK (level IN ('email', 'verified')),
      ADD COLUMN IF NOT EXISTS person_key char(64);
    DO $$ BEGIN
      ALTER TABLE petitions_signatures ADD CONSTRAINT petitions_signatures_verified_has_person
        CHECK ((level = 'verified') = (person_key IS NOT NULL));
    EXCEPTION WHEN duplicate_object THEN NULL;
    END $$;
    CREATE UNIQUE INDEX IF NOT EXISTS petitions_signatures_one_per_verified_person ON petitions_signatures (petition_id, person_key)
      WHERE person_key IS NOT NULL;
  `);
}

/** Applied ones never change: a new need is a new migration at the end. */
const migrations: readonly Migration[] = [
  { version: 1, name: 'baseline', up: baseline },
  { version: 2, name: 'verified signatures', up: levels },
];

import type { Knex } from 'knex';
import { runMigrations, type Migration } from '@vzd/core/server';

/**
 * Responses and answers are plain tables, not Strapi relations: the unique indexes are what make "one response per
 * person" true under any concurrency, and answers are rows so results are GROUP BY queries. Each response says the
 * level it counted at: `email` (unique per account, (poll_id, user_id)) or `verified` (unique per person as well,
 * (poll_id, person_key) — the identity plugin's per-poll key of the verified person). user_id becomes NULL when an
 * account is deleted: the response still counts but points to no one, and person_key stays, so the same person
 * cannot answer again from a new account. answers_salt never leaves the server; answers_hash is the commitment
 * written to the audit chain.
 */
export async function createResponsesSchema(db: Knex): Promise<void> {
  await runMigrations(db, 'polls', migrations);
}

/** Releases before versioned migrations made these tables idempotently: such a database adopts this as it is. */
async function baseline(trx: Knex.Transaction): Promise<void> {
  await trx.raw(`
    CREATE TABLE IF NOT EXISTS polls_responses (
      id           bigserial PRIMARY KEY,
      poll_id      integer NOT NULL REFERENCES polls_polls (id) ON DELETE CASCADE,
      user_id      integer REFERENCES up_users (id) ON DELETE SET NULL,
      revision     integer NOT NULL DEFAULT 1,
      answers_salt text NOT NULL,
      answers_hash text NOT NULL,
      submitted_at timestamptz NOT NULL DEFAULT now(),
      updated_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX IF NOT EXISTS polls_responses_one_per_person ON polls_responses (poll_id, user_id);
    CREATE INDEX IF NOT EXISTS polls_responses_by_user ON polls_responses (user_id);

    CREATE TABLE IF NOT EXISTS polls_answers (
      id           bigserial PRIMARY KEY,
      response_id  bigint NOT NULL REFERENCES polls_responses (id) ON DELETE CASCADE,
      poll_id      integer NOT NULL REFERENCES polls_polls (id) ON DELETE CASCADE,
      question_id  text NOT NULL,
      option_id    text,
      position     smallint,
      value        smallint,
      text         text,
      moderation   text CHECK (moderation IN ('pending', 'approved', 'rejected')),
      moderated_at timestamptz,
      moderated_by integer,
      CHECK ((text IS NULL) = (moderation IS NULL))
    );
    CREATE INDEX IF NOT EXISTS polls_answers_by_poll ON polls_answers (poll_id, question_id);
    CREATE INDEX IF NOT EXISTS polls_answers_by_response ON polls_answers (response_id);
    CREATE INDEX IF NOT EXISTS polls_answers_texts ON polls_answers (poll_id, moderation) WHERE text IS NOT NULL;
  `);
}

/** IF NOT EXISTS: releases between the baseline and versioned migrations added these already. */
async function levels(trx: Knex.Transaction): Promise<void> {
  await trx.raw(`
    -- Responses from before levels were recorded counted at least a confirmed email.
    ALTER TABLE polls_responses
      ADD COLUMN IF NOT EXISTS level text NOT NULL DEFAULT 'email' CHECK (level IN ('email', 'verified')),
      ADD COLUMN IF NOT EXISTS person_key char(64);
    DO $$ BEGIN
      ALTER TABLE polls_responses ADD CONSTRAINT polls_responses_verified_has_person CHECK ((level = 'verified') = (person_key IS NOT NULL));
    EXCEPTION WHEN duplicate_object THEN NULL;
    END $$;
    CREATE UNIQUE INDEX IF NOT EXISTS polls_responses_one_per_verified_person ON polls_responses (poll_id, person_key)
      WHERE person_key IS NOT NULL;
  `);
}

/** Applied ones never change: a new need is a new migration at the end. */
const migrations: readonly Migration[] = [
  { version: 1, name: 'baseline', up: baseline },
  { version: 2, name: 'verified responses', up: levels },
];

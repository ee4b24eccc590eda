import type { Knex } from 'knex';
import { runMigrations, type Migration } from '@vzd/core/server';

/**
 * The plain tables of e-consultations, written with SQL (ARCHITECTURE rule 4):
 * - sections of a draft act, numbered within their consultation (the text is fixed once it opens);
 * - contributions (comments, replies, position papers) with moderation and the authority's disposition;
 *   the same person sending the same text to the same place twice is one contribution, not two (double
 *   submit), decided by a unique index;
 * - abuse reports, one per person and contribution;
 * - questionnaire answers, one set per account and, for a verified person, one per person: `person_key` is the
 *   identity plugin's per-consultation key of the person, and `level` says which rule the set counted under.
 * user_id becomes NULL when an account is deleted: the text stays in the public record under its name, and an
 * answer set keeps its person_key, so the same person cannot answer again from a new account. A contribution's
 * author_name is the verified name (author_verified) or NULL; names typed in before that are not published.
 */
export async function createConsultationsSchema(db: Knex): Promise<void> {
  await runMigrations(db, 'consultations', migrations);
}

/** Releases before versioned migrations made these tables idempotently: such a database adopts this as it is. */
async function baseline(trx: Knex.Transaction): Promise<void> {
  await trx.raw(`
    CREATE TABLE IF NOT EXISTS consultations_sections (
      id              bigserial PRIMARY KEY,
      consultation_id integer NOT NULL REFERENCES consultations_consultations (id) ON DELETE CASCADE,
      number          integer NOT NULL CHECK (number > 0),
      heading         text NOT NULL,
      body            text NOT NULL,
      UNIQUE (consultation_id, number)
    );

    CREATE TABLE IF NOT EXISTS consultations_contributions (
      id                 bigserial PRIMARY KEY,
      consultation_id    integer NOT NULL REFERENCES consultations_consultations (id) ON DELETE CASCADE,
      section_id         bigint REFERENCES consultations_sections (id) ON DELETE CASCADE,
      parent_id          bigint REFERENCES consultations_contributions (id) ON DELETE CASCADE,
      kind               text NOT NULL CHECK (kind IN ('comment', 'reply', 'position_paper')),
      user_id            integer REFERENCES up_users (id) ON DELETE SET NULL,
      author_name        text NOT NULL,
      organisation       text,
      body               text NOT NULL,
      file_id            integer REFERENCES files (id) ON DELETE SET NULL,
      created_at         timestamptz NOT NULL DEFAULT now(),
      hidden_at          timestamptz,
      hidden_reason      text,
      hidden_by          integer,
      disposition        text CHECK (disposition IN ('accepted', 'partly_accepted', 'rejected')),
      disposition_reason text,
      disposed_at        timestamptz,
      disposed_by        integer,
      CHECK (kind <> 'comment' OR (section_id IS NOT NULL AND parent_id IS NULL)),
      CHECK ((kind = 'reply') = (parent_id IS NOT NULL))
    );
    CREATE UNIQUE INDEX IF NOT EXISTS consultations_contributions_once ON consultations_contributions
      (consultation_id, user_id, kind, coalesce(section_id, 0), coalesce(parent_id, 0), md5(body));
    CREATE INDEX IF NOT EXISTS consultations_contributions_by_consultation ON consultations_contributions (consultation_id, section_id);
    CREATE INDEX IF NOT EXISTS consultations_contributions_by_parent ON consultations_contributions (parent_id);
    CREATE INDEX IF NOT EXISTS consultations_contributions_by_user ON consultations_contributions (user_id);

    CREATE TABLE IF NOT EXISTS consultations_abuse_reports (
      id              bigserial PRIMARY KEY,
      contribution_id bigint NOT NULL REFERENCES consultations_contributions (id) ON DELETE CASCADE,
      user_id         integer REFERENCES up_users (id) ON DELETE SET NULL,
      reason          text,
      reported_at     timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX IF NOT EXISTS consultations_abuse_reports_once ON consultations_abuse_reports (contribution_id, user_id);

    CREATE TABLE IF NOT EXISTS consultations_answers (
      id              bigserial PRIMARY KEY,
      consultation_id integer NOT NULL REFERENCES consultations_consultations (id) ON DELETE CASCADE,
      user_id         integer REFERENCES up_users (id) ON DELETE SET NULL,
      answers         jsonb NOT NULL,
      submitted_at    timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX IF NOT EXISTS consultations_answers_one_per_person ON consultations_answers (consultation_id, user_id);
  `);
}

/** IF NOT EXISTS: releases between the baseline and versioned migrations added these already. */
async function levels(trx: Knex.Transaction): Promise<void> {
  await trx.raw(`
    ALTER TABLE consultations_contributions
      ALTER COLUMN author_name DROP NOT NULL,
      ADD COLUMN IF NOT EXISTS author_verified boolean NOT NULL DEFAULT false;
    -- Answer sets from before levels were recorded counted at least a confirmed email.
    ALTER TABLE consultations_answers
      ADD COLUMN IF NOT EXISTS level text NOT NULL DEFAULT 'email' CHECK (level IN ('email', 'verified')),
      ADD COLUMN IF NOT EXISTS person_key char(64);
    DO $$ BEGIN
      ALTER TABLE consultations_answers ADD CONSTRAINT consultations_answers_verified_has_person
        CHECK ((level = 'verified') = (person_key IS NOT NULL));
    EXCEPTION WHEN duplicate_object THEN NULL;
    END $$;
    CREATE UNIQUE INDEX IF NOT EXISTS consultations_answers_one_per_verified_person ON consultations_answers (consultation_id, person_key)
      WHERE person_key IS NOT NULL;
  `);
}

/** Applied ones never change: a new need is a new migration at the end. */
const migrations: readonly Migration[] = [
  { version: 1, name: 'baseline', up: baseline },
  { version: 2, name: 'verified authors and answer sets', up: levels },
];

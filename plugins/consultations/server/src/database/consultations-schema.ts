import type { Knex } from 'knex';
import { withSchemaLock } from '@vzd/core/server';

/**
 * The plain tables of e-consultations, written with SQL (ARCHITECTURE rule 4):
 * - sections of a draft act, numbered within their consultation (the text is fixed once it opens);
 * - contributions (comments, replies, position papers) with moderation and the authority's disposition;
 *   the same person sending the same text to the same place twice is one contribution, not two (double
 *   submit), decided by a unique index;
 * - abuse reports, one per person and contribution;
 * - questionnaire answers, one set per person and consultation.
 * user_id becomes NULL when an account is deleted: the text stays in the public record under its name.
 */
export async function createConsultationsSchema(db: Knex): Promise<void> {
  await withSchemaLock(db, async (trx) => {
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
  });
}

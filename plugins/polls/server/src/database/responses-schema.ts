import type { Knex } from 'knex';
import { withSchemaLock } from '@vzd/core/server';

/**
 * Responses and answers are plain tables, not Strapi relations: the unique index on (poll_id, user_id) is what
 * makes "one response per person" true under any concurrency, and answers are rows so results are GROUP BY
 * queries. user_id becomes NULL when an account is deleted: the response still counts but points to no one.
 * answers_salt never leaves the server; answers_hash is the commitment written to the audit chain.
 */
export async function createResponsesSchema(db: Knex): Promise<void> {
  await withSchemaLock(db, async (trx) => {
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
  });
}

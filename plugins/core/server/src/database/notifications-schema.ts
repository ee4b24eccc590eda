import type { Knex } from 'knex';

/**
 * Plain tables of the notifications (not content types): the outbox is written with SQL inside other modules'
 * transactions and claimed with row locks, which the query engine cannot express.
 */
export async function createNotificationsSchema(db: Knex): Promise<void> {
  await db.raw(`
    CREATE TABLE IF NOT EXISTS core_outbox (
      id              bigserial PRIMARY KEY,
      queue           text NOT NULL DEFAULT 'mail',
      category        text NOT NULL,
      template        text,
      recipient       text,
      scope           text,
      to_address      text NOT NULL,
      from_address    text,
      reply_to        text,
      language        text NOT NULL DEFAULT 'uk',
      subject         text NOT NULL,
      text_body       text NOT NULL,
      html_body       text,
      headers         jsonb NOT NULL DEFAULT '{}'::jsonb,
      dedupe_key      text UNIQUE,
      status          text NOT NULL DEFAULT 'pending'
                      CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'dead', 'skipped')),
      attempts        integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      lease_until     timestamptz,
      claimed_by      text,
      last_error      text,
      created_at      timestamptz NOT NULL DEFAULT now(),
      sent_at         timestamptz
    );
    -- Set right before the message goes to the mail server: a claimed message a dead worker never started is safe to send.
    ALTER TABLE core_outbox ADD COLUMN IF NOT EXISTS send_started_at timestamptz;
    CREATE INDEX IF NOT EXISTS core_outbox_due ON core_outbox (queue, next_attempt_at, id) WHERE status IN ('pending', 'failed');
    CREATE INDEX IF NOT EXISTS core_outbox_leased ON core_outbox (lease_until) WHERE status = 'sending';
    CREATE INDEX IF NOT EXISTS core_outbox_by_status ON core_outbox (queue, status, id);

    CREATE TABLE IF NOT EXISTS core_subscriptions (
      id         bigserial PRIMARY KEY,
      user_id    integer NOT NULL REFERENCES up_users (id) ON DELETE CASCADE,
      kind       text NOT NULL CHECK (kind IN ('authority', 'topic', 'item')),
      target     text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (user_id, kind, target)
    );
    CREATE INDEX IF NOT EXISTS core_subscriptions_target ON core_subscriptions (kind, target);

    CREATE TABLE IF NOT EXISTS core_user_preferences (
      user_id    integer PRIMARY KEY REFERENCES up_users (id) ON DELETE CASCADE,
      language   text NOT NULL DEFAULT 'uk' CHECK (language IN ('uk', 'en')),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE IF NOT EXISTS core_notification_optouts (
      recipient  text NOT NULL,
      category   text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (recipient, category)
    );

    CREATE TABLE IF NOT EXISTS core_notification_job_runs (
      job         text NOT NULL,
      period      text NOT NULL,
      started_at  timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      queued      integer,
      PRIMARY KEY (job, period)
    );
  `);
}

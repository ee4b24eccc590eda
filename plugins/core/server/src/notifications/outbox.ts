import type { Knex } from 'knex';
import type { RetryOutcome } from './backoff';

/**
 * The transactional outbox (`core_outbox`, see database/notifications-schema.ts). A message is queued in the
 * transaction of the change it reports; workers on any instance claim due messages with FOR UPDATE SKIP LOCKED.
 *
 * At most once: a claim moves the row to `sending` with a lease before anything is sent, and only `pending` and
 * `failed` rows can be claimed. Right before a message goes to the mail server its `send_started_at` is set. When a
 * worker dies, its lease runs out: a row it had started goes to `dead` (delivery unknown) instead of being sent
 * again — only a person can put it back — and a row of its batch it never started goes back to `pending`.
 */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'dead' | 'skipped';
export const OUTBOX_STATUSES: OutboxStatus[] = ['pending', 'sending', 'sent', 'failed', 'dead', 'skipped'];

/*
 * Redaction: the outbox needs an address and a body only until the message has gone. Once it is sent or skipped they
 * are erased at once; a dead letter keeps them for MAIL_DEAD_LETTER_HOURS so a person can put it back after fixing
 * the mail server, then loses them too; every message of an account being deleted loses them at once. What stays
 * (category, template, subject, status, times, the pseudonymous `user:<id>` key while the account exists) is what the
 * admin page and the citizen's data download show. Addresses in an SMTP error text are cut out as well.
 */
const ANY_ADDRESS = String.raw`[^\s<>"'(),;:]+@[^\s<>"'(),;:]+`;
const ERASED_ADDRESS = '[адресу стерто / address erased]';

const redaction = (db: Db) => ({
  to_address: '',
  text_body: '',
  html_body: null,
  headers: '{}',
  last_error: db.raw(`regexp_replace(last_error, ?, ?, 'g')`, [ANY_ADDRESS, ERASED_ADDRESS]),
  redacted_at: db.fn.now(),
});

export interface NewOutboxMessage {
  queue?: string;
  category: string;
  template: string | null;
  recipient: string | null;
  scope: string | null;
  toAddress: string;
  fromAddress: string | null;
  replyTo: string | null;
  language: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  headers: Record<string, string>;
  dedupeKey: string | null;
}

export interface OutboxMessage extends Omit<NewOutboxMessage, 'queue'> {
  id: number;
  queue: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  leaseUntil: Date | null;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  redactedAt: Date | null;
}

type Db = Knex | Knex.Transaction;

/**
 * The claim, written for node-postgres placeholders so a test can run the very same statement from two connections:
 * $1 queue, $2 batch size, $3 lease in seconds, $4 worker id.
 */
export const CLAIM_SQL = `
  WITH due AS (
    SELECT id FROM core_outbox
     WHERE queue = $1 AND status IN ('pending', 'failed') AND next_attempt_at <= now()
     ORDER BY next_attempt_at, id
     LIMIT $2
     FOR UPDATE SKIP LOCKED
  )
  UPDATE core_outbox o
     SET status = 'sending', attempts = o.attempts + 1, lease_until = now() + $3 * interval '1 second', claimed_by = $4,
         send_started_at = NULL
    FROM due
   WHERE o.id = due.id
  RETURNING o.*`;

const knexSql = (sql: string) => sql.replace(/\$\d+/g, '?');

const date = (v: unknown): Date | null => (v == null ? null : v instanceof Date ? v : new Date(String(v)));

export const toMessage = (r: Record<string, any>): OutboxMessage => ({
  id: Number(r.id),
  queue: r.queue,
  category: r.category,
  template: r.template ?? null,
  recipient: r.recipient ?? null,
  scope: r.scope ?? null,
  toAddress: r.to_address,
  fromAddress: r.from_address ?? null,
  replyTo: r.reply_to ?? null,
  language: r.language,
  subject: r.subject,
  textBody: r.text_body,
  htmlBody: r.html_body ?? null,
  headers: typeof r.headers === 'string' ? JSON.parse(r.headers) : (r.headers ?? {}),
  dedupeKey: r.dedupe_key ?? null,
  status: r.status,
  attempts: Number(r.attempts),
  nextAttemptAt: date(r.next_attempt_at)!,
  leaseUntil: date(r.lease_until),
  lastError: r.last_error ?? null,
  createdAt: date(r.created_at)!,
  sentAt: date(r.sent_at),
  redactedAt: date(r.redacted_at),
});

/** Queues messages in the caller's transaction; a message whose dedupe key is already queued is left out. */
export async function enqueue(db: Db, messages: NewOutboxMessage[]): Promise<number[]> {
  if (messages.length === 0) return [];
  const rows = messages.map((m) => ({
    queue: m.queue ?? 'mail',
    category: m.category,
    template: m.template,
    recipient: m.recipient,
    scope: m.scope,
    to_address: m.toAddress,
    from_address: m.fromAddress,
    reply_to: m.replyTo,
    language: m.language,
    subject: m.subject,
    text_body: m.textBody,
    html_body: m.htmlBody,
    headers: JSON.stringify(m.headers),
    dedupe_key: m.dedupeKey,
  }));
  const inserted = (await db('core_outbox').insert(rows).onConflict('dedupe_key').ignore().returning('id')) as { id: string | number }[];
  return inserted.map((r) => Number(r.id));
}

export async function claim(db: Db, o: { queue: string; limit: number; leaseSeconds: number; worker: string }): Promise<OutboxMessage[]> {
  const result = await db.raw(knexSql(CLAIM_SQL), [o.queue, o.limit, o.leaseSeconds, o.worker]);
  return (result.rows as Record<string, unknown>[]).map(toMessage).sort((a, b) => a.id - b.id);
}

/**
 * Right before sending: extends the lease and records that sending began (from here on, delivery is in doubt if the
 * worker dies). False when this worker no longer owns the row (it was reaped).
 */
export async function startSending(db: Db, id: number, worker: string, leaseSeconds: number): Promise<boolean> {
  const result = await db.raw(
    `UPDATE core_outbox SET lease_until = now() + ? * interval '1 second', send_started_at = now()
      WHERE id = ? AND claimed_by = ? AND status = 'sending' AND lease_until > now() RETURNING id`,
    [leaseSeconds, id, worker],
  );
  return result.rows.length === 1;
}

/** Final: a sent message is never claimable again, and needs its address no more. Recorded even if a reaper gave up on it. */
export async function markSent(db: Db, id: number, worker: string): Promise<void> {
  await db('core_outbox')
    .where({ id, claimed_by: worker })
    .update({ ...redaction(db), status: 'sent', sent_at: db.fn.now(), lease_until: null, last_error: null });
}

export async function markFailed(db: Db, id: number, worker: string, outcome: RetryOutcome, error: string): Promise<void> {
  await db('core_outbox')
    .where({ id, claimed_by: worker, status: 'sending' })
    .update({
      status: outcome.status,
      next_attempt_at: outcome.status === 'failed' ? outcome.nextAttemptAt : db.fn.now(),
      lease_until: null,
      last_error: error,
    });
}

export async function markDead(db: Db, id: number, worker: string, error: string): Promise<void> {
  await markFailed(db, id, worker, { status: 'dead' }, error);
}

export async function markSkipped(db: Db, id: number, worker: string, reason: string): Promise<void> {
  await db('core_outbox')
    .where({ id, claimed_by: worker, status: 'sending' })
    .update({ ...redaction(db), status: 'skipped', lease_until: null, last_error: reason });
}

/** Dead letters nobody put back within `hours` (counted from their last attempt) lose their address and body. */
export async function redactDeadLetters(db: Db, hours: number): Promise<number> {
  return Number(
    await db('core_outbox')
      .where({ status: 'dead' })
      .whereNull('redacted_at')
      .andWhere('next_attempt_at', '<=', db.raw(`now() - ? * interval '1 hour'`, [hours]))
      .update(redaction(db)),
  );
}

/**
 * The account goes: every message to it (by its key, or by its address for account mail queued without a key) loses
 * the address, the body and the key at once, and what was still waiting is not sent.
 */
export async function redactForAccount(db: Db, account: { recipient: string; email: string }): Promise<number> {
  return Number(
    await db('core_outbox')
      .where((q) =>
        q
          .where({ recipient: account.recipient })
          .orWhere((byAddress) => byAddress.whereNull('redacted_at').whereRaw('lower(to_address) = lower(?)', [account.email])),
      )
      .update({
        ...redaction(db),
        recipient: null,
        status: db.raw(`CASE WHEN status IN ('pending', 'failed') THEN 'skipped' ELSE status END`),
        last_error: db.raw(
          `CASE WHEN status IN ('pending', 'failed') THEN ? ELSE regexp_replace(last_error, ?, ?, 'g') END`,
          ['Обліковий запис видалено / The account was deleted', ANY_ADDRESS, ERASED_ADDRESS],
        ),
      }),
  );
}

/** What the platform mailed to one account, for the citizen's data download (no bodies: they are not kept). */
export async function messagesTo(db: Db, recipient: string) {
  const rows = (await db('core_outbox')
    .where({ recipient })
    .orderBy('id')
    .select('category', 'subject', 'status', 'created_at', 'sent_at')) as {
    category: string;
    subject: string;
    status: string;
    created_at: Date;
    sent_at: Date | null;
  }[];
  return rows.map((r) => ({
    category: r.category,
    subject: r.subject,
    status: r.status,
    queuedAt: new Date(r.created_at).toISOString(),
    sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
  }));
}

/**
 * Rows whose worker vanished: one it had started sending has unknown delivery, so it is not sent again (at most
 * once); one it had only claimed never reached the mail server and is queued again, its attempt not counted.
 */
export async function reapExpiredLeases(db: Db): Promise<{ interrupted: number[]; requeued: number[] }> {
  const result = await db.raw(
    `UPDATE core_outbox
        SET status = CASE WHEN send_started_at IS NULL THEN 'pending' ELSE 'dead' END,
            attempts = CASE WHEN send_started_at IS NULL THEN greatest(attempts - 1, 0) ELSE attempts END,
            next_attempt_at = CASE WHEN send_started_at IS NULL THEN now() ELSE next_attempt_at END,
            claimed_by = CASE WHEN send_started_at IS NULL THEN NULL ELSE claimed_by END,
            lease_until = NULL,
            last_error = CASE WHEN send_started_at IS NULL THEN last_error
                         ELSE 'Відправлення перервано, доставка невідома / Sending was interrupted, delivery unknown' END
      WHERE status = 'sending' AND lease_until < now()
      RETURNING id, status`,
  );
  const rows = result.rows as { id: string; status: string }[];
  return {
    interrupted: rows.filter((r) => r.status === 'dead').map((r) => Number(r.id)),
    requeued: rows.filter((r) => r.status === 'pending').map((r) => Number(r.id)),
  };
}

/** A person decided to try a dead message again: it starts over with a fresh count of attempts (unless it was erased). */
export async function requeueDead(db: Db, id: number): Promise<boolean> {
  const changed = await db('core_outbox')
    .where({ id, status: 'dead' })
    .whereNull('redacted_at')
    .update({ status: 'pending', attempts: 0, next_attempt_at: db.fn.now(), claimed_by: null, lease_until: null });
  return Number(changed) === 1;
}

export async function listMessages(db: Db, o: { status?: OutboxStatus; limit: number; beforeId?: number }): Promise<OutboxMessage[]> {
  const q = db('core_outbox').where({ queue: 'mail' }).orderBy('id', 'desc').limit(o.limit);
  if (o.status) q.andWhere({ status: o.status });
  if (o.beforeId) q.andWhere('id', '<', o.beforeId);
  return ((await q) as Record<string, unknown>[]).map(toMessage);
}

export async function countByStatus(db: Db): Promise<Record<OutboxStatus, number>> {
  const rows = (await db('core_outbox').where({ queue: 'mail' }).select('status').count('* as n').groupBy('status')) as {
    status: OutboxStatus;
    n: string;
  }[];
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>;
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

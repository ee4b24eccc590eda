import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { chainNext, type AuditEvent } from '../../../../plugins/core/server/src/domain/audit';
import { sessionCookieFor } from '../../harness/citizens';

/**
 * Bulk fixtures written straight with SQL, so a benchmark can have 30,000 citizens or 10,000 petitions in seconds.
 * The rows look exactly like the ones the API writes (same tables, links and audit entries).
 */

export interface BulkCitizen {
  id: number;
  cookie: string;
}

export interface BulkPetition {
  id: number;
  documentId: string;
}

const tag = () => randomBytes(4).toString('hex');

export async function createCitizensBulk(db: Pool, count: number): Promise<BulkCitizen[]> {
  const prefix = `b${tag()}`;
  const { rows } = await db.query<{ user_id: number }>(
    `WITH role AS (SELECT id FROM up_roles WHERE type = 'authenticated'),
     created AS (
       INSERT INTO up_users (document_id, username, email, provider, confirmed, blocked, created_at, updated_at, published_at)
       SELECT substr(md5($1 || g), 1, 24), $1 || '-' || g, $1 || '-' || g || '@bench.vzayemodiia.localhost', 'local', true, false, now(), now(), now()
       FROM generate_series(1, $2::int) g
       RETURNING id)
     INSERT INTO up_users_role_lnk (user_id, role_id, user_ord) SELECT created.id, role.id, 1 FROM created, role
     RETURNING user_id`,
    [prefix, count],
  );
  // Signing 60,000 tokens up front takes seconds; most runs use a fraction of the citizens.
  return rows.map((r) => {
    let cookie: string | undefined;
    return {
      id: r.user_id,
      get cookie() {
        return (cookie ??= sessionCookieFor(r.user_id));
      },
    };
  });
}

const TEXT =
  'Просимо облаштувати безпечний пішохідний перехід біля школи: острівець безпеки, освітлення, ' +
  'підняту зебру і знаки обмеження швидкості. Щоранку сотні дітей переходять дорогу з інтенсивним рухом. ' +
  'We ask for a safe crossing near the school: a refuge island, lighting and a raised zebra.';

/**
 * Public petitions in "collecting" on one authority, each with the audit entries the API would have written
 * (submit, publish), newest created last.
 */
export async function createCollectingPetitions(
  db: Pool,
  count: number,
  options: { authority?: string; threshold?: number; audit?: boolean } = {},
): Promise<BulkPetition[]> {
  const prefix = `bench${tag()}`;
  const now = new Date();
  const { rows } = await db.query<{ id: number; document_id: string }>(
    `WITH authority AS (SELECT id FROM core_authorities WHERE slug = $4),
     created AS (
       INSERT INTO petitions_petitions (document_id, title, text, author_name, status, threshold, submitted_at,
         moderation_due_at, collection_starts_at, collection_ends_at, created_at, updated_at)
       SELECT $1 || lpad(g::text, 8, '0'), 'Петиція №' || g || ': безпечний перехід біля школи', $2, 'Автор ' || g,
         'collecting', $3, $5::timestamp - interval '2 days', $5::timestamp, $5::timestamp,
         $5::timestamp + interval '90 days', $5::timestamp - ($6::int - g) * interval '1 second', $5::timestamp
       FROM generate_series(1, $6::int) g
       RETURNING id, document_id),
     linked AS (
       INSERT INTO petitions_petitions_authority_lnk (petition_id, authority_id)
       SELECT created.id, authority.id FROM created, authority)
     SELECT id, document_id FROM created ORDER BY id`,
    [prefix, TEXT, options.threshold ?? 1_000_000, options.authority ?? 'bucha', now, count],
  );
  const petitions = rows.map((r) => ({ id: r.id, documentId: r.document_id }));
  if (options.audit ?? true) {
    const at = (ms: number) => new Date(now.getTime() - ms).toISOString();
    await appendAuditEvents(
      db,
      petitions.flatMap((p) => [
        event(p.documentId, 'petition.submit', 'citizen', { from: 'draft', to: 'submitted' }, at(172_800_000)),
        event(p.documentId, 'petition.publish', 'official', { from: 'submitted', to: 'collecting' }, at(1000)),
      ]),
    );
  }
  return petitions;
}

/**
 * Signatures of accounts since deleted (user_id NULL, which the unique index lets repeat): they make a petition
 * big without creating users. With `audit`, each gets its `signature.add` entry as a real one would.
 */
export async function prefillSignatures(db: Pool, petition: BulkPetition, count: number, options: { audit?: boolean } = {}): Promise<void> {
  await db.query(
    `INSERT INTO petitions_signatures (petition_id, user_id, signed_at)
     SELECT $1, NULL, now() - g * interval '1 second' FROM generate_series(1, $2::int) g`,
    [petition.id, count],
  );
  if (options.audit) {
    const occurredAt = new Date().toISOString();
    const events = Array.from({ length: count }, () => event(petition.documentId, 'signature.add', 'citizen', {}, occurredAt));
    await appendAuditEvents(db, events);
  }
  await db.query('VACUUM (ANALYZE) petitions_signatures');
}

const event = (itemId: string, action: string, actor: string, payload: Record<string, unknown>, occurredAt: string): AuditEvent => ({
  module: 'petitions',
  action,
  itemId,
  actor,
  payload,
  occurredAt,
});

/** Appends to the real chain under its advisory lock, in batches, so the chain still verifies afterwards. */
export async function appendAuditEvents(db: Pool, events: AuditEvent[]): Promise<void> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('vzd-audit-chain'))");
    const { rows } = await client.query<{ seq: string; hash: string }>('SELECT seq, hash FROM core_audit_events ORDER BY seq DESC LIMIT 1');
    let last = rows[0] ? { seq: Number(rows[0].seq), hash: rows[0].hash } : null;
    for (let start = 0; start < events.length; start += 2000) {
      const batch = events.slice(start, start + 2000).map((e) => {
        const entry = chainNext(last, e);
        last = { seq: entry.seq, hash: entry.hash };
        return entry;
      });
      await client.query(
        `INSERT INTO core_audit_events (seq, module, action, item_id, actor, payload, occurred_at, prev_hash, hash)
         SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::timestamptz[], $8::text[], $9::text[])`,
        [
          batch.map((e) => e.seq),
          batch.map((e) => e.module),
          batch.map((e) => e.action),
          batch.map((e) => e.itemId),
          batch.map((e) => e.actor),
          batch.map((e) => JSON.stringify(e.payload)),
          batch.map((e) => e.occurredAt),
          batch.map((e) => e.prevHash),
          batch.map((e) => e.hash),
        ],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

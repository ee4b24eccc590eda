import { Pool, type PoolClient } from 'pg';
import { chainNext } from '../../plugins/core/server/src/domain/audit';
import type { BulkCitizen, BulkPetition } from '../../cms/tests/faults/support/fixtures';
import { closedLoop, percentiles, type Percentiles } from '../../cms/tests/faults/support/load';
import { cpuMeter, perRequest } from './cpu';

/**
 * What PostgreSQL alone does for one signature, issued with `pg` at the same concurrency and with as many
 * connections as Strapi's pool, so the gap to the full stack is what HTTP, sessions, validation, rate limits
 * and Strapi add.
 *
 * - `insert`: the bare `INSERT … ON CONFLICT DO NOTHING` (autocommit).
 * - `transaction`: the signing transaction without the audit chain — share-lock the petition, insert (its trigger
 *   moves the petition's counter), read the counter.
 * - `transaction+chain`: the same plus the chain append exactly as services/audit.ts does it (advisory lock,
 *   read the last entry, insert the next one with its SHA-256), so the two differ only by the chain.
 */
export type FloorKind = 'insert' | 'transaction' | 'transaction+chain';

export interface FloorRun {
  kind: FloorKind;
  concurrency: number;
  connections: number;
  seconds: number;
  committed: number;
  perSecond: number;
  latencyMs: Percentiles;
  /** CPU milliseconds per committed signature: the PostgreSQL cluster and this client (`pg`). */
  cpuMsPerSignature: { postgres: number | null; client: number | null };
}

const INSERT = `INSERT INTO petitions_signatures (petition_id, user_id) VALUES ($1, $2)
  ON CONFLICT (petition_id, user_id) DO NOTHING RETURNING signed_at`;
const LOCK_PETITION = `SELECT id, status, threshold, collection_ends_at FROM petitions_petitions WHERE document_id = $1 LIMIT 1 FOR SHARE`;
const COUNT = 'SELECT signatures FROM petitions_signature_counts WHERE petition_id = $1';
const CHAIN_LOCK = "SELECT pg_advisory_xact_lock(hashtext('vzd-audit-chain'))";
const LAST = 'SELECT seq, hash FROM core_audit_events ORDER BY seq DESC LIMIT 1';
const APPEND = `INSERT INTO core_audit_events (seq, module, action, item_id, actor, payload, occurred_at, prev_hash, hash)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

async function inTransaction(client: PoolClient, body: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await body();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function signOnce(pool: Pool, kind: FloorKind, petition: BulkPetition, citizen: BulkCitizen): Promise<void> {
  if (kind === 'insert') {
    await pool.query(INSERT, [petition.id, citizen.id]);
    return;
  }
  const client = await pool.connect();
  try {
    await inTransaction(client, async () => {
      await client.query(LOCK_PETITION, [petition.documentId]);
      const inserted = await client.query(INSERT, [petition.id, citizen.id]);
      if (inserted.rowCount === 0) throw new Error('already signed');
      await client.query(COUNT, [petition.id]);
      if (kind === 'transaction+chain') {
        await client.query(CHAIN_LOCK);
        const { rows } = await client.query<{ seq: string; hash: string }>(LAST);
        const entry = chainNext(rows[0] ? { seq: Number(rows[0].seq), hash: rows[0].hash } : null, {
          module: 'petitions',
          action: 'signature.add',
          itemId: petition.documentId,
          actor: `citizen:${citizen.id}`,
          payload: {},
          occurredAt: new Date().toISOString(),
        });
        await client.query(APPEND, [
          entry.seq,
          entry.module,
          entry.action,
          entry.itemId,
          entry.actor,
          JSON.stringify(entry.payload),
          entry.occurredAt,
          entry.prevHash,
          entry.hash,
        ]);
      }
    });
  } finally {
    client.release();
  }
}

export async function runFloor(options: {
  databaseUrl: string;
  kind: FloorKind;
  petition: BulkPetition;
  citizens: BulkCitizen[];
  concurrency: number;
  connections: number;
  seconds: number;
  pids: { strapi: number; postmaster: number | null };
}): Promise<FloorRun> {
  const connections = Math.min(options.concurrency, options.connections);
  const pool = new Pool({ connectionString: options.databaseUrl, max: connections });
  // Open the connections first: the full stack's pool is warm too.
  await Promise.all(Array.from({ length: connections }, () => pool.connect())).then((cs) => cs.forEach((c) => c.release()));
  const latencies: number[] = [];
  let next = 0;
  const cpu = cpuMeter(options.pids);
  const started = performance.now();
  const until = started + options.seconds * 1000;
  await closedLoop<BulkCitizen>({
    concurrency: options.concurrency,
    stop: () => performance.now() >= until,
    next: () => options.citizens[next++] ?? null,
    run: async (citizen) => {
      const t = performance.now();
      await signOnce(pool, options.kind, options.petition, citizen);
      latencies.push(performance.now() - t);
    },
  });
  const elapsed = (performance.now() - started) / 1000;
  const spent = cpu.stop();
  await pool.end();
  return {
    kind: options.kind,
    concurrency: options.concurrency,
    connections,
    seconds: Math.round(elapsed * 10) / 10,
    committed: latencies.length,
    perSecond: Math.round(latencies.length / elapsed),
    latencyMs: percentiles(latencies),
    cpuMsPerSignature: { postgres: perRequest(spent.postgresMs, latencies.length), client: perRequest(spent.benchMs, latencies.length) },
  };
}

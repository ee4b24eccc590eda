import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { chainNext, createChainVerifier, type AuditEntry, type AuditEvent, type ChainVerdict } from '../domain/audit';
import { currentRequestId } from '../observability/request-context';

// All appends take this lock for the rest of their transaction, so entries are chained in commit order.
const CHAIN_LOCK = "SELECT pg_advisory_xact_lock(hashtext('vzd-audit-chain'))";
const PAGE = 5000;

type Row = {
  seq: string;
  module: string;
  action: string;
  item_id: string;
  actor: string | null;
  payload: Record<string, unknown> | string;
  occurred_at: Date | string;
  prev_hash: string;
  hash: string;
};

const toEntry = (r: Row): AuditEntry => ({
  seq: Number(r.seq),
  module: r.module,
  action: r.action,
  itemId: r.item_id,
  actor: r.actor,
  // Strapi's pg connection may hand jsonb and timestamptz back as text.
  payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
  occurredAt: new Date(r.occurred_at).toISOString(),
  prevHash: r.prev_hash,
  hash: r.hash,
});

export type AuditEventInput = Omit<AuditEvent, 'occurredAt'> & { occurredAt?: Date };

const audit = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Appends one event inside the caller's transaction: the event exists only if the change it records commits. */
  async append(trx: Knex.Transaction, input: AuditEventInput): Promise<AuditEntry> {
    await trx.raw(CHAIN_LOCK);
    const last = await trx<Row>('core_audit_events').select('seq', 'hash').orderBy('seq', 'desc').first();
    const event: AuditEvent = {
      module: input.module,
      action: input.action,
      itemId: input.itemId,
      actor: input.actor,
      payload: input.payload,
      occurredAt: (input.occurredAt ?? new Date()).toISOString(),
    };
    const entry = chainNext(last ? { seq: Number(last.seq), hash: last.hash } : null, event);
    await trx('core_audit_events').insert({
      seq: entry.seq,
      module: entry.module,
      action: entry.action,
      item_id: entry.itemId,
      actor: entry.actor,
      payload: JSON.stringify(entry.payload),
      occurred_at: entry.occurredAt,
      prev_hash: entry.prevHash,
      hash: entry.hash,
      // Outside the hash: which request wrote the entry, to find its log lines (null for jobs and the seed).
      request_id: currentRequestId() ?? null,
    });
    return entry;
  },

  /**
   * Events of one item, oldest first: the public timeline of a petition is read from here. `actions` narrows them
   * in the query, since a petition can have a million signature entries.
   */
  async forItem(module: string, itemId: string, actions?: string[]): Promise<AuditEntry[]> {
    const query = strapi.db.connection<Row>('core_audit_events').where({ module, item_id: itemId });
    if (actions) query.whereIn('action', actions);
    const rows = await query.orderBy('seq');
    return rows.map(toEntry);
  },

  /** Recomputes every hash from the first entry, page by page. */
  async verify(): Promise<ChainVerdict> {
    const verifier = createChainVerifier();
    let after = 0;
    for (;;) {
      const rows = await strapi.db.connection<Row>('core_audit_events').where('seq', '>', after).orderBy('seq').limit(PAGE);
      for (const row of rows) {
        const verdict = verifier.push(toEntry(row));
        if (!verdict.ok) return verdict;
      }
      if (rows.length < PAGE) return verifier.result();
      after = Number(rows[rows.length - 1].seq);
    }
  },
});

export default audit;
export type AuditService = ReturnType<typeof audit>;

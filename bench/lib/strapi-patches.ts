/**
 * Bench-only preload for the Strapi child (`NODE_OPTIONS=--require bench/dist/bench/lib/strapi-patches.js`), to
 * measure a variant without changing production code. `VZD_BENCH_PATCHES` is a comma-separated list:
 *
 * - `unchained-audit`: the audit append writes the same row into `bench_unchained_audit_events` without the chain's
 *   advisory lock and without reading the previous entry, so a run shows what the chain itself costs.
 * - `verified-commit`: `strapi.db.transaction(cb)` also awaits knex's `executionPromise`, which is where knex reports
 *   a failed COMMIT (Strapi awaits only `trx.commit()`, which resolves even then). Used to show the fix works.
 */
import { randomBytes } from 'node:crypto';

type Strapi = {
  plugin(name: string): { service(name: string): Record<string, unknown> } | undefined;
  db: { transaction: (cb?: (p: { trx: unknown }) => unknown) => Promise<unknown>; inTransaction(): boolean };
};

const patches = new Set((process.env.VZD_BENCH_PATCHES ?? '').split(',').filter(Boolean));
const applied = new Set<string>();

function unchainedAudit(strapi: Strapi): boolean {
  const audit = strapi.plugin('core')?.service('audit');
  if (!audit) return false;
  audit.append = async (
    trx: (table: string) => { insert(row: Record<string, unknown>): Promise<unknown> },
    input: { module: string; action: string; itemId: string; actor: string | null; payload: unknown; occurredAt?: Date },
  ) => {
    const occurredAt = (input.occurredAt ?? new Date()).toISOString();
    const hash = randomBytes(32).toString('hex');
    await trx('bench_unchained_audit_events').insert({
      module: input.module,
      action: input.action,
      item_id: input.itemId,
      actor: input.actor,
      payload: JSON.stringify(input.payload),
      occurred_at: occurredAt,
      prev_hash: hash,
      hash,
    });
    return { ...input, occurredAt, seq: 0, prevHash: hash, hash };
  };
  return true;
}

function verifiedCommit(strapi: Strapi): boolean {
  if (!strapi.db?.transaction) return false;
  const original = strapi.db.transaction.bind(strapi.db);
  strapi.db.transaction = async (cb?: (p: { trx: unknown }) => unknown) => {
    if (!cb || strapi.db.inTransaction()) return original(cb);
    let trx: { executionPromise?: Promise<unknown> } | undefined;
    const result = await original((params) => {
      trx = params.trx as typeof trx;
      return cb(params);
    });
    await trx?.executionPromise;
    return result;
  };
  return true;
}

const timer = setInterval(() => {
  const strapi = (globalThis as { strapi?: Strapi }).strapi;
  if (!strapi) return;
  try {
    if (patches.has('unchained-audit') && !applied.has('unchained-audit') && unchainedAudit(strapi)) applied.add('unchained-audit');
    if (patches.has('verified-commit') && !applied.has('verified-commit') && verifiedCommit(strapi)) applied.add('verified-commit');
  } catch {
    return; // not registered yet
  }
  if (applied.size === patches.size) clearInterval(timer);
}, 5);
timer.unref();

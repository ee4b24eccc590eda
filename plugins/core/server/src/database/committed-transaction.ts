import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

// Strapi's own record of the transaction in progress (the one `strapi.db.transaction` joins when nested).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { transactionCtx } = require('@strapi/database/dist/transaction-context.js') as { transactionCtx: { get(): unknown } };

type TransactionParams = { trx: Knex.Transaction; onCommit: (cb: () => void) => void; onRollback: (cb: () => void) => void };

/**
 * `strapi.db.transaction`, but a failed COMMIT (the connection dropped, a deferred constraint) rejects instead of
 * passing for success: Strapi awaits knex's `commit()`, which resolves even when COMMIT fails, and only the
 * transaction's execution promise carries the error. A write that counts must never answer 2xx when it was not
 * stored. Nested inside another transaction it simply joins it, as Strapi does.
 */
export async function committedTransaction<T>(strapi: Core.Strapi, work: (params: TransactionParams) => Promise<T>): Promise<T> {
  if (transactionCtx.get()) return strapi.db.transaction(work as never) as Promise<T>;
  let execution: Promise<unknown> | undefined;
  const result = await strapi.db.transaction(async (params) => {
    execution = (params.trx as Knex.Transaction & { executionPromise?: Promise<unknown> }).executionPromise;
    // A rollback rejects it too; that error is the callback's own and is thrown from there.
    execution?.catch(() => undefined);
    return work(params as unknown as TransactionParams);
  });
  if (execution) await execution;
  return result;
}

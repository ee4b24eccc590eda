import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { loadEnv } from '@vzd/config';
import type { LoginAttempt, LoginGuard } from '@vzd/core/server';
import {
  ACCOUNT_LOCKOUT,
  ADDRESS_SLOWDOWN,
  recordAddressFailure,
  reserveAttempt,
  slowdownSeconds,
  type FailureRecord,
} from '../domain/lockout';
import { lockedOut } from '../utils/errors';

type Row = { key: string; failures: number; last_failure_at: Date; locked_until: Date | null };

const toRecord = (r: Row | undefined): FailureRecord | null =>
  r && Number(r.failures) > 0
    ? { failures: Number(r.failures), lastFailureAt: new Date(r.last_failure_at), lockedUntil: r.locked_until ? new Date(r.locked_until) : null }
    : null;

/**
 * One count per account, whichever identifier named it (username or email). An identifier that names no account is
 * counted by a hash of what was typed — locked the same way, so the lock reveals no account, and the table never
 * holds addresses people mistyped.
 */
const accountKey = (a: LoginAttempt) =>
  a.accountId !== null ? `account:${a.accountId}` : `unknown:${createHash('sha256').update(a.identifier.trim().toLowerCase()).digest('hex')}`;
const addressKey = (ip: string) => `address:${ip}`;

/** Locks the counter row of `key` for the transaction, creating it when there is none. */
async function lockedRow(trx: Knex.Transaction, key: string): Promise<FailureRecord | null> {
  await trx.raw(`INSERT INTO identity_login_failures (key, failures, last_failure_at) VALUES (?, 0, now()) ON CONFLICT (key) DO NOTHING`, [key]);
  return toRecord((await trx('identity_login_failures').where({ key }).forUpdate().first()) as Row);
}

async function store(trx: Knex.Transaction, key: string, record: FailureRecord): Promise<void> {
  await trx('identity_login_failures')
    .where({ key })
    .update({ failures: record.failures, last_failure_at: record.lastFailureAt, locked_until: record.lockedUntil });
}

/**
 * Login lockout shared by every instance through PostgreSQL, plugged into the core's login (which also serves
 * users-permissions' `/api/auth/local`), the password change and account deletion. Per account: each attempt is
 * reserved under a row lock before its password is compared, so 14 attempts sent at once get 5 comparisons; past
 * the budget the account is locked with a doubling wait. Per address: once its failed logins pass LOGIN_SLOWDOWN_AFTER_FAILURES
 * within an hour, every attempt from it waits a few seconds first — slowed, never refused; right passwords do not count.
 */
const loginGuard = ({ strapi }: { strapi: Core.Strapi }): LoginGuard & { clear(accountId: number): Promise<void> } => {
  const db = () => strapi.db.connection;
  const slowdown = { ...ADDRESS_SLOWDOWN, afterFailures: loadEnv().LOGIN_SLOWDOWN_AFTER_FAILURES };

  return {
    async reserve(attempt) {
      await db().transaction(async (trx) => {
        const key = accountKey(attempt);
        const reserved = reserveAttempt(await lockedRow(trx, key), new Date(), ACCOUNT_LOCKOUT);
        if (!reserved.allowed) throw lockedOut(reserved.retryAfterSeconds);
        await store(trx, key, reserved.record);
      });
      const address = (await db()('identity_login_failures').where({ key: addressKey(attempt.ip) }).first()) as Row | undefined;
      const wait = slowdownSeconds(toRecord(address), new Date(), slowdown);
      if (wait > 0) {
        // Counted, so an operator (and the tests) see that an address is being slowed without timing anything.
        strapi.plugin('core').service('metrics').loginSlowdowns.inc();
        await sleep(wait * 1000);
      }
    },

    /** The account counted the failure when the attempt was reserved; the address counts it now. */
    async failed(attempt) {
      await db().transaction(async (trx) => {
        const key = addressKey(attempt.ip);
        await store(trx, key, recordAddressFailure(await lockedRow(trx, key), new Date(), slowdown));
      });
    },

    /** A right password clears the account's count; the address keeps its count until it is forgotten. */
    async succeeded(attempt) {
      await db()('identity_login_failures').where({ key: accountKey(attempt) }).delete();
    },

    async clear(accountId: number) {
      await db()('identity_login_failures').where({ key: accountKey({ identifier: '', ip: '', accountId }) }).delete();
    },
  };
};

export default loginGuard;

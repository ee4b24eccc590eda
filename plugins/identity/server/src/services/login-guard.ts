import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { LoginAttempt, LoginGuard } from '@vzd/core/server';
import { ACCOUNT_LOCKOUT, ADDRESS_LOCKOUT, recordFailure, retryAfterSeconds, type FailureRecord, type LockoutPolicy } from '../domain/lockout';
import { lockedOut } from '../utils/errors';

type Row = { key: string; failures: number; last_failure_at: Date; locked_until: Date | null };

const toRecord = (r: Row): FailureRecord => ({
  failures: Number(r.failures),
  lastFailureAt: new Date(r.last_failure_at),
  lockedUntil: r.locked_until ? new Date(r.locked_until) : null,
});

/** Counters are keyed by a hash of what was typed, so the table never holds addresses people mistyped. */
const accountKey = (identifier: string) => `account:${createHash('sha256').update(identifier.trim().toLowerCase()).digest('hex')}`;
const addressKey = (ip: string) => `address:${ip}`;

/**
 * Login lockout with exponential backoff, per account and per address, shared by every instance through
 * PostgreSQL. Plugged into the core's login (and users-permissions' own) as its LoginGuard.
 */
const loginGuard = ({ strapi }: { strapi: Core.Strapi }): LoginGuard & { clear(identifier: string): Promise<void> } => {
  const db = () => strapi.db.connection;
  const keysOf = (a: LoginAttempt): [string, LockoutPolicy][] => [
    [accountKey(a.identifier), ACCOUNT_LOCKOUT],
    [addressKey(a.ip), ADDRESS_LOCKOUT],
  ];

  return {
    async check(attempt) {
      const now = new Date();
      const rows = (await db()('identity_login_failures').whereIn('key', keysOf(attempt).map(([k]) => k))) as Row[];
      const wait = Math.max(0, ...rows.map((r) => retryAfterSeconds(toRecord(r), now)));
      if (wait > 0) throw lockedOut(wait);
    },

    async failed(attempt) {
      for (const [key, policy] of keysOf(attempt)) {
        // Row-locked read-modify-write, so concurrent failures each count.
        await db().transaction(async (trx) => {
          await trx.raw(
            `INSERT INTO identity_login_failures (key, failures, last_failure_at) VALUES (?, 0, now()) ON CONFLICT (key) DO NOTHING`,
            [key],
          );
          const row = (await trx('identity_login_failures').where({ key }).forUpdate().first()) as Row;
          const previous = Number(row.failures) === 0 ? null : toRecord(row);
          const next = recordFailure(previous, new Date(), policy);
          await trx('identity_login_failures')
            .where({ key })
            .update({ failures: next.failures, last_failure_at: next.lastFailureAt, locked_until: next.lockedUntil });
        });
      }
    },

    /** A correct password clears the account's count; the address keeps its count until it is forgotten. */
    async succeeded(attempt) {
      await this.clear(attempt.identifier);
    },

    async clear(identifier: string) {
      await db()('identity_login_failures').where({ key: accountKey(identifier) }).delete();
    },
  };
};

export default loginGuard;

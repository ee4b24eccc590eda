import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { LoginRequest } from '../../../shared/contracts';
import { passwordMatches } from '../domain/sessions/password-check';
import { forbidden, unauthorized } from '../utils/errors';

interface StoredUser {
  id: number;
  username: string;
  email: string;
  password: string;
  confirmed: boolean;
  blocked: boolean;
}

export interface SessionUser {
  id: number;
  username: string;
  email: string;
  confirmed: boolean;
}

/** Who is trying to log in, to which account, and from where: what a lockout counts. */
export interface LoginAttempt {
  identifier: string;
  ip: string;
  /** The account the identifier names, or null: counting per account makes its username and email one count. */
  accountId: number | null;
}

/**
 * Account protection plugged in by the identity plugin (lockout with backoff). The core only promises to ask
 * before comparing a password and to report the outcome, so it does not depend on the plugin.
 */
export interface LoginGuard {
  /**
   * Before the password is compared: throws (429) while the account is locked, and otherwise counts this try
   * against the account in the database, so tries sent at once cannot all slip in before the lock.
   */
  reserve(attempt: LoginAttempt): Promise<void>;
  failed(attempt: LoginAttempt): Promise<void>;
  succeeded(attempt: LoginAttempt): Promise<void>;
}

/** Token payloads as users-permissions signs them; ours carry the session version `sv`. */
export type TokenPayload = { id?: unknown; sv?: unknown };

/** How users-permissions' jwt service refuses a token (bad signature, expired) — and ours, an ended session. */
export const INVALID_TOKEN = 'Invalid token.';

const USER = 'plugin::users-permissions.user';
// Compared against when the account does not exist, at the cost users-permissions hashes with (10 rounds).
const DECOY_HASH = bcrypt.hashSync(randomBytes(16).toString('hex'), 10);
const publicUser = (u: StoredUser): SessionUser => ({ id: u.id, username: u.username, email: u.email, confirmed: u.confirmed });

/**
 * Citizen sessions on top of users-permissions: it checks passwords and signs the token we put in the cookie.
 * Each token carries the citizen's session version (`sv`); bumping the version ends every older token.
 */
const session = ({ strapi }: { strapi: Core.Strapi }) => {
  const up = (name: string) => strapi.plugin('users-permissions').service(name);
  const db = () => strapi.db.connection;
  let guard: LoginGuard | null = null;

  const versionOf = async (userId: number, trx?: Knex.Transaction): Promise<number> => {
    const row = await (trx ?? db())('core_session_versions').where({ user_id: userId }).first('version');
    return row ? Number(row.version) : 0;
  };

  return {
    useLoginGuard(next: LoginGuard): void {
      guard = next;
    },

    async login({ identifier, password }: LoginRequest, from: { ip: string }): Promise<{ jwt: string; user: SessionUser }> {
      const user = (await strapi.db.query(USER).findOne({
        where: { provider: 'local', $or: [{ email: identifier.toLowerCase() }, { username: identifier }] },
      })) as StoredUser | null;
      const attempt = { identifier, ip: from.ip, accountId: user?.id ?? null };
      await guard?.reserve(attempt);
      const compare = (plain: string, hash: string) => up('user').validatePassword(plain, hash) as Promise<boolean>;
      // Always one comparison, with a decoy when there is no account: the answer takes as long either way.
      const matches = await passwordMatches(password, user?.password, compare, DECOY_HASH);
      if (!user || !matches) {
        await guard?.failed(attempt);
        throw unauthorized({ uk: 'Невірна адреса або пароль', en: 'Wrong email or password' });
      }
      await guard?.succeeded(attempt);
      if (user.blocked) throw forbidden('blocked', { uk: 'Обліковий запис заблоковано', en: 'The account is blocked' });
      if (!user.confirmed) {
        throw forbidden('email_not_confirmed', {
          uk: 'Підтвердіть адресу електронної пошти за посиланням з листа',
          en: 'Confirm your email address with the link we sent you',
        });
      }
      return { jwt: await this.issue(user.id), user: publicUser(user) };
    },

    /** A fresh token for the citizen under their current session version. */
    async issue(userId: number): Promise<string> {
      return (await up('jwt').issue({ id: userId, sv: await versionOf(userId) })) as string;
    },

    /** Ends every session of the citizen (all devices); returns the new version. */
    async revokeAll(userId: number, trx?: Knex.Transaction): Promise<number> {
      const result = await (trx ?? db()).raw(
        `INSERT INTO core_session_versions (user_id, version) VALUES (?, 1)
         ON CONFLICT (user_id) DO UPDATE SET version = core_session_versions.version + 1, changed_at = now()
         RETURNING version`,
        [userId],
      );
      return Number(result.rows[0].version);
    },

    /** Session rotation on a change of privilege: every older token ends and this browser gets a new one. */
    async rotate(userId: number): Promise<string> {
      await this.revokeAll(userId);
      return this.issue(userId);
    },

    /**
     * Whether a token users-permissions verified carries the citizen's current session version (tokens without one
     * are version 0). Called from its jwt service (users-permissions/session-version.ts), so every bearer token on
     * every path is held to it.
     */
    async carriesCurrentVersion(payload: TokenPayload): Promise<boolean> {
      const userId = Number(payload?.id);
      if (!Number.isInteger(userId) || userId <= 0) return false;
      const carried = Number.isInteger(payload.sv) ? (payload.sv as number) : 0;
      return carried === (await versionOf(userId));
    },

    /** Whether a presented token is a live session: signed by us, not expired, and not ended by a version bump. */
    async isLive(token: string): Promise<boolean> {
      try {
        await up('jwt').verify(token);
        return true;
      } catch (error) {
        // Only a refused token ends the session; a database that cannot answer must not sign the citizen out.
        if ((error as Error).message === INVALID_TOKEN) return false;
        throw error;
      }
    },

    /** The signed-in citizen, if the request carries a valid session. */
    async current(authorization: string | undefined): Promise<SessionUser | null> {
      if (!authorization) return null;
      try {
        const payload = (await up('jwt').getToken({ request: { header: { authorization } } })) as { id?: number } | null;
        if (!payload?.id) return null;
        const user = (await strapi.db.query(USER).findOne({ where: { id: payload.id } })) as StoredUser | null;
        return user && !user.blocked ? publicUser(user) : null;
      } catch {
        return null;
      }
    },
  };
};

export default session;

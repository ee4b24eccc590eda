import { committedTransaction } from '@vzd/core/server';
import type { Core } from '@strapi/strapi';
import { loadEnv } from '@vzd/config';
import { verifyCallbackQuery, type VerificationErrorCode } from '../../../shared/contracts';
import { mapClaims, type MappedIdentity } from '../domain/claims';
import { nationalIdHash } from '../domain/identity-hash';
import { participationKey } from '../domain/participation-key';
import { DEFAULT_RETURN_PATH, safeReturnPath, withOutcome } from '../domain/return-path';
import { identityService } from '../utils/services';

/** How long a citizen may spend at the provider (login, consent) before the answer is refused. */
export const TRANSACTION_TTL_MS = 10 * 60 * 1000;
const UNIQUE_VIOLATION = '23505';
const ONE_ACCOUNT_PER_PERSON = 'identity_verifications_one_account_per_person';

type Transaction = { user_id: number; nonce: string; code_verifier: string; return_path: string; expires_at: Date };
export type CallbackOutcome = { location: string; sessionToken?: string };

/**
 * Verified identity over OpenID Connect. `start` records a transaction (state, nonce, PKCE verifier) in the
 * database and sends the citizen to the provider; `callback` consumes it exactly once, exchanges the code,
 * maps the claims and stores the verification, refusing a person who already verified another account.
 */
const verification = ({ strapi }: { strapi: Core.Strapi }) => {
  const db = () => strapi.db.connection;
  const oidc = () => identityService(strapi, 'oidc');
  const fail = (error: VerificationErrorCode, path = DEFAULT_RETURN_PATH): CallbackOutcome => ({ location: withOutcome(path, { error }) });

  /** Marks the transaction used and returns it; a second use of the same state finds nothing. */
  const consume = async (state: string): Promise<{ tx: Transaction } | { reused: boolean }> => {
    const result = await db().raw(
      `UPDATE identity_oidc_transactions SET consumed_at = now()
       WHERE state = ? AND consumed_at IS NULL
       RETURNING user_id, nonce, code_verifier, return_path, expires_at`,
      [state],
    );
    if (result.rows[0]) return { tx: result.rows[0] as Transaction };
    return { reused: !!(await db()('identity_oidc_transactions').where({ state }).first('state')) };
  };

  /** Stores the verification; the unique index on the hash decides whether this person is already verified elsewhere. */
  const store = async (userId: number, identity: MappedIdentity): Promise<'stored' | VerificationErrorCode> => {
    const key = loadEnv().IDENTITY_HASH_KEY!;
    const idHash = nationalIdHash(key, identity.nationalId);
    try {
      return await committedTransaction(strapi, async ({ trx }) => {
        const result = await trx.raw(
          `INSERT INTO identity_verifications (user_id, level, name, community, id_hash, issuer, verified_at)
           VALUES (?, 'verified', ?, ?, ?, ?, now())
           ON CONFLICT (user_id) DO UPDATE
             SET name = EXCLUDED.name, community = EXCLUDED.community, issuer = EXCLUDED.issuer, verified_at = EXCLUDED.verified_at
             WHERE identity_verifications.id_hash = EXCLUDED.id_hash
           RETURNING user_id`,
          [userId, identity.name, identity.community, idHash, oidc().issuer()],
        );
        // The account is verified already, as somebody else: an account belongs to one person.
        if (!result.rows[0]) return 'different_person' as const;
        // What the account did at email level now counts for the person as well (one person, one voice).
        await identityService(strapi, 'participation').claimAll(trx, userId, (scope) => participationKey(key, idHash, scope));
        // No personal data in the append-only chain: it can never be erased.
        await strapi.plugin('core').service('events').record(trx, {
          module: 'identity',
          action: 'identity.verify',
          itemId: `user:${userId}`,
          actor: `citizen:${userId}`,
          payload: { level: 'verified' },
        });
        return 'stored' as const;
      });
    } catch (error) {
      const e = error as { code?: string; constraint?: string };
      if (e.code === UNIQUE_VIOLATION && e.constraint === ONE_ACCOUNT_PER_PERSON) return 'already_verified_elsewhere';
      throw error;
    }
  };

  return {
    /** Where to send the browser: the provider, or straight back with the reason it cannot start. */
    async start(userId: number | null, next: unknown): Promise<string> {
      const returnPath = safeReturnPath(next);
      if (!oidc().configured()) return withOutcome(returnPath, { error: 'unavailable' });
      if (!userId) return withOutcome(returnPath, { error: 'sign_in_required' });
      const checks = await oidc().newChecks();
      let location: string;
      try {
        location = await oidc().authorizationUrl(checks);
      } catch (error) {
        strapi.log.warn(`[identity] the identity provider cannot be reached: ${String(error)}`);
        return withOutcome(returnPath, { error: 'provider_error' });
      }
      await db()('identity_oidc_transactions').where('expires_at', '<', new Date(Date.now() - 24 * 3600 * 1000)).delete();
      await db()('identity_oidc_transactions').insert({
        state: checks.state,
        user_id: userId,
        nonce: checks.nonce,
        code_verifier: checks.codeVerifier,
        return_path: returnPath,
        expires_at: new Date(Date.now() + TRANSACTION_TTL_MS),
      });
      return location;
    },

    async callback(userId: number | null, query: unknown, rawQuery: string): Promise<CallbackOutcome> {
      const parsed = verifyCallbackQuery.safeParse(query);
      if (!parsed.success || !parsed.data.state) return fail('invalid_state');
      const consumed = await consume(parsed.data.state);
      if (!('tx' in consumed)) return fail(consumed.reused ? 'already_used' : 'invalid_state');
      const { tx } = consumed;
      const back = tx.return_path;

      if (new Date(tx.expires_at).getTime() < Date.now()) return fail('expired', back);
      if (!userId) return fail('sign_in_required', back);
      if (userId !== Number(tx.user_id)) return fail('session_mismatch', back);
      if (parsed.data.error) return fail(parsed.data.error === 'access_denied' ? 'access_denied' : 'provider_error', back);
      if (!parsed.data.code) return fail('provider_error', back);

      let claims: Record<string, unknown>;
      try {
        claims = await oidc().exchange(rawQuery, { state: parsed.data.state, nonce: tx.nonce, codeVerifier: tx.code_verifier });
      } catch (error) {
        strapi.log.warn(`[identity] the provider's answer did not validate: ${String(error)}`);
        return fail('provider_error', back);
      }
      const mapped = mapClaims(claims, oidc().claimMapping());
      if (!mapped.ok) {
        strapi.log.warn(`[identity] the provider gave no ${mapped.missing.join(', ')}: check OIDC_SCOPES and OIDC_CLAIM_*`);
        return fail('missing_claims', back);
      }
      const stored = await store(userId, mapped.identity);
      if (stored !== 'stored') return fail(stored, back);

      // A change of privilege: every older session ends and this browser continues with a new one.
      const sessionToken = (await strapi.plugin('core').service('session').rotate(userId)) as string;
      return { location: withOutcome(back, { verified: true }), sessionToken };
    },
  };
};

export default verification;

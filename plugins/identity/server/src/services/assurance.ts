import type { Core } from '@strapi/strapi';
import { loadEnv } from '@vzd/config';
import { forbidden } from '@vzd/core/server';
import type { IdentityMe } from '../../../shared/contracts';
import { levelOfAccount, meetsLevel, type AssuranceLevel, type RequiredLevel } from '../domain/levels';
import { participationKey } from '../domain/participation-key';

const USER = 'plugin::users-permissions.user';

/**
 * Who takes part, as far as counting needs to know: the level the participation counts at, the verified name to
 * publish (never a typed one) and, for a verified person, the per-item key that keeps one person to one
 * participation across accounts (see domain/participation-key.ts).
 */
export interface Participant {
  level: AssuranceLevel;
  verifiedName: string | null;
  personKey: string | null;
}

/** A participant who met the level asked for: never below a confirmed email. */
export type AdmittedParticipant = Participant & { level: RequiredLevel };

export interface Verification {
  level: 'verified';
  name: string;
  community: string | null;
  verifiedAt: Date;
  issuer: string;
}

/**
 * Levels of assurance for every module: `levelOf(userId)` and `assertLevel(userId, level)`. A module reads the
 * level an authority requires from its own settings and asks here; the answer is always from the database.
 */
const assurance = ({ strapi }: { strapi: Core.Strapi }) => {
  const db = () => strapi.db.connection;

  return {
    async verificationOf(userId: number): Promise<Verification | null> {
      const row = await db()('identity_verifications').where({ user_id: userId }).first('level', 'name', 'community', 'verified_at', 'issuer');
      return row
        ? { level: 'verified', name: row.name, community: row.community, verifiedAt: new Date(row.verified_at), issuer: row.issuer }
        : null;
    },

    async levelOf(userId: number): Promise<AssuranceLevel> {
      return this.levelFor(userId, 'verified');
    },

    /** The level as far as `needed` asks: a signature that needs only an email costs no verification lookup. */
    async levelFor(userId: number, needed: RequiredLevel): Promise<AssuranceLevel> {
      const account = (await strapi.db.query(USER).findOne({ where: { id: userId }, select: ['confirmed', 'blocked'] })) as {
        confirmed: boolean;
        blocked: boolean;
      } | null;
      if (!account || account.blocked) return 'none';
      const verified = needed === 'verified' && account.confirmed && !!(await db()('identity_verifications').where({ user_id: userId }).first('user_id'));
      return levelOfAccount({ confirmed: account.confirmed, verified });
    },

    /**
     * The participant behind an account. `scope` names the item (`<module>:<kind>:<item id>`, e.g.
     * `petitions:signature:17`); with it a verified person gets the per-item key the module stores on the row.
     */
    async participantOf(userId: number, scope?: string): Promise<Participant> {
      const account = (await strapi.db.query(USER).findOne({ where: { id: userId }, select: ['confirmed', 'blocked'] })) as {
        confirmed: boolean;
        blocked: boolean;
      } | null;
      if (!account || account.blocked) return { level: 'none', verifiedName: null, personKey: null };
      const verification = account.confirmed
        ? ((await db()('identity_verifications').where({ user_id: userId }).first('name', 'id_hash')) as { name: string; id_hash: string } | undefined)
        : undefined;
      const level = levelOfAccount({ confirmed: account.confirmed, verified: !!verification });
      if (!verification) return { level, verifiedName: null, personKey: null };
      const key = loadEnv().IDENTITY_HASH_KEY;
      // A verification exists only where the key did; losing it would silently let every verified person in twice.
      if (!key) throw new Error('IDENTITY_HASH_KEY is not set, but verified identities exist');
      return { level, verifiedName: verification.name, personKey: scope ? participationKey(key, verification.id_hash, scope) : null };
    },

    /** `participantOf`, refused (403, as `assertLevel`) below the level the action needs. */
    async participant(userId: number, needed: RequiredLevel, scope?: string): Promise<AdmittedParticipant> {
      const found = await this.participantOf(userId, scope);
      if (found.level === 'none' || !meetsLevel(found.level, needed)) throw refusal(found.level);
      return found as AdmittedParticipant;
    },

    /** 403 `verification_required` (or `email_not_confirmed`) saying how to reach the level. */
    async assertLevel(userId: number, needed: RequiredLevel): Promise<void> {
      const have = await this.levelFor(userId, needed);
      if (!meetsLevel(have, needed)) throw refusal(have);
    },

    async me(userId: number): Promise<IdentityMe> {
      const [level, verification] = await Promise.all([this.levelOf(userId), this.verificationOf(userId)]);
      return {
        level,
        name: verification?.name ?? null,
        community: verification?.community ?? null,
        verifiedAt: verification ? verification.verifiedAt.toISOString() : null,
        verificationAvailable: strapi.plugin('identity').service('oidc').configured(),
      };
    },
  };
};

/** Why an account falls short of a level, and how to reach it. */
function refusal(have: AssuranceLevel) {
  if (have === 'none') {
    return forbidden('email_not_confirmed', {
      uk: 'Підтвердіть адресу електронної пошти за посиланням з листа',
      en: 'Confirm your email address with the link we sent you',
    });
  }
  return forbidden('verification_required', {
    uk: 'Ця дія потребує підтвердженої особи. Підтвердьте її через Дію або BankID в особистому кабінеті: «Мій кабінет» → «Підтвердити особу»',
    en: 'This action needs a verified identity. Verify it with Diia or BankID in your account: “My account” → “Verify identity”',
  });
}

export default assurance;

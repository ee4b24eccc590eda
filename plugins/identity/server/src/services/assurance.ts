import type { Core } from '@strapi/strapi';
import { forbidden } from '@vzd/core/server';
import type { IdentityMe } from '../../../shared/contracts';
import { levelOfAccount, meetsLevel, type AssuranceLevel, type RequiredLevel } from '../domain/levels';

const USER = 'plugin::users-permissions.user';

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

    /** 403 `verification_required` (or `email_not_confirmed`) saying how to reach the level. */
    async assertLevel(userId: number, needed: RequiredLevel): Promise<void> {
      const have = await this.levelFor(userId, needed);
      if (meetsLevel(have, needed)) return;
      if (have === 'none') {
        throw forbidden('email_not_confirmed', {
          uk: 'Підтвердіть адресу електронної пошти за посиланням з листа',
          en: 'Confirm your email address with the link we sent you',
        });
      }
      throw forbidden('verification_required', {
        uk: 'Ця дія потребує підтвердженої особи. Підтвердьте її через Дію або BankID в особистому кабінеті: «Мій кабінет» → «Підтвердити особу»',
        en: 'This action needs a verified identity. Verify it with Diia or BankID in your account: “My account” → “Verify identity”',
      });
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

export default assurance;

import type { Core } from '@strapi/strapi';

/** Reset links work for one hour (the mail says so); users-permissions itself keeps no issue time. */
export const RESET_LINK_TTL_MS = 60 * 60 * 1000;

const passwordResets = ({ strapi }: { strapi: Core.Strapi }) => {
  const db = () => strapi.db.connection;
  return {
    async issued(userId: number): Promise<void> {
      await db().raw(
        `INSERT INTO identity_password_resets (user_id, issued_at) VALUES (?, now())
         ON CONFLICT (user_id) DO UPDATE SET issued_at = EXCLUDED.issued_at`,
        [userId],
      );
    },

    /** A code with no recorded issue time is treated as expired: failing closed. */
    async isFresh(userId: number, now = new Date()): Promise<boolean> {
      const row = await db()('identity_password_resets').where({ user_id: userId }).first('issued_at');
      return !!row && now.getTime() - new Date(row.issued_at).getTime() <= RESET_LINK_TTL_MS;
    },

    async used(userId: number): Promise<void> {
      await db()('identity_password_resets').where({ user_id: userId }).delete();
    },
  };
};

export default passwordResets;

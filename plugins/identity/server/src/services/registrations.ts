import type { Core } from '@strapi/strapi';
import { loadEnv } from '@vzd/config';

const USER = 'plugin::users-permissions.user';
type Holder = { id: number; email: string; confirmed: boolean; blocked: boolean | null };

/**
 * A registration with an address or a name that is taken answers as a new one (the form must not tell who has an
 * account); the mailbox is told instead. The owner of a confirmed address learns someone tried and how to sign in or
 * reset the password; an address not confirmed yet gets its confirmation link again (the person lost the first
 * mail); a new address whose name is taken learns to choose another name — only its owner reads that, one mail per
 * try under the per-address limit, so names cannot be listed in bulk.
 */
const registrations = ({ strapi }: { strapi: Core.Strapi }) => {
  const pages = (path: string) => {
    const origin = loadEnv().PUBLIC_URL;
    return { uk: `${origin}/uk/account/${path}/`, en: `${origin}/en/account/${path}/` };
  };
  const notifications = () => strapi.plugin('core').service('notifications');

  return {
    async collided({ email, username }: { email: string; username: string }): Promise<void> {
      const address = email.toLowerCase();
      const holder = (await strapi.db.query(USER).findOne({ where: { email: address } })) as Holder | null;
      if (holder?.blocked) return;
      if (holder && !holder.confirmed) {
        await strapi.plugin('users-permissions').service('user').sendConfirmationEmail(holder);
        return;
      }
      if (holder) {
        await notifications().mailAddress(holder.email, 'identity.registration-attempt', {
          email: holder.email,
          loginUrl: pages('login'),
          forgotUrl: pages('forgot'),
        });
        return;
      }
      await notifications().mailAddress(address, 'identity.username-taken', { username, registerUrl: pages('register') });
    },
  };
};

export default registrations;

import type { Core } from '@strapi/strapi';
import { messagesTo, redactForAccount } from '../notifications/outbox';
import { coreService } from '../utils/get-service';

/**
 * What the core keeps about a citizen: follows, the mail language, the kinds of mail they stopped and the mail sent
 * to them. Subscriptions, the language and the session version go with the account (ON DELETE CASCADE); opt-outs and
 * the outbox are keyed by `user:<id>` and by address without a foreign key, so they are erased here.
 */
export function registerPersonalData(strapi: Core.Strapi): void {
  coreService(strapi, 'personalData').register('core', {
    async export(userId) {
      const subscriptions = coreService(strapi, 'subscriptions');
      return {
        subscriptions: await subscriptions.list(userId),
        preferences: await subscriptions.preferences(userId),
        notifications: await messagesTo(strapi.db.connection, `user:${userId}`),
      };
    },
    async erase(account, trx) {
      const recipient = `user:${account.id}`;
      await redactForAccount(trx, { recipient, email: account.email });
      await trx('core_notification_optouts').where({ recipient }).delete();
    },
  });
}

import type { Core } from '@strapi/strapi';
import type { NotificationsService, PlainMail } from '../services/notifications';

/**
 * Strapi email provider. It sends nothing itself: every message (users-permissions' confirmation and password
 * reset included) is queued in the core outbox, so all mail leaves through one queue with retries, dead letters and
 * the admin view. The outbox worker delivers over SMTP_URL, or into MAIL_DIR when no SMTP server is configured.
 */
export default {
  init() {
    return {
      async send(message: PlainMail): Promise<void> {
        // Providers are created before the plugins' services are reachable; by the time mail is sent they are.
        const strapi = (globalThis as unknown as { strapi: Core.Strapi }).strapi;
        await (strapi.plugin('core').service('notifications') as NotificationsService).enqueueMail(message);
      },
    };
  },
};

import type { Core } from '@strapi/strapi';
import { committedTransaction, coreService, invalidField, notFound } from '@vzd/core/server';
import type { AccountExport } from '../../../shared/contracts';
import { identityService } from '../utils/services';

const USER = 'plugin::users-permissions.user';

type StoredUser = { id: number; username: string; email: string; password: string | null; confirmed: boolean; createdAt: Date | string | null };

const iso = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

/**
 * The citizen's own data: download everything, or delete the account. Every module that stores personal data
 * registered an export and an erase provider with the core (`personalData`); this service calls all of them and
 * reads no module's tables. After deletion what counts still counts but points to no one (ON DELETE SET NULL),
 * published texts stay under a neutral author name, mail to the person is erased from the outbox, and the
 * verification, sessions and pending transactions go with the account (ON DELETE CASCADE).
 */
const account = ({ strapi }: { strapi: Core.Strapi }) => {
  const findUser = async (userId: number): Promise<StoredUser> => {
    const user = (await strapi.db.query(USER).findOne({ where: { id: userId } })) as StoredUser | null;
    if (!user) throw notFound({ uk: 'Обліковий запис не знайдено', en: 'Account not found' });
    return user;
  };

  return {
    async export(userId: number): Promise<AccountExport> {
      const user = await findUser(userId);
      const verification = await identityService(strapi, 'assurance').verificationOf(userId);
      const modules = await coreService(strapi, 'personalData').exportAll(userId);
      return {
        exportedAt: new Date().toISOString(),
        account: { id: user.id, username: user.username, email: user.email, confirmed: user.confirmed, createdAt: iso(user.createdAt) },
        identity: verification
          ? {
              level: 'verified',
              name: verification.name,
              community: verification.community,
              verifiedAt: verification.verifiedAt.toISOString(),
              issuer: verification.issuer,
              nationalId: 'not stored: only a keyed hash that cannot be turned back into the number',
            }
          : null,
        modules,
      };
    },

    /** Deletion asks for the password again, under the same lockout as a login. */
    async remove(userId: number, password: string, from: { ip: string }): Promise<void> {
      const user = await findUser(userId);
      const guard = identityService(strapi, 'loginGuard');
      const attempt = { identifier: user.email, ip: from.ip, accountId: user.id };
      await guard.reserve(attempt);
      const matches = !!user.password && (await strapi.plugin('users-permissions').service('user').validatePassword(password, user.password));
      if (!matches) {
        await guard.failed(attempt);
        throw invalidField('password', { uk: 'Пароль невірний', en: 'The password is wrong' });
      }
      await guard.succeeded(attempt);

      await committedTransaction(strapi, async ({ trx }) => {
        await coreService(strapi, 'personalData').eraseAll({ id: user.id, email: user.email, username: user.username }, trx);
        await strapi.plugin('core').service('events').record(trx, {
          module: 'identity',
          action: 'account.delete',
          itemId: `user:${userId}`,
          actor: `citizen:${userId}`,
          payload: {},
        });
        await strapi.db.query(USER).delete({ where: { id: userId } });
      });
    },
  };
};

export default account;

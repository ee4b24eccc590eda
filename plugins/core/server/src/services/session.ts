import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { Core } from '@strapi/strapi';
import type { LoginRequest } from '../../../shared/contracts';
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

const USER = 'plugin::users-permissions.user';
// Compared against when the account does not exist, so the answer takes as long as for a real account.
const DECOY_HASH = bcrypt.hashSync(randomBytes(16).toString('hex'), 10);
const publicUser = (u: StoredUser): SessionUser => ({ id: u.id, username: u.username, email: u.email, confirmed: u.confirmed });

/** Citizen sessions on top of users-permissions: it checks passwords and issues the token we put in the cookie. */
const session = ({ strapi }: { strapi: Core.Strapi }) => {
  const up = (name: string) => strapi.plugin('users-permissions').service(name);

  return {
    async login({ identifier, password }: LoginRequest): Promise<{ jwt: string; user: SessionUser }> {
      const id = identifier.toLowerCase();
      const user = (await strapi.db.query(USER).findOne({
        where: { provider: 'local', $or: [{ email: id }, { username: identifier }] },
      })) as StoredUser | null;
      const wrong = unauthorized({ uk: 'Невірна адреса або пароль', en: 'Wrong email or password' });
      const matches = await up('user').validatePassword(password, user?.password ?? DECOY_HASH);
      if (!user?.password || !matches) throw wrong;
      if (user.blocked) throw forbidden('blocked', { uk: 'Обліковий запис заблоковано', en: 'The account is blocked' });
      if (!user.confirmed) {
        throw forbidden('email_not_confirmed', {
          uk: 'Підтвердіть адресу електронної пошти за посиланням з листа',
          en: 'Confirm your email address with the link we sent you',
        });
      }
      const jwt = (await up('jwt').issue({ id: user.id })) as string;
      return { jwt, user: publicUser(user) };
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

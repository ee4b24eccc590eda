import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { coreService, invalidField, parseOrThrow, setSessionCookie, withRetryAfter } from '@vzd/core/server';
import { loginRequest } from '@vzd/core/contracts';
import { identityService } from '../utils/services';

const USER = 'plugin::users-permissions.user';
type Action = (ctx: Context, next?: Next) => Promise<unknown>;
type StoredUser = { id: number; email: string; username: string };

const bodyOf = (ctx: Context): Record<string, unknown> => {
  const body = ctx.request.body as unknown;
  return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
};

/** users-permissions' refusal of a registration whose address or name belongs to an account. */
const TAKEN = 'Email or Username are already taken';
/** Its refusals of a confirmation link for an address that is confirmed already or blocked. */
const NOT_RESENT = new Set(['Already confirmed', 'User blocked']);

/** The answers of reset and change carry a token users-permissions signed without a session version: drop it. */
const withoutToken = (ctx: Context) => {
  const body = ctx.body as Record<string, unknown> | undefined;
  if (body && typeof body === 'object' && 'jwt' in body) ctx.body = { user: body.user };
};

/**
 * Wraps users-permissions' own auth endpoints (registered before routing is built, so the routes get the
 * wrapped actions): the password policy on register, reset and change; reset links that expire after an hour;
 * every session ended after a password reset or change; `/api/auth/local` served by the core's login itself (same
 * lockout, decoy comparison and answers as `POST /api/core/session`); registration and confirmation requests that
 * answer alike whether or not the address has an account.
 */
export function extendUsersPermissionsAuth(strapi: Core.Strapi): void {
  const passwords = () => identityService(strapi, 'passwords');
  const resets = () => identityService(strapi, 'passwordResets');
  const guard = () => identityService(strapi, 'loginGuard');
  const registrations = () => identityService(strapi, 'registrations');
  const session = () => coreService(strapi, 'session');

  strapi.get('controllers').extend('plugin::users-permissions.auth', (auth: Record<string, Action>) => ({
    ...auth,

    async register(ctx: Context, next: Next) {
      const body = bodyOf(ctx);
      const email = String(body.email ?? '');
      const username = String(body.username ?? '');
      passwords().assertAcceptable(body.password, { email, username });
      try {
        await auth.register(ctx, next);
      } catch (error) {
        // Raised only after users-permissions validated the request, so a refusal of bad input still shows.
        if ((error as Error).message !== TAKEN) throw error;
        await registrations().collided({ email, username });
      }
      // The same answer for a new account and a taken address or name, made of what was sent.
      ctx.body = { user: { username, email: email.toLowerCase(), confirmed: false } };
    },

    async sendEmailConfirmation(ctx: Context, next: Next) {
      try {
        await auth.sendEmailConfirmation(ctx, next);
      } catch (error) {
        if (!NOT_RESENT.has((error as Error).message)) throw error;
      }
      // Unknown, unconfirmed, confirmed or blocked: one answer, so it does not tell which.
      ctx.body = { email: bodyOf(ctx).email, sent: true };
    },

    async forgotPassword(ctx: Context, next: Next) {
      const result = await auth.forgotPassword(ctx, next);
      const email = bodyOf(ctx).email;
      if (typeof email === 'string') {
        const user = (await strapi.db.query(USER).findOne({ where: { email: email.toLowerCase() }, select: ['id', 'resetPasswordToken'] })) as {
          id: number;
          resetPasswordToken: string | null;
        } | null;
        if (user?.resetPasswordToken) await resets().issued(user.id);
      }
      return result;
    },

    async resetPassword(ctx: Context, next: Next) {
      const { code, password } = bodyOf(ctx);
      const user =
        typeof code === 'string' && code
          ? ((await strapi.db.query(USER).findOne({ where: { resetPasswordToken: code } })) as StoredUser | null)
          : null;
      if (user) {
        if (!(await resets().isFresh(user.id))) {
          await strapi.db.query(USER).update({ where: { id: user.id }, data: { resetPasswordToken: null } });
          throw invalidField('code', {
            uk: 'Посилання для зміни пароля застаріло (воно діє одну годину). Попросіть нове',
            en: 'The password reset link has expired (it works for one hour). Ask for a new one',
          });
        }
        passwords().assertAcceptable(password, user);
      }
      const result = await auth.resetPassword(ctx, next);
      if (user) {
        await resets().used(user.id);
        await session().revokeAll(user.id);
        await guard().clear(user.id);
      }
      withoutToken(ctx);
      return result;
    },

    async changePassword(ctx: Context, next: Next) {
      const user = ctx.state.user as StoredUser | undefined;
      // The current password is a password check like a login: same lockout.
      const attempt = user ? { identifier: user.email, ip: ctx.request.ip, accountId: user.id } : null;
      if (attempt) await withRetryAfter(ctx, () => guard().reserve(attempt));
      if (user) passwords().assertAcceptable(bodyOf(ctx).password, user);
      let result: unknown;
      try {
        result = await auth.changePassword(ctx, next);
      } catch (error) {
        if (attempt && (error as Error).message === 'The provided current password is invalid') await guard().failed(attempt);
        throw error;
      }
      if (user && attempt) {
        await guard().succeeded(attempt);
        // Every other device is signed out; this browser continues with a new session.
        setSessionCookie(ctx, await session().rotate(user.id));
      }
      withoutToken(ctx);
      return result;
    },

    async callback(ctx: Context, next: Next) {
      const provider = (ctx.params as { provider?: string } | undefined)?.provider ?? 'local';
      if (provider !== 'local') return auth.callback(ctx, next);
      // One login, two doors: API clients get the token in the body, the site gets it as a cookie from ours.
      const input = parseOrThrow(loginRequest, bodyOf(ctx));
      const { jwt, user } = await withRetryAfter(ctx, () => session().login(input, { ip: ctx.request.ip }));
      ctx.body = { jwt, user };
    },
  }));
}

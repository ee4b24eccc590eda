import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { invalidField, setSessionCookie } from '@vzd/core/server';
import { identityService } from '../utils/services';

const USER = 'plugin::users-permissions.user';
type Action = (ctx: Context, next?: Next) => Promise<unknown>;
type StoredUser = { id: number; email: string; username: string };

const bodyOf = (ctx: Context): Record<string, unknown> => {
  const body = ctx.request.body as unknown;
  return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
};

/** The answers of reset and change carry a token users-permissions signed without a session version: drop it. */
const withoutToken = (ctx: Context) => {
  const body = ctx.body as Record<string, unknown> | undefined;
  if (body && typeof body === 'object' && 'jwt' in body) ctx.body = { user: body.user };
};

/**
 * Wraps users-permissions' own auth endpoints (registered before routing is built, so the routes get the
 * wrapped actions): the password policy on register, reset and change; reset links that expire after an hour;
 * every session ended after a password reset or change; the login lockout on `/api/auth/local` as on ours.
 */
export function extendUsersPermissionsAuth(strapi: Core.Strapi): void {
  const passwords = () => identityService(strapi, 'passwords');
  const resets = () => identityService(strapi, 'passwordResets');
  const guard = () => identityService(strapi, 'loginGuard');
  const session = () => strapi.plugin('core').service('session');

  strapi.get('controllers').extend('plugin::users-permissions.auth', (auth: Record<string, Action>) => ({
    ...auth,

    async register(ctx: Context, next: Next) {
      const body = bodyOf(ctx);
      passwords().assertAcceptable(body.password, { email: String(body.email ?? ''), username: String(body.username ?? '') });
      return auth.register(ctx, next);
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
        await guard().clear(user.email);
      }
      withoutToken(ctx);
      return result;
    },

    async changePassword(ctx: Context, next: Next) {
      const user = ctx.state.user as StoredUser | undefined;
      // The current password is a password check like a login: same lockout.
      const attempt = user ? { identifier: user.email, ip: ctx.request.ip } : null;
      if (attempt) await guard().check(attempt);
      if (user) passwords().assertAcceptable(bodyOf(ctx).password, user);
      let result: unknown;
      try {
        result = await auth.changePassword(ctx, next);
      } catch (error) {
        if (attempt && (error as Error).message === 'The provided current password is invalid') await guard().failed(attempt);
        throw error;
      }
      if (user) {
        // Every other device is signed out; this browser continues with a new session.
        setSessionCookie(ctx, await session().rotate(user.id));
      }
      withoutToken(ctx);
      return result;
    },

    async callback(ctx: Context, next: Next) {
      const provider = (ctx.params as { provider?: string } | undefined)?.provider ?? 'local';
      const identifier = bodyOf(ctx).identifier;
      if (provider !== 'local' || typeof identifier !== 'string') return auth.callback(ctx, next);
      const attempt = { identifier, ip: ctx.request.ip };
      await guard().check(attempt);
      try {
        await auth.callback(ctx, next);
      } catch (error) {
        if ((error as Error).message === 'Invalid identifier or password') await guard().failed(attempt);
        throw error;
      }
      await guard().succeeded(attempt);
      // The token it hands out must carry the session version, or "log out everywhere" would not reach it.
      const body = ctx.body as { jwt?: string; user?: { id: number } } | undefined;
      if (body?.jwt && body.user?.id) body.jwt = await session().issue(body.user.id);
    },
  }));
}

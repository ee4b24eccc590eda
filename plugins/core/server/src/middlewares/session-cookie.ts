import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { loadEnv } from '@vzd/config';
import { SESSION_COOKIE, clearSessionCookie } from '../utils/session-cookie';
import { bilingual } from '../../../shared/http-errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const originOf = (value: string | undefined): string | null => {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
};

/**
 * Turns the httpOnly session cookie into the bearer token users-permissions understands, refuses
 * cookie-authenticated writes that come from another origin (CSRF; OWASP "verify origin with standard headers",
 * on top of SameSite=Lax), and clears a cookie whose session ended ("log out everywhere", password change,
 * verified identity, expiry): such a request goes on as anonymous. Ended tokens themselves are refused where
 * users-permissions verifies them (users-permissions/session-version.ts), on every path and for bearer tokens too.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const env = loadEnv();
  const trusted = new Set([new URL(env.PUBLIC_URL).origin]);
  const isLive = (token: string): Promise<boolean> => strapi.plugin('core').service('session').isLive(token);

  return async (ctx: Context, next: Next) => {
    if (!ctx.path.startsWith('/api/')) return next();
    const header = ctx.request.header.authorization;
    const token = ctx.cookies.get(SESSION_COOKIE);

    // A bearer token is checked by users-permissions' jwt service (ended sessions included), not here.
    if (header) return next();
    if (!token) return next();

    if (!SAFE_METHODS.has(ctx.method)) {
      const origin = originOf(ctx.get('origin')) ?? originOf(ctx.get('referer'));
      const ownOrigin = `${ctx.protocol}://${ctx.host}`;
      if (!origin || (!trusted.has(origin) && origin !== ownOrigin)) {
        ctx.status = 403;
        ctx.body = {
          data: null,
          error: {
            status: 403,
            name: 'ForbiddenError',
            message: bilingual({
              uk: 'Запит надіслано не з сайту платформи',
              en: 'The request did not come from the platform site',
            }),
            details: { code: 'cross_origin' },
          },
        };
        return;
      }
    }
    if (!(await isLive(token))) {
      clearSessionCookie(ctx);
      return next();
    }
    ctx.request.header.authorization = `Bearer ${token}`;
    return next();
  };
};

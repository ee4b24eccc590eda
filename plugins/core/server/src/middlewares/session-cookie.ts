import type { Context, Next } from 'koa';
import { loadEnv } from '@vzd/config';
import { SESSION_COOKIE } from '../utils/session-cookie';
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
 * Turns the httpOnly session cookie into the bearer token users-permissions understands, and refuses
 * cookie-authenticated writes that come from another origin (CSRF; OWASP "verify origin with standard headers",
 * on top of SameSite=Lax).
 */
export default () => {
  const env = loadEnv();
  const trusted = new Set([new URL(env.PUBLIC_URL).origin]);

  return async (ctx: Context, next: Next) => {
    const token = ctx.cookies.get(SESSION_COOKIE);
    if (!token || ctx.request.header.authorization || !ctx.path.startsWith('/api/')) return next();

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
    ctx.request.header.authorization = `Bearer ${token}`;
    return next();
  };
};

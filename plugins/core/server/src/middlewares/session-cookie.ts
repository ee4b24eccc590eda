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
 * Whether a cookie-carrying write was sent by a page of this site. Browsers since 2020–2023 say so themselves in
 * `Sec-Fetch-Site`, which no page can forge, and they send it on plain form posts too — where Chromium sends
 * `Origin: null` under `Referrer-Policy: no-referrer`. Only when it is absent (older browsers) do Origin, then
 * Referer decide; a null, foreign or missing origin is refused.
 */
function sameOrigin(ctx: Context, trusted: ReadonlySet<string>): boolean {
  const site = ctx.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = originOf(ctx.get('origin')) ?? originOf(ctx.get('referer'));
  return origin !== null && (trusted.has(origin) || origin === `${ctx.protocol}://${ctx.host}`);
}

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

    if (!SAFE_METHODS.has(ctx.method) && !sameOrigin(ctx, trusted)) {
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
    if (!(await isLive(token))) {
      clearSessionCookie(ctx);
      return next();
    }
    ctx.request.header.authorization = `Bearer ${token}`;
    return next();
  };
};

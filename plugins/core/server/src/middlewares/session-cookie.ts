import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { loadEnv } from '@vzd/config';
import { SESSION_COOKIE, clearSessionCookie } from '../utils/session-cookie';
import { bilingual } from '../../../shared/http-errors';
import type { TokenVerdict } from '../services/session';

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

const bearerOf = (header: string | undefined): string | null => {
  const parts = header?.split(/\s+/) ?? [];
  return parts.length === 2 && parts[0].toLowerCase() === 'bearer' ? parts[1] : null;
};

/**
 * Turns the httpOnly session cookie into the bearer token users-permissions understands, refuses
 * cookie-authenticated writes that come from another origin (CSRF; OWASP "verify origin with standard headers",
 * on top of SameSite=Lax), and drops any citizen token whose session version was bumped ("log out everywhere",
 * password change, verified identity): such a request goes on as anonymous and a stale cookie is cleared.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const env = loadEnv();
  const trusted = new Set([new URL(env.PUBLIC_URL).origin]);
  const verdictOf = (token: string): Promise<TokenVerdict> => strapi.plugin('core').service('session').verdict(token);

  return async (ctx: Context, next: Next) => {
    if (!ctx.path.startsWith('/api/')) return next();
    const header = ctx.request.header.authorization;
    const token = ctx.cookies.get(SESSION_COOKIE);

    if (header) {
      const bearer = bearerOf(header);
      if (bearer && (await verdictOf(bearer)).kind === 'stale') delete ctx.request.header.authorization;
      return next();
    }
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
    if ((await verdictOf(token)).kind === 'stale') {
      clearSessionCookie(ctx);
      return next();
    }
    ctx.request.header.authorization = `Bearer ${token}`;
    return next();
  };
};

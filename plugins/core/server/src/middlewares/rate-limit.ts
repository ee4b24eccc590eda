import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import type { LimitKind } from '../services/rate-limit';
import { tooManyRequests } from '../utils/errors';

/**
 * Route middleware for public writes: the budget is per account when signed in, per address otherwise.
 * Usage in a route: `middlewares: [{ name: 'plugin::core.rate-limit', config: { kind: 'write' } }]`.
 */
export default (config: { kind?: LimitKind }, { strapi }: { strapi: Core.Strapi }) => {
  const kind = config?.kind ?? 'write';
  return async (ctx: Context, next: Next) => {
    const user = ctx.state.user as { id?: number } | undefined;
    const key = user?.id ? `user:${user.id}` : `ip:${ctx.request.ip}`;
    const verdict = await strapi.plugin('core').service('rateLimit').consume(kind, key);
    if (!verdict.allowed) {
      ctx.set('Retry-After', String(verdict.retryAfterSeconds));
      throw tooManyRequests(verdict.retryAfterSeconds);
    }
    return next();
  };
};

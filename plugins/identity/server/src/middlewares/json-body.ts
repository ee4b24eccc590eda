import type { Context, Next } from 'koa';
import coBody from 'co-body';

/**
 * Strapi's body parser reads POST, PUT and PATCH only; `DELETE /api/identity/me` carries the password in a JSON
 * body, so this route parses it itself (same 256 kB limit as the rest of the API).
 */
export default () => async (ctx: Context, next: Next) => {
  const request = ctx.request as Context['request'] & { body?: unknown };
  if (request.body === undefined || (typeof request.body === 'object' && request.body && Object.keys(request.body).length === 0)) {
    if (ctx.is('application/json')) request.body = await coBody.json(ctx.req, { limit: '256kb' });
  }
  return next();
};

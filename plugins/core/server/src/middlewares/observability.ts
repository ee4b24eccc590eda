import { timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { loadEnv } from '@vzd/config';
import type { Metrics } from '../observability/metrics';

const READY_TIMEOUT_MS = 1000;

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** A route pattern, never a raw path, so the number of label values stays small whatever callers send. */
const routeOf = (ctx: Context): string => {
  const matched = (ctx as Context & { _matchedRoute?: string })._matchedRoute;
  if (matched) return matched;
  if (ctx.path.startsWith('/admin')) return '/admin/*';
  if (ctx.path.startsWith('/api/')) return 'unmatched';
  return ctx.status < 400 ? 'site' : 'unmatched';
};

/**
 * Probes and metrics for an orchestrator and Prometheus: `/_health/live` (the process answers), `/_health/ready`
 * (it can reach PostgreSQL, so a load balancer may send it citizens) and `/metrics` (only with
 * `Authorization: Bearer $METRICS_TOKEN`; without METRICS_TOKEN it does not exist). Every other request is
 * counted and timed by route pattern.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const token = loadEnv().METRICS_TOKEN;
  const metrics = (): Metrics => strapi.plugin('core').service('metrics');

  const ready = async (): Promise<boolean> => {
    const probe = strapi.db.connection.raw('SELECT 1');
    const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), READY_TIMEOUT_MS).unref());
    return Promise.race([probe.then(() => true, () => false), timeout]);
  };

  return async (ctx: Context, next: Next) => {
    if (ctx.method === 'GET' || ctx.method === 'HEAD') {
      if (ctx.path === '/_health/live') {
        ctx.status = 200;
        ctx.body = { status: 'live' };
        return;
      }
      if (ctx.path === '/_health/ready') {
        const ok = await ready();
        ctx.status = ok ? 200 : 503;
        ctx.body = { status: ok ? 'ready' : 'database_unavailable' };
        return;
      }
      if (ctx.path === '/metrics' && token) {
        const bearer = /^Bearer (.+)$/.exec(ctx.get('authorization'))?.[1];
        if (!bearer || !sameSecret(bearer, token)) {
          ctx.status = 401;
          ctx.set('WWW-Authenticate', 'Bearer');
          ctx.body = { data: null, error: { status: 401, name: 'UnauthorizedError', message: 'Потрібен токен метрик / A metrics token is required', details: {} } };
          return;
        }
        ctx.type = metrics().registry.contentType;
        ctx.body = await metrics().registry.metrics();
        return;
      }
    }
    const end = metrics().latency.startTimer();
    try {
      await next();
    } finally {
      const route = routeOf(ctx);
      end({ route, method: ctx.method });
      metrics().requests.inc({ route, method: ctx.method, status: String(ctx.status) });
    }
  };
};

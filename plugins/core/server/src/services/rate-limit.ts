import type { Core } from '@strapi/strapi';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { loadEnv } from '@vzd/config';

export type LimitKind = 'write' | 'auth';

/**
 * Counters live in PostgreSQL so every instance behind a load balancer shares them
 * (ARCHITECTURE: no in-memory counters).
 */
const rateLimit = ({ strapi }: { strapi: Core.Strapi }) => {
  const limiters = new Map<LimitKind, RateLimiterPostgres>();
  const env = loadEnv();
  const points: Record<LimitKind, number> = {
    write: env.RATE_LIMIT_WRITES_PER_MINUTE,
    auth: env.RATE_LIMIT_AUTH_PER_MINUTE,
  };

  const limiter = (kind: LimitKind): RateLimiterPostgres => {
    let l = limiters.get(kind);
    if (!l) {
      l = new RateLimiterPostgres({
        storeClient: strapi.db.connection,
        storeType: 'knex',
        tableName: 'core_rate_limits',
        tableCreated: true,
        keyPrefix: kind,
        points: points[kind],
        duration: 60,
      });
      limiters.set(kind, l);
    }
    return l;
  };

  return {
    /** Resolves when the caller may go on; otherwise gives the seconds to wait. */
    async consume(kind: LimitKind, key: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
      try {
        await limiter(kind).consume(key);
        return { allowed: true };
      } catch (e) {
        if (e instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.ceil(e.msBeforeNext / 1000) };
        throw e;
      }
    },
  };
};

export default rateLimit;

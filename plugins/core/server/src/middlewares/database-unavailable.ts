import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { bilingual } from '../../../shared/http-errors';

/** Long enough for a PostgreSQL restart or a failover to a standby; short enough that a citizen's retry soon works. */
export const RETRY_AFTER_SECONDS = 5;

// Socket-level failures from the pg driver while connecting or mid-query.
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now (starting up / shutting down), too_many_connections.
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
// The pg driver and knex report a lost or missing connection in words only.
const MESSAGES = [
  /Connection terminated/i,
  /Timeout acquiring a connection/i,
  /Unable to acquire a connection/i,
  /timeout expired/i,
  /is not queryable/i,
  /the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)/i,
  /terminating connection due to administrator command/i,
  // knex ends a transaction whose connection died between two statements and reports the cause elsewhere; the next
  // statement then fails with this. Our services never use a transaction after it ends, so it means a lost connection.
  /Transaction query already complete/i,
];

/**
 * Whether an error means "PostgreSQL cannot be reached right now" rather than "this request is wrong". Looks
 * through `cause` and AggregateError members, because knex and Node wrap the driver's error.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith('08')) return true;
  if (e.name === 'KnexTimeoutError') return true;
  if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string))) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

// users-permissions swallows every error while authenticating and answers 401/403, so those statuses are checked
// against the database before they reach a citizen as "please sign in".
const MAYBE_MASKED = new Set([401, 403, 500]);
const PROBE_REUSE_MS = 1000;

/**
 * A database outage answers 503 with a bilingual message and Retry-After instead of a 500 or a misleading 401,
 * so browsers, the site's forms and load balancers know to retry. Sits right inside `strapi::errors`.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  // Reused for a second so a flood of bad tokens cannot turn into a flood of probes.
  let probe: { at: number; down: Promise<boolean> } | null = null;
  const databaseDown = (): Promise<boolean> => {
    const now = Date.now();
    if (!probe || now - probe.at > PROBE_REUSE_MS) {
      probe = {
        at: now,
        down: strapi.db.connection.raw('select 1').then(
          () => false,
          (error: unknown) => isDatabaseUnavailable(error),
        ),
      };
    }
    return probe.down;
  };

  const answerUnavailable = (ctx: Context) => {
    ctx.status = 503;
    ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = {
      data: null,
      error: {
        status: 503,
        name: 'ServiceUnavailableError',
        message: bilingual({
          uk: 'Сервіс тимчасово недоступний: немає зв’язку з базою даних. Спробуйте ще раз за кілька секунд',
          en: 'The service is temporarily unavailable: the database cannot be reached. Please try again in a few seconds',
        }),
        details: { code: 'database_unavailable', retryAfterSeconds: RETRY_AFTER_SECONDS },
      },
    };
  };

  return async (ctx: Context, next: Next) => {
    try {
      await next();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      strapi.log.warn(`[database] unavailable during ${ctx.method} ${ctx.path}: ${(error as Error).message}`);
      return answerUnavailable(ctx);
    }
    if (MAYBE_MASKED.has(ctx.status) && (await databaseDown())) answerUnavailable(ctx);
  };
};

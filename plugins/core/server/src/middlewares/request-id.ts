import type { Context, Next } from 'koa';
import { loadEnv } from '@vzd/config';
import { chooseRequestId, runWithRequestId } from '../observability/request-context';

/**
 * Gives every request an id — the trusted proxy's `X-Request-Id`, else a new UUID — answers it in `X-Request-Id`,
 * and keeps it for the request's log lines and audit entries (observability/request-context.ts).
 */
export default () => {
  const trustProxy = loadEnv().TRUSTED_PROXY_HOPS > 0;
  return (ctx: Context, next: Next) => {
    const requestId = chooseRequestId(ctx.get('x-request-id') || undefined, trustProxy);
    ctx.set('X-Request-Id', requestId);
    return runWithRequestId(requestId, next);
  };
};

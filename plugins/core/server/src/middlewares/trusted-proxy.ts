import type { Context, Next } from 'koa';
import { loadEnv } from '@vzd/config';
import { trustedForwardedValue } from '../domain/proxy/forwarded';

const REWRITTEN = ['x-forwarded-proto', 'x-forwarded-host'] as const;

/**
 * First in the chain: leaves only the trusted hop's X-Forwarded-Proto and X-Forwarded-Host, so `ctx.protocol`
 * (Secure cookies) and `ctx.host` (origin checks) cannot be chosen by a client writing the header's left end.
 * The client address needs nothing here: `server.proxy.maxIpsCount` applies the same rule to X-Forwarded-For.
 */
export default () => {
  const hops = loadEnv().TRUSTED_PROXY_HOPS;
  return async (ctx: Context, next: Next) => {
    if (hops > 0) {
      for (const name of REWRITTEN) {
        const header = ctx.req.headers[name];
        const trusted = trustedForwardedValue(Array.isArray(header) ? header.join(',') : header, hops);
        if (trusted === undefined) delete ctx.req.headers[name];
        else ctx.req.headers[name] = trusted;
      }
    }
    return next();
  };
};

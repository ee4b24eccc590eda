import { env } from '../src/env';

export default () => ({
  host: env.HOST,
  port: env.PORT,
  url: env.PUBLIC_URL,
  // Strapi 5 reads `server.proxy.koa` (a bare `proxy: true` is ignored). With N trusted proxies Koa keeps the last N
  // X-Forwarded-For entries and takes the first of them: the address the outermost trusted proxy saw, never what
  // a client wrote further left. plugin::core.trusted-proxy does the same for X-Forwarded-Proto and -Host.
  proxy: { koa: env.TRUSTED_PROXY_HOPS > 0, maxIpsCount: env.TRUSTED_PROXY_HOPS },
  app: { keys: env.APP_KEYS.split(',') },
  logger: { updates: { enabled: false }, startup: { enabled: false } },
});

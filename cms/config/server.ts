import { env } from '../src/env';

export default () => ({
  host: env.HOST,
  port: env.PORT,
  url: env.PUBLIC_URL,
  // Behind a load balancer in production: trust X-Forwarded-* so rate limits see the client's address.
  proxy: env.isProduction,
  app: { keys: env.APP_KEYS.split(',') },
  logger: { updates: { enabled: false }, startup: { enabled: false } },
});

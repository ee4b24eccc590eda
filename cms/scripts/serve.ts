import { ConfigError, loadEnv, requireExplicitNodeEnv } from '@vzd/config';

/**
 * Runs Strapi alone against an already running database: used by the tests and by production process
 * managers (several of these behind a load balancer). `npm start` uses start.ts, which also provides the
 * database and the site.
 */
async function main(): Promise<void> {
  requireExplicitNodeEnv();
  loadEnv();
  // Loaded only now: importing @strapi/core sets NODE_ENV to "development" when it is missing.
  const { bootStrapi } = await import('./boot.js');
  const strapi = await bootStrapi();
  const stop = () => {
    strapi.destroy().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.send?.({ ready: true, port: strapi.config.get('server.port') });
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});

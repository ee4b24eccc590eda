import { ConfigError, loadEnv, requireExplicitNodeEnv } from '@vzd/config';
import { bootStrapi } from './boot';

/**
 * Runs Strapi alone against an already running database: used by the tests and by production process
 * managers (several of these behind a load balancer). `npm start` uses start.ts, which also provides the
 * database and the site.
 */
async function main(): Promise<void> {
  requireExplicitNodeEnv();
  loadEnv();
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

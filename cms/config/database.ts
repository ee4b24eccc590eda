import { databaseUrl, env } from '../src/env';

export default () => ({
  connection: {
    client: 'postgres',
    connection: {
      connectionString: databaseUrl,
      ssl: env.DATABASE_SSL ? { rejectUnauthorized: true } : false,
      // A server that drops packets instead of refusing them would otherwise hold each new connection for the
      // operating system's TCP timeout (about two minutes), blocking the pool's slots long after it is back.
      connectionTimeoutMillis: 5000,
    },
    pool: { min: env.DATABASE_POOL_MIN, max: env.DATABASE_POOL_MAX },
    // How long a request waits for a free connection before it is answered 503 (database-unavailable middleware).
    // A refused connection fails at once, so an outage is answered in milliseconds; this bounds the wait when the
    // pool is exhausted or the server does not answer. Lower values turn short load spikes into 503s.
    acquireConnectionTimeout: 10000,
  },
});

import { databaseUrl, env } from '../src/env';

export default () => ({
  connection: {
    client: 'postgres',
    connection: {
      connectionString: databaseUrl,
      ssl: env.DATABASE_SSL ? { rejectUnauthorized: true } : false,
    },
    pool: { min: env.DATABASE_POOL_MIN, max: env.DATABASE_POOL_MAX },
    acquireConnectionTimeout: 10000,
  },
});

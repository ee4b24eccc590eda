import { join } from 'node:path';
import { Client } from 'pg';
import { recreateDatabase, startEmbeddedServer } from '@vzd/database';
import { baseEnv, RUN_DIR } from './test-environment';
import { freePort } from './test-server';

/**
 * A fresh database for one test run: on DATABASE_URL's server when it is set (a database named after the run),
 * otherwise a private embedded server in the run's folder on a free port.
 */
export async function provideTestDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const env = baseEnv();
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    url.pathname = `/vzayemodiia_test_${process.pid}`;
    await recreateDatabase(url.toString());
    return { url: url.toString(), stop: () => dropDatabase(url) };
  }
  const port = await freePort();
  const server = await startEmbeddedServer({ dataDir: join(RUN_DIR, 'postgres'), port, password: env.EMBEDDED_PG_PASSWORD });
  const url = `postgres://postgres:${encodeURIComponent(env.EMBEDDED_PG_PASSWORD)}@127.0.0.1:${port}/vzayemodiia_test`;
  await recreateDatabase(url);
  return {
    url,
    stop: async () => {
      await server.stop();
      if (!process.env.KEEP_TEST_RUN) server.removeData();
    },
  };
}

async function dropDatabase(url: URL): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${url.pathname.slice(1)}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

import { fromRoot } from '@vzd/config';
import { recreateDatabase, startEmbeddedServer } from '@vzd/database';
import { baseEnv } from './test-environment';

const TEST_DATABASE = 'vzayemodiia_test';

/**
 * A fresh database for one test run: on DATABASE_URL's server when it is set, otherwise on an embedded server
 * of its own (a folder and port apart from the one `npm start` uses, so both can run at once).
 */
export async function provideTestDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const env = baseEnv();
  let url: URL;
  let stop = async () => undefined as void;
  if (env.DATABASE_URL) {
    url = new URL(env.DATABASE_URL);
  } else {
    const port = env.EMBEDDED_PG_PORT + 1;
    const server = await startEmbeddedServer({
      dataDir: fromRoot(`${env.EMBEDDED_PG_DIR}-test`),
      port,
      password: env.EMBEDDED_PG_PASSWORD,
    });
    url = new URL(`postgres://postgres:${encodeURIComponent(env.EMBEDDED_PG_PASSWORD)}@127.0.0.1:${port}/postgres`);
    stop = () => server.stop();
  }
  url.pathname = `/${TEST_DATABASE}`;
  await recreateDatabase(url.toString());
  return { url: url.toString(), stop };
}

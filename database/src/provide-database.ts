import { fromRoot, type Env } from '@vzd/config';
import { startEmbeddedServer, type RunningServer } from './embedded-server';
import { ensureDatabase } from './ensure-database';
import { connectionUrl } from './connection-url';

export interface ProvidedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The database the platform runs on: DATABASE_URL when set, otherwise the embedded server
 * (EMBEDDED_PG_DIR, EMBEDDED_PG_PORT) with the database EMBEDDED_PG_DATABASE.
 */
export async function provideDatabase(env: Env, log?: (line: string) => void): Promise<ProvidedDatabase> {
  if (env.DATABASE_URL) {
    await ensureDatabase(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const server: RunningServer = await startEmbeddedServer({
    dataDir: fromRoot(env.EMBEDDED_PG_DIR),
    port: env.EMBEDDED_PG_PORT,
    password: env.EMBEDDED_PG_PASSWORD,
    log,
  });
  const url = connectionUrl(env);
  await ensureDatabase(url);
  return { url, embedded: true, stop: () => server.stop() };
}

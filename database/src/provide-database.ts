import { fromRoot, type Env } from '@vzd/config';
import { startEmbeddedServer, type RunningServer } from './embedded/embedded-server';
import { ensureDatabase } from './ensure-database';
import { connectionUrl } from './connection-url';

export interface ProvidedDatabase {
  url: string;
  embedded: boolean;
  /** The embedded server's data folder (under a system folder when the checkout is closed to other users). */
  dataDir: string | null;
  stop(): Promise<void>;
}

/**
 * The database the platform runs on: DATABASE_URL when set, otherwise the embedded server
 * (EMBEDDED_PG_DIR, EMBEDDED_PG_PORT) with the database EMBEDDED_PG_DATABASE.
 */
export async function provideDatabase(env: Env, log?: (line: string) => void): Promise<ProvidedDatabase> {
  if (env.DATABASE_URL) {
    await ensureDatabase(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, dataDir: null, stop: async () => undefined };
  }
  const server: RunningServer = await startEmbeddedServer({
    dataDir: fromRoot(env.EMBEDDED_PG_DIR),
    port: env.EMBEDDED_PG_PORT,
    password: env.EMBEDDED_PG_PASSWORD,
    log,
  });
  const url = connectionUrl(env);
  await ensureDatabase(url);
  return { url, embedded: true, dataDir: server.dataDir, stop: () => server.stop() };
}

import { fromRoot, type Env } from '@vzd/config';
import { startEmbeddedServer, type RunningServer } from './embedded/embedded-server';
import type { DatabaseStatus } from './embedded/supervisor';
import { ensureDatabase } from './ensure-database';
import { connectionUrl } from './connection-url';

export interface ProvidedDatabase {
  url: string;
  embedded: boolean;
  /** The embedded server's data folder (under a system folder when the checkout is closed to other users). */
  dataDir: string | null;
  /** The embedded server's supervision state; null for DATABASE_URL, whose server is someone else's to keep up. */
  status(): DatabaseStatus | null;
  stop(): Promise<void>;
}

/** Supervision news goes to the console whatever `log` does with PostgreSQL's own lines: an operator must see it. */
const reportToConsole = (line: string) => console.warn(`${new Date().toISOString()} [database] ${line}`);

/**
 * The database the platform runs on: DATABASE_URL when set, otherwise the embedded server
 * (EMBEDDED_PG_DIR, EMBEDDED_PG_PORT) with the database EMBEDDED_PG_DATABASE, restarted whenever it stops unasked.
 */
export async function provideDatabase(
  env: Env,
  log?: (line: string) => void,
  report: (line: string) => void = reportToConsole,
): Promise<ProvidedDatabase> {
  if (env.DATABASE_URL) {
    await ensureDatabase(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, dataDir: null, status: () => null, stop: async () => undefined };
  }
  const server: RunningServer = await startEmbeddedServer({
    dataDir: fromRoot(env.EMBEDDED_PG_DIR),
    port: env.EMBEDDED_PG_PORT,
    password: env.EMBEDDED_PG_PASSWORD,
    log,
    supervise: { report },
  });
  const url = connectionUrl(env);
  await ensureDatabase(url);
  return { url, embedded: true, dataDir: server.dataDir, status: () => server.status(), stop: () => server.stop() };
}

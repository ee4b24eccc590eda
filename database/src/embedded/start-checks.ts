import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { EmbeddedServerError } from './embedded-server-error';

/**
 * Refuses a port another program already listens on, before the server we start fails on it with a stack trace or
 * a log line; `variable` is the setting that chooses the port.
 */
export function assertPortFree(port: number, variable: string, host = '127.0.0.1'): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new EmbeddedServerError(
              `Port ${port} on ${host} is already taken by another program: stop it, or set ${variable} to a free port.`,
            )
          : error,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** A data folder made by another PostgreSQL major version cannot be opened by this one (pg_upgrade moves it). */
export function assertSameMajorVersion(dataDir: string, major: number): void {
  const versionFile = join(dataDir, 'PG_VERSION');
  if (!existsSync(versionFile)) return;
  const found = Number(readFileSync(versionFile, 'utf8').trim());
  if (found !== major) {
    throw new EmbeddedServerError(
      `The data folder ${dataDir} was made by PostgreSQL ${found}, and this platform runs PostgreSQL ${major}: move the folder away (or set EMBEDDED_PG_DIR to another one) to start with a new database, or upgrade it with pg_upgrade.`,
    );
  }
}

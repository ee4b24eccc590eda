import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot, type Env } from '@vzd/config';
import { startEmbeddedServer } from '../embedded/embedded-server';
import { placeServer } from '../embedded/server-placement';
import { BackupError } from './backup-error';
import { storeBackup, type StoredBackup } from './backup-store';
import { dumpBackup } from './dump-backup';
import { physicalBackup } from './physical-backup';
import { runningPostmaster } from './physical-restore';

/** The embedded server's superuser connection (its `postgres` database, which always exists). */
export function embeddedSuperuserUrl(env: Env): string {
  return `postgres://postgres:${encodeURIComponent(env.EMBEDDED_PG_PASSWORD)}@127.0.0.1:${env.EMBEDDED_PG_PORT}/postgres`;
}

/**
 * `npm run backup`: a pg_dump of DATABASE_URL's database, or a base backup of the embedded server. The embedded
 * server is backed up while it runs (hot); when it does not run, it is started for the backup and stopped again.
 */
export async function backupFromEnv(env: Env, report: (line: string) => void): Promise<StoredBackup> {
  const root = fromRoot(env.BACKUP_DIR);
  if (env.DATABASE_URL) {
    const url = env.DATABASE_URL;
    return storeBackup(root, 'dump', env.BACKUP_KEEP, (dir) => dumpBackup(url, dir, env.PG_BIN_DIR));
  }
  const requested = fromRoot(env.EMBEDDED_PG_DIR);
  const { dataDir } = placeServer(requested);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) throw new BackupError(`There is no embedded database in ${requested} to back up: start the platform once with npm start.`);
  const url = embeddedSuperuserUrl(env);
  if (runningPostmaster(dataDir)) return storeBackup(root, 'physical', env.BACKUP_KEEP, (dir) => physicalBackup(url, dir));
  report(`The embedded PostgreSQL is not running; starting it on port ${env.EMBEDDED_PG_PORT} for the backup.`);
  const server = await startEmbeddedServer({ dataDir: requested, port: env.EMBEDDED_PG_PORT, password: env.EMBEDDED_PG_PASSWORD });
  try {
    return await storeBackup(root, 'physical', env.BACKUP_KEEP, (dir) => physicalBackup(url, dir));
  } finally {
    await server.stop();
  }
}

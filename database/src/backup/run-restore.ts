import { fromRoot, type Env } from '@vzd/config';
import { startEmbeddedServer } from '../embedded/embedded-server';
import { BackupError } from './backup-error';
import { findBackup, storeBackup } from './backup-store';
import { dumpBackup, restoreDump, userTableCount } from './dump-backup';
import { readManifest, verifyBackup } from './manifest';
import { restorePhysical } from './physical-restore';

/**
 * `npm run restore -- <backup> [--force]`: a dump into DATABASE_URL's database, or a base backup into the embedded
 * server's data folder. Existing data is never lost: the embedded folder is renamed aside, an external database is
 * dumped into the backup folder first. Without --force, a running embedded server or a database with tables is refused.
 */
export async function restoreFromEnv(env: Env, given: string, force: boolean, report: (line: string) => void): Promise<void> {
  const root = fromRoot(env.BACKUP_DIR);
  const backupDir = findBackup(root, given);
  const manifest = readManifest(backupDir);
  report(`Restoring ${backupDir} (${manifest.kind}, PostgreSQL ${manifest.server.version}, made ${manifest.startedAt}).`);

  if (env.DATABASE_URL) {
    const url = env.DATABASE_URL;
    if (manifest.kind !== 'dump') throw new BackupError(`${backupDir} is a base backup of the embedded server: restore it without DATABASE_URL, or restore a dump (a backup made with DATABASE_URL set).`);
    await verifyBackup(backupDir, manifest);
    const tables = await userTableCount(url);
    if (tables > 0 && !force) throw new BackupError(`The database at DATABASE_URL already has ${tables} tables: add --force to replace them (a dump of them is made first).`);
    if (tables > 0) {
      // Not counted against BACKUP_KEEP: pruning now could delete the very backup being restored.
      const kept = await storeBackup(root, 'dump', Number.POSITIVE_INFINITY, (dir) => dumpBackup(url, dir, env.PG_BIN_DIR));
      report(`The database as it was is kept in ${kept.dir}.`);
    }
    await restoreDump(backupDir, url, env.PG_BIN_DIR);
    report('Restored. Start (or restart) Strapi on it.');
    return;
  }

  if (manifest.kind !== 'physical') throw new BackupError(`${backupDir} is a dump of an external server: restore it with DATABASE_URL set to the database to fill.`);
  const requested = fromRoot(env.EMBEDDED_PG_DIR);
  const result = await restorePhysical(backupDir, manifest, requested, { force });
  if (result.aside) report(`The data that was there is kept in ${result.aside} (delete it when you no longer need it).`);
  if (result.stoppedPid) {
    report(`Stopped PostgreSQL ${result.stoppedPid}, which ran on the old data; a running npm start restarts it on the restored data within seconds.`);
    return;
  }
  // Replaying the backup's WAL happens at the first start: do it now, so a backup that cannot recover says so here.
  const began = Date.now();
  const server = await startEmbeddedServer({ dataDir: requested, port: env.EMBEDDED_PG_PORT, password: env.EMBEDDED_PG_PASSWORD });
  await server.stop();
  report(`Restored into ${result.dataDir}; PostgreSQL replayed the backup's WAL and started in ${Date.now() - began} ms. Start the platform with npm start.`);
}

import { ConfigError, loadEnv } from '@vzd/config';
import { EmbeddedServerError } from '../embedded/embedded-server-error';
import { BackupError } from './backup-error';
import { backupFromEnv } from './run-backup';

/** `npm run backup`. */
async function main(): Promise<void> {
  const env = loadEnv();
  const began = Date.now();
  const { dir, manifest, removed } = await backupFromEnv(env, console.log);
  const files = Object.values(manifest.files);
  const megabytes = files.reduce((sum, f) => sum + f.size, 0) / 1024 / 1024;
  console.log(`Backup written to ${dir}: ${manifest.kind}, PostgreSQL ${manifest.server.version}, ${files.length} files, ${megabytes.toFixed(1)} MB, ${((Date.now() - began) / 1000).toFixed(1)} s.`);
  if (removed.length) console.log(`Removed older backups (BACKUP_KEEP=${env.BACKUP_KEEP}): ${removed.join(', ')}.`);
}

main().catch((error) => {
  const known = error instanceof BackupError || error instanceof ConfigError || error instanceof EmbeddedServerError;
  console.error(known ? error.message : error);
  process.exit(1);
});

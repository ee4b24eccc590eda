import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runsAsOtherUser } from '../embedded/folder-access';
import { placeServer } from '../embedded/server-placement';
import { BackupError } from './backup-error';
import { copyFileHashed } from './copy-file';
import type { BackupManifest } from './manifest';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The pid of the postmaster running on `dataDir`, or null. */
export function runningPostmaster(dataDir: string): number | null {
  const file = join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return pid > 0 && alive(pid) ? pid : null;
}

function chownTree(path: string, uid: number, gid: number): void {
  chownSync(path, uid, gid);
  if (!statSync(path).isDirectory()) return;
  for (const name of readdirSync(path)) chownTree(join(path, name), uid, gid);
}

const postgresIds = () => ({
  uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
  gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
});

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (alive(pid)) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

export interface PhysicalRestoreResult {
  /** The data folder now holding the backup (a real path; the requested one may be a link to it). */
  dataDir: string;
  /** Where the data that was there before is kept, if there was any. */
  aside: string | null;
  /** The server that ran on the old data and was stopped (with --force). */
  stoppedPid: number | null;
}

/**
 * Puts a base backup in place as the embedded server's data folder. Files are copied into a folder beside the target
 * and checked against the manifest as they are copied; only a complete copy is renamed into place, and the data that
 * was there is renamed aside (`<folder>.before-restore-<time>`), never deleted. A server running on the target is
 * refused unless `force`: then it is stopped after the swap (a supervising `npm start` restarts it on the restored
 * data). The server replays the backup's WAL when it next starts.
 */
export async function restorePhysical(
  backupDir: string,
  manifest: BackupManifest,
  requestedDataDir: string,
  options: { force: boolean },
): Promise<PhysicalRestoreResult> {
  const placement = placeServer(requestedDataDir);
  const backupMajor = Math.floor(manifest.server.versionNum / 10000);
  if (backupMajor !== placement.major) {
    throw new BackupError(`The backup ${backupDir} was made by PostgreSQL ${backupMajor}, and this platform runs PostgreSQL ${placement.major}: restore it with PostgreSQL ${backupMajor} binaries, then upgrade with pg_upgrade.`);
  }
  const target = placement.dataDir;
  const pid = runningPostmaster(target);
  if (pid && !options.force) {
    throw new BackupError(`PostgreSQL (pid ${pid}) is running on ${target}: stop npm start first, or add --force to replace its data while it runs (the current data is kept aside).`);
  }

  const staging = `${target}.restoring-${randomBytes(4).toString('hex')}`;
  try {
    mkdirSync(staging, { recursive: true, mode: 0o700 });
    for (const directory of manifest.directories) mkdirSync(join(staging, directory.replace(/^base\//, '')), { recursive: true, mode: 0o700 });
    for (const [relative, expected] of Object.entries(manifest.files)) {
      if (!relative.startsWith('base/')) continue;
      const copied = await copyFileHashed(join(backupDir, relative), join(staging, relative.slice('base/'.length)));
      if (copied.sha256 !== expected.sha256) throw new BackupError(`The backup ${backupDir} is damaged: ${relative} does not match its checksum. Nothing was changed.`);
    }
    if (runsAsOtherUser()) {
      const { uid, gid } = postgresIds();
      chownTree(staging, uid, gid);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError(`The backup could not be copied to ${staging} (nothing was changed): ${(error as Error).message}`);
  }

  const aside = existsSync(target) ? `${target}.before-restore-${new Date().toISOString().replace(/[-:.]/g, '')}` : null;
  // A running server keeps working in the renamed folder (it holds it as its working directory) until it is stopped.
  if (aside) renameSync(target, aside);
  renameSync(staging, target);
  if (pid) {
    process.kill(pid, 'SIGINT');
    if (!(await waitUntilGone(pid, 60_000))) throw new BackupError(`The data is restored, but PostgreSQL (pid ${pid}) on the old data did not stop within a minute: stop it yourself.`);
  }
  return { dataDir: target, aside, stoppedPid: pid };
}

import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BackupError } from './backup-error';
import type { BackupKind } from './backup-names';

export const MANIFEST_FILE = 'manifest.json';

/** What a backup holds and how to check it: written last, so a folder with a manifest is a finished backup. */
export interface BackupManifest {
  format: 'vzayemodiia-backup/1';
  kind: BackupKind;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  server: { version: string; versionNum: number; database: string | null };
  /** physical: the WAL range the restored server replays to be consistent (as in backup_label); dump: the server's LSN when it began. */
  wal: { startLsn: string; stopLsn: string | null; startFile: string | null; stopFile: string | null };
  /** Folders to recreate empty (a data folder's pg_wal/archive_status, pg_replslot…), relative to the backup. */
  directories: string[];
  /** Every file of the backup but the manifest, relative to the backup folder. */
  files: Record<string, { size: number; sha256: string }>;
}

export function writeManifest(backupDir: string, manifest: BackupManifest): void {
  writeFileSync(join(backupDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
}

export function readManifest(backupDir: string): BackupManifest {
  const file = join(backupDir, MANIFEST_FILE);
  if (!existsSync(file)) throw new BackupError(`${backupDir} is not a finished backup (it has no ${MANIFEST_FILE}): pass a folder made by npm run backup.`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest;
  if (manifest.format !== 'vzayemodiia-backup/1') throw new BackupError(`${file} is of an unknown format (${String(manifest.format)}).`);
  return manifest;
}

export function sha256OfFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Checks every file against the manifest before anything is restored from it. */
export async function verifyBackup(backupDir: string, manifest: BackupManifest): Promise<void> {
  for (const [relative, expected] of Object.entries(manifest.files)) {
    const path = join(backupDir, relative);
    if (!existsSync(path)) throw new BackupError(`The backup ${backupDir} is damaged: ${relative} is missing.`);
    if ((await sha256OfFile(path)) !== expected.sha256) throw new BackupError(`The backup ${backupDir} is damaged: ${relative} does not match its checksum.`);
  }
}

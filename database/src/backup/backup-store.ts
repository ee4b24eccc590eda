import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BackupError } from './backup-error';
import { backupName, expiredBackups, type BackupKind } from './backup-names';
import { writeManifest, type BackupManifest } from './manifest';

export type ManifestBody = Pick<BackupManifest, 'server' | 'wal' | 'directories' | 'files'>;

export interface StoredBackup {
  dir: string;
  manifest: BackupManifest;
  /** Older backups deleted by the retention rule. */
  removed: string[];
}

/**
 * Makes one backup in `root`: written under `<name>.partial`, given its manifest, then renamed, so a backup that
 * fails half-way never replaces a good one nor counts towards retention; then only the newest `keep` are kept.
 */
export async function storeBackup(root: string, kind: BackupKind, keep: number, fill: (dir: string) => Promise<ManifestBody>): Promise<StoredBackup> {
  const startedAt = new Date();
  const dir = join(root, backupName(startedAt, kind));
  if (existsSync(dir)) throw new BackupError(`A backup named ${dir} already exists: wait a second and run it again.`);
  const partial = `${dir}.partial`;
  // Backups hold password hashes and personal data: readable by their owner only.
  mkdirSync(root, { recursive: true, mode: 0o700 });
  mkdirSync(partial, { mode: 0o700 });
  let body: ManifestBody;
  try {
    body = await fill(partial);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  const finishedAt = new Date();
  const manifest: BackupManifest = {
    format: 'vzayemodiia-backup/1',
    kind,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    ...body,
  };
  writeManifest(partial, manifest);
  renameSync(partial, dir);
  const removed = expiredBackups(readdirSync(root), keep);
  for (const name of removed) rmSync(join(root, name), { recursive: true, force: true });
  return { dir, manifest, removed };
}

/** A backup given by path, by name inside `root`, or `latest`. */
export function findBackup(root: string, given: string): string {
  if (given === 'latest') {
    const names = existsSync(root) ? readdirSync(root).filter((n) => /^\d{8}T\d{6}Z-(physical|dump)$/.test(n)).sort() : [];
    if (!names.length) throw new BackupError(`There is no backup in ${root} yet: make one with npm run backup.`);
    return join(root, names[names.length - 1]);
  }
  if (existsSync(given)) return given;
  if (existsSync(join(root, given))) return join(root, given);
  throw new BackupError(`No backup ${given} (looked for it as given and in ${root}): list ${root} and pass one of its folders.`);
}

/**
 * Backups are folders named by the time they began (UTC, sortable as text) and their kind, e.g.
 * `20261204T173000Z-physical`. A folder still being written ends in `.partial` and is never counted as a backup.
 */
export type BackupKind = 'physical' | 'dump';

const NAME = /^(\d{8}T\d{6}Z)-(physical|dump)$/;

export function backupName(startedAt: Date, kind: BackupKind): string {
  const stamp = startedAt.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  return `${stamp}-${kind}`;
}

export const isBackupName = (name: string): boolean => NAME.test(name);

/** The finished backups to delete so that only the newest `keep` remain (other folders are never touched). */
export function expiredBackups(names: string[], keep: number): string[] {
  const backups = names.filter(isBackupName).sort();
  return backups.slice(0, Math.max(0, backups.length - keep));
}

import { backupName, expiredBackups, isBackupName } from '../backup-names';

describe('backup names and retention', () => {
  it('names a backup by the UTC second it began and its kind', () => {
    expect(backupName(new Date('2026-12-04T17:30:05.123Z'), 'physical')).toBe('20261204T173005Z-physical');
    expect(isBackupName('20261204T173005Z-dump')).toBe(true);
    expect(isBackupName('20261204T173005Z-physical.partial')).toBe(false);
  });

  it('keeps the newest N backups and deletes the older ones', () => {
    const names = ['20261203T010000Z-physical', '20261201T010000Z-dump', '20261204T010000Z-physical', '20261202T010000Z-physical'];
    expect(expiredBackups(names, 2)).toEqual(['20261201T010000Z-dump', '20261202T010000Z-physical']);
    expect(expiredBackups(names, 10)).toEqual([]);
  });

  it('never deletes unfinished backups or folders it did not make', () => {
    const names = ['20261201T010000Z-physical.partial', 'notes', '20261202T010000Z-physical', '20261203T010000Z-physical'];
    expect(expiredBackups(names, 1)).toEqual(['20261202T010000Z-physical']);
  });
});

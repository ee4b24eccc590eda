import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupError } from '../backup-error';
import { findBackup, storeBackup, type ManifestBody } from '../backup-store';
import { readManifest } from '../manifest';

const body = (): ManifestBody => ({
  server: { version: '18.4', versionNum: 180004, database: null },
  wal: { startLsn: '0/3000028', stopLsn: '0/3000120', startFile: '000000010000000000000003', stopFile: '000000010000000000000003' },
  directories: [],
  files: { 'base/PG_VERSION': { size: 3, sha256: 'x' } },
});

describe('the backup folder', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'vzd-backups-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes a finished backup with its manifest and keeps only the newest BACKUP_KEEP', async () => {
    for (const old of ['20261201T010000Z-physical', '20261202T010000Z-physical']) {
      mkdirSync(join(root, old));
      writeFileSync(join(root, old, 'manifest.json'), '{}');
    }
    mkdirSync(join(root, 'operator-notes'));
    const stored = await storeBackup(root, 'physical', 2, async (dir) => {
      writeFileSync(join(dir, 'data'), 'x');
      return body();
    });
    expect(readManifest(stored.dir)).toMatchObject({ format: 'vzayemodiia-backup/1', kind: 'physical', wal: { startLsn: '0/3000028' } });
    expect(stored.removed).toEqual(['20261201T010000Z-physical']);
    expect(readdirSync(root).sort()).toEqual(['20261202T010000Z-physical', 'operator-notes', stored.dir.split('/').pop()].sort());
    expect(findBackup(root, 'latest')).toBe(stored.dir);
  });

  it('leaves nothing behind and deletes no older backup when a backup fails half-way', async () => {
    mkdirSync(join(root, '20261201T010000Z-physical'));
    await expect(
      storeBackup(root, 'physical', 1, async (dir) => {
        writeFileSync(join(dir, 'half'), 'x');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(readdirSync(root)).toEqual(['20261201T010000Z-physical']);
  });

  it('refuses a folder that is not a finished backup', () => {
    mkdirSync(join(root, '20261201T010000Z-physical.partial'));
    expect(() => readManifest(join(root, '20261201T010000Z-physical.partial'))).toThrow(BackupError);
    expect(() => findBackup(root, 'latest')).toThrow('There is no backup in');
    expect(existsSync(root)).toBe(true);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listDataFolder } from '../physical-backup';

describe('what a base backup copies from the data folder', () => {
  let dataDir: string;
  const files = [
    'PG_VERSION',
    'postgresql.conf',
    'postmaster.pid',
    'postmaster.opts',
    'backup_label',
    'global/pg_control',
    'global/1262',
    'global/pg_internal.init',
    'base/5/16384',
    'base/5/pg_internal.init',
    'base/pgsql_tmp/pgsql_tmp123.0',
    'pg_wal/000000010000000000000003',
    'pg_wal/archive_status/000000010000000000000002.done',
    'pg_stat_tmp/global.stat',
    'pg_replslot/slot/state',
    'pg_subtrans/0000',
    'pg_xact/0000',
  ];

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'vzd-datadir-'));
    for (const file of files) {
      mkdirSync(dirname(join(dataDir, file)), { recursive: true });
      writeFileSync(join(dataDir, file), 'x');
    }
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('copies the relation, configuration and commit-log files, pg_control last', () => {
    const { files: copied } = listDataFolder(dataDir);
    expect([...copied].sort()).toEqual(['PG_VERSION', 'base/5/16384', 'global/1262', 'global/pg_control', 'pg_xact/0000', 'postgresql.conf']);
    expect(copied[copied.length - 1]).toBe('global/pg_control');
  });

  it('leaves out what PostgreSQL rebuilds or must not find (pid file, old backup_label, WAL, temporary files), keeping their folders', () => {
    const { directories } = listDataFolder(dataDir);
    expect(directories).toEqual(expect.arrayContaining(['pg_wal', 'pg_wal/archive_status', 'pg_stat_tmp', 'pg_replslot', 'pg_subtrans', 'base/5']));
    expect(directories).not.toContain('base/pgsql_tmp');
    expect(directories).not.toContain('pg_replslot/slot');
  });
});

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { copyFileHashed } from './copy-file';
import type { ManifestBody } from './backup-store';
import type { BackupManifest } from './manifest';

/** Folders whose contents a base backup leaves out (PostgreSQL's own list for pg_basebackup): rebuilt at start. */
const EMPTY_ON_RESTORE = new Set(['pg_wal', 'pg_stat_tmp', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_subtrans']);
const SKIPPED_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'pg_internal.init', 'backup_label', 'tablespace_map', 'current_logfiles']);
const WAL_SEGMENT = /^[0-9A-F]{24}$/;
// pg_basebackup sends pg_control last, so a copy that ends early is never mistaken for a whole one.
const CONTROL_FILE = 'global/pg_control';

const ignoreVanished = (error: unknown) => {
  // A table dropped during the copy takes its files with it; the WAL replay at restore drops it as well.
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
};

/** The data folder's files and folders to copy, relative to it, in copy order. */
export function listDataFolder(dataDir: string): { files: string[]; directories: string[] } {
  const files: string[] = [];
  const directories: string[] = [];
  const walk = (relative: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(dataDir, relative), { withFileTypes: true });
    } catch (error) {
      ignoreVanished(error);
      return;
    }
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.name.startsWith('pgsql_tmp') || SKIPPED_FILES.has(entry.name)) continue;
      if (entry.isDirectory()) {
        directories.push(path);
        if (!(relative === '' && EMPTY_ON_RESTORE.has(entry.name))) walk(path);
      } else if (entry.isFile() && path !== CONTROL_FILE) files.push(path);
    }
  };
  walk('');
  directories.push('pg_wal/archive_status');
  return { files: [...files, CONTROL_FILE], directories };
}

/**
 * A hot base backup of a running server into `target` with PostgreSQL's low-level API, as `pg_basebackup -X fetch`
 * makes it: pg_backup_start, a copy of the data folder, pg_backup_stop (giving backup_label), then the WAL the copy
 * needs to be consistent. A temporary replication slot holds that WAL until it is copied. Needs a superuser
 * connection and the data folder on this machine; no client tools, so it works for any server version.
 */
export async function physicalBackup(superuserUrl: string, target: string): Promise<ManifestBody> {
  const client = new Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ data_directory: string; server_version: string; version_num: string }>(
      `SELECT current_setting('data_directory') AS data_directory, current_setting('server_version') AS server_version,
              current_setting('server_version_num') AS version_num`,
    );
    const { data_directory: dataDir, server_version: version, version_num: versionNum } = rows[0];
    // Temporary: dropped with this session, so a backup that dies never leaves WAL held on the server.
    await client.query('SELECT pg_create_physical_replication_slot($1, true, true)', [`vzd_backup_${process.pid}_${Date.now()}`]);
    const started = await client.query<{ lsn: string }>("SELECT pg_backup_start('vzayemodiia', true)::text AS lsn");

    const base = join(target, 'base');
    mkdirSync(base, { recursive: true, mode: 0o700 });
    const files: BackupManifest['files'] = {};
    const { files: dataFiles, directories } = listDataFolder(dataDir);
    for (const directory of directories) mkdirSync(join(base, directory), { recursive: true, mode: 0o700 });
    for (const relative of dataFiles) {
      try {
        files[`base/${relative}`] = await copyFileHashed(join(dataDir, relative), join(base, relative));
      } catch (error) {
        ignoreVanished(error);
      }
    }

    const stopped = await client.query<{ lsn: string; labelfile: string; spcmapfile: string | null; stop_file: string }>(
      'SELECT lsn::text, labelfile, spcmapfile, pg_walfile_name(lsn) AS stop_file FROM pg_backup_stop(false)',
    );
    const { lsn: stopLsn, labelfile, spcmapfile, stop_file: stopFile } = stopped.rows[0];
    const startFile = /START WAL LOCATION: .* \(file ([0-9A-F]{24})\)/.exec(labelfile)?.[1];
    if (!startFile) throw new Error(`backup_label without a start WAL file:\n${labelfile}`);
    const writeText = (name: string, text: string) => {
      writeFileSync(join(base, name), text, { mode: 0o600 });
      files[`base/${name}`] = { size: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') };
    };
    writeText('backup_label', labelfile);
    if (spcmapfile) writeText('tablespace_map', spcmapfile);

    const timeline = startFile.slice(0, 8);
    const segments = readdirSync(join(dataDir, 'pg_wal'))
      .filter((name) => WAL_SEGMENT.test(name) && name.startsWith(timeline) && name >= startFile && name <= stopFile)
      .sort();
    if (segments[0] !== startFile || segments[segments.length - 1] !== stopFile) {
      throw new Error(`the WAL from ${startFile} to ${stopFile} is no longer all in ${join(dataDir, 'pg_wal')}`);
    }
    for (const segment of segments) files[`base/pg_wal/${segment}`] = await copyFileHashed(join(dataDir, 'pg_wal', segment), join(base, 'pg_wal', segment));

    return {
      server: { version, versionNum: Number(versionNum), database: null },
      wal: { startLsn: started.rows[0].lsn, stopLsn, startFile, stopFile },
      directories: directories.map((d) => `base/${d}`),
      files,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

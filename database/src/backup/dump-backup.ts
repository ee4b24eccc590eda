import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { BackupError } from './backup-error';
import type { ManifestBody } from './backup-store';
import { assertMatchingClient, clientMajor, serverMajor } from './client-version';
import { sha256OfFile } from './manifest';

const run = promisify(execFile);
export const DUMP_FILE = 'database.dump';

/** The client tool to use: from PG_BIN_DIR, else Debian's versioned folder for the server's major, else PATH. */
function clientTool(tool: 'pg_dump' | 'pg_restore', major: number, binDir?: string): string {
  if (binDir) return join(binDir, tool);
  const debian = `/usr/lib/postgresql/${major}/bin/${tool}`;
  return existsSync(debian) ? debian : tool;
}

async function toolMajor(path: string): Promise<number | null> {
  try {
    return clientMajor((await run(path, ['--version'])).stdout);
  } catch {
    return null;
  }
}

/** The URL without its password (given to the tool through PGPASSWORD, so it never shows in the process list). */
function splitPassword(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

async function serverFacts(url: string): Promise<{ version: string; versionNum: number; lsn: string; database: string }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string; num: string; database: string }>(
      "SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num, current_database() AS database",
    );
    const lsn = await client.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn').then((r) => r.rows[0].lsn, () => 'unknown');
    return { version: rows[0].version, versionNum: Number(rows[0].num), lsn, database: rows[0].database };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The client tool for this server, refused unless it is of the server's major version. */
export async function matchingTool(tool: 'pg_dump' | 'pg_restore', url: string, binDir?: string) {
  const server = await serverFacts(url);
  const major = serverMajor(server.versionNum);
  const path = clientTool(tool, major, binDir);
  assertMatchingClient(tool, await toolMajor(path), major);
  return { path, server };
}

/**
 * A logical backup of an external server (DATABASE_URL) with `pg_dump -Fc`, the format operators restore with
 * `pg_restore`, selectively if need be. The client must be of the server's major version.
 */
export async function dumpBackup(url: string, target: string, binDir?: string): Promise<ManifestBody> {
  const { path, server } = await matchingTool('pg_dump', url, binDir);
  const { dbname, env } = splitPassword(url);
  const file = join(target, DUMP_FILE);
  try {
    await run(path, ['--format=custom', `--file=${file}`, `--dbname=${dbname}`], { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    throw new BackupError(`pg_dump failed: ${String((error as { stderr?: string }).stderr || error).trim()}`);
  }
  const { size } = statSync(file);
  return {
    server: { version: server.version, versionNum: server.versionNum, database: server.database },
    wal: { startLsn: server.lsn, stopLsn: null, startFile: null, stopFile: null },
    directories: [],
    files: { [DUMP_FILE]: { size, sha256: await sha256OfFile(file) } },
  };
}

/** Tables in the target database outside PostgreSQL's own schemas: a restore over them needs --force. */
export async function userTableCount(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    );
    return rows[0].n;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Restores a dump into the database at `url`, replacing the objects it holds, in one transaction. */
export async function restoreDump(backupDir: string, url: string, binDir?: string): Promise<void> {
  const { path } = await matchingTool('pg_restore', url, binDir);
  const { dbname, env } = splitPassword(url);
  try {
    await run(path, ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', `--dbname=${dbname}`, join(backupDir, DUMP_FILE)], {
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    throw new BackupError(`pg_restore failed (the database was left as it was): ${String((error as { stderr?: string }).stderr || error).trim()}`);
  }
}

import { BackupError } from './backup-error';

/** The major version in `pg_dump --version` output, e.g. `pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)` → 15. */
export function clientMajor(versionOutput: string): number | null {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionOutput);
  return match ? Number(match[1]) : null;
}

/** The major version from `server_version_num` (180001 → 18). */
export const serverMajor = (versionNum: number): number => Math.floor(versionNum / 10000);

/**
 * pg_dump refuses a newer server, and a dump made by a newer client may not restore on an older server; requiring the
 * same major version keeps backup and restore predictable.
 */
export function assertMatchingClient(tool: string, clientVersion: number | null, server: number): void {
  if (clientVersion === server) return;
  throw new BackupError(
    `${tool} is PostgreSQL ${clientVersion ?? 'of an unknown version'} and the server at DATABASE_URL is PostgreSQL ${server}: install the PostgreSQL ${server} client tools (Debian: postgresql-client-${server}) or set PG_BIN_DIR to their folder.`,
  );
}

import { BackupError } from '../backup-error';
import { assertMatchingClient, clientMajor, serverMajor } from '../client-version';

describe('client tools must match the server', () => {
  it('reads the major versions of client and server', () => {
    expect(clientMajor('pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)')).toBe(15);
    expect(clientMajor('pg_restore (PostgreSQL) 18.1')).toBe(18);
    expect(clientMajor('bash: pg_dump: not found')).toBeNull();
    expect(serverMajor(180001)).toBe(18);
  });

  it('refuses a client of another major version in one sentence naming both and the way out', () => {
    expect(() => assertMatchingClient('pg_dump', 15, 18)).toThrow(BackupError);
    expect(() => assertMatchingClient('pg_dump', 15, 18)).toThrow(
      'pg_dump is PostgreSQL 15 and the server at DATABASE_URL is PostgreSQL 18: install the PostgreSQL 18 client tools (Debian: postgresql-client-18) or set PG_BIN_DIR to their folder.',
    );
    expect(() => assertMatchingClient('pg_dump', 18, 18)).not.toThrow();
  });
});

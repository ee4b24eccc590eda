import { Pool } from 'pg';
import { testServer } from './server';

let pool: Pool | undefined;

/** Direct SQL to the test database, for fixtures and for checking what was stored. */
export function db(): Pool {
  pool ??= new Pool({ connectionString: testServer().databaseUrl, max: 4 });
  return pool;
}

export async function closeDb(): Promise<void> {
  await pool?.end();
  pool = undefined;
}

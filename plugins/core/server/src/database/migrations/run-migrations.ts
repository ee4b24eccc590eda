import type { Knex } from 'knex';
import { withSchemaLock } from '../with-schema-lock';
import type { Migration } from './migration';
import { migrationChecksum } from './migration-checksum';

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

/**
 * Applies a plugin's pending migrations once each, in order, in one transaction under the schema lock: of several
 * instances starting together, the first applies them and the others then find nothing left to do. A migration
 * that was applied and has since changed stops the start, since the database no longer matches the code.
 */
export async function runMigrations(db: Knex, plugin: string, migrations: readonly Migration[]): Promise<number> {
  assertOrdered(plugin, migrations);
  let applied = 0;
  await withSchemaLock(db, async (trx) => {
    await trx.raw(`
      CREATE TABLE IF NOT EXISTS core_schema_migrations (
        plugin     text NOT NULL,
        version    integer NOT NULL,
        name       text NOT NULL,
        checksum   char(64) NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (plugin, version)
      )`);
    const rows = (await trx.raw('SELECT version, name, checksum FROM core_schema_migrations WHERE plugin = ? ORDER BY version', [plugin]))
      .rows as AppliedRow[];
    const done = new Map(rows.map((row) => [Number(row.version), row]));
    for (const migration of migrations) {
      const checksum = migrationChecksum(migration);
      const row = done.get(migration.version);
      if (row) {
        if (row.checksum !== checksum) {
          throw new Error(
            `Schema migration ${plugin} #${migration.version} "${migration.name}" was applied with checksum ${row.checksum} but its number and name now give ${checksum}: an applied migration must not be renamed or renumbered — add a new migration instead. Refusing to start.`,
          );
        }
        continue;
      }
      await migration.up(trx);
      await trx.raw('INSERT INTO core_schema_migrations (plugin, version, name, checksum) VALUES (?, ?, ?, ?)', [
        plugin,
        migration.version,
        migration.name,
        checksum,
      ]);
      applied += 1;
    }
  });
  return applied;
}

function assertOrdered(plugin: string, migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Schema migrations of "${plugin}" must be numbered 1, 2, 3… in order; #${index + 1} is ${migration.version}.`);
    }
  });
}

import type { Knex } from 'knex';
import { coreMigrations } from './core-migrations';
import { runMigrations } from './migrations/run-migrations';

export async function createCoreSchema(db: Knex): Promise<void> {
  await runMigrations(db, 'core', coreMigrations);
}

import type { Knex } from 'knex';

/**
 * One step of a plugin's plain tables. Version 1 is the "baseline": the idempotent schema code from before
 * migrations were versioned, so a database that already has the tables adopts it without change.
 */
export interface Migration {
  version: number;
  name: string;
  up: (trx: Knex.Transaction) => Promise<void>;
}

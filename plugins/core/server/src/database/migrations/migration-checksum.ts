import { createHash } from 'node:crypto';
import type { Migration } from './migration';

/**
 * What an applied migration is held to: its number and name. Not its code: `up` is compiled JavaScript, whose text
 * changes with the compiler or its target, and refusing to start a production server after a toolchain update would
 * be worse than the mistake it guards against. Editing an applied migration is kept out by review and by the rule
 * that a change is always a new migration.
 */
export function migrationChecksum(migration: Migration): string {
  return createHash('sha256').update(`${migration.version}\n${migration.name}`).digest('hex');
}

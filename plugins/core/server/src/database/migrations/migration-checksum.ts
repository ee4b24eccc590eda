import { createHash } from 'node:crypto';
import type { Migration } from './migration';

/**
 * What an applied migration is held to: its name and the source of its `up` (as compiled), whitespace folded so
 * reformatting does not count. Code it calls is not covered: a migration that must never change keeps its SQL inline.
 */
export function migrationChecksum(migration: Migration): string {
  const source = `${migration.version}\n${migration.name}\n${migration.up.toString().replace(/\s+/g, ' ').trim()}`;
  return createHash('sha256').update(source).digest('hex');
}

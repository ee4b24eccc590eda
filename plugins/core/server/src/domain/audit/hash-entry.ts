import { createHash } from 'node:crypto';
import { configure } from 'safe-stable-stringify';
import type { AuditEvent } from './audit-entry';

// Sorted keys make the hash independent of property order; strict mode refuses what JSON storage would not keep
// (NaN, functions, bigint, cycles), so the hashed text is always the text that can be read back from the database.
const canonicalJson = configure({ deterministic: true, strict: true });

/**
 * SHA-256 (hex) of the canonical JSON of the entry. `occurredAt` is hashed as the normalised UTC instant, so a
 * database that returns the same instant in another spelling (an offset instead of 'Z') still verifies.
 */
export function hashEntry(prevHash: string, seq: number, event: AuditEvent): string {
  const occurredAt = new Date(event.occurredAt);
  if (Number.isNaN(occurredAt.getTime())) {
    throw new RangeError(`occurredAt must be an ISO instant, got ${JSON.stringify(event.occurredAt)}`);
  }
  const text = canonicalJson({
    prevHash,
    seq,
    module: event.module,
    action: event.action,
    itemId: event.itemId,
    actor: event.actor,
    payload: event.payload,
    occurredAt: occurredAt.toISOString(),
  });
  if (text === undefined) throw new TypeError('audit entry cannot be serialised');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

import { GENESIS_HASH, type AuditEntry, type AuditEvent, type ChainPosition } from './audit-entry';
import { hashEntry } from './hash-entry';

/** The entry that follows `previous` (or starts the chain at seq 1). Copies only the event's own fields. */
export function chainNext(previous: ChainPosition, event: AuditEvent): AuditEntry {
  const seq = previous ? previous.seq + 1 : 1;
  const prevHash = previous ? previous.hash : GENESIS_HASH;
  const { module, action, itemId, actor, payload, occurredAt } = event;
  return { module, action, itemId, actor, payload, occurredAt, seq, prevHash, hash: hashEntry(prevHash, seq, event) };
}

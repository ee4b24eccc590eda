/** The hash a chain's first entry points back to: there is nothing before it. */
export const GENESIS_HASH: string = '0'.repeat(64);

/** Something that happened to an item, as a module reports it. */
export interface AuditEvent {
  module: string;
  action: string;
  itemId: string;
  /** Null for the system itself (scheduled jobs, e.g. closing a petition's collection window). */
  actor: string | null;
  payload: Record<string, unknown>;
  /** ISO 8601 instant. */
  occurredAt: string;
}

/** An event fixed in the append-only chain: numbered, and bound to everything before it by `prevHash`. */
export interface AuditEntry extends AuditEvent {
  seq: number;
  prevHash: string;
  hash: string;
}

/** Where a chain continues from: nothing (the genesis) or the last entry already verified or written. */
export type ChainPosition = { seq: number; hash: string } | null;

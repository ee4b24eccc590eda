import { GENESIS_HASH, type AuditEntry, type ChainPosition } from './audit-entry';
import { hashEntry } from './hash-entry';

/**
 * `count` is the number of entries that verified. When broken, `brokenAtSeq` is the seq the chain expected at the
 * failing position: the tampered entry's own seq, or the seq of an entry that is missing or out of order.
 */
export type ChainVerdict =
  | { ok: true; count: number; lastHash: string }
  | { ok: false; count: number; brokenAtSeq: number; reason: string };

export interface ChainVerifier {
  /** Checks the next entry and returns the verdict so far; once broken, the verdict no longer changes. */
  push(entry: AuditEntry): ChainVerdict;
  result(): ChainVerdict;
}

function problemWith(entry: AuditEntry, expectedSeq: number, expectedPrevHash: string): string | null {
  if (entry.seq !== expectedSeq) {
    return entry.seq > expectedSeq
      ? `entry ${expectedSeq} is missing: found seq ${entry.seq}`
      : `entry out of order: expected seq ${expectedSeq}, found seq ${entry.seq}`;
  }
  if (entry.prevHash !== expectedPrevHash) return `prevHash does not match the hash of entry ${expectedSeq - 1}`;
  let recomputed: string;
  try {
    recomputed = hashEntry(entry.prevHash, entry.seq, entry);
  } catch (error) {
    return `entry cannot be hashed: ${(error as Error).message}`;
  }
  if (recomputed !== entry.hash) return 'hash does not match the entry contents';
  return null;
}

/**
 * Verifies a chain one entry at a time, so a long chain can be read from the database page by page. `start` is
 * the last entry already trusted (a checkpoint); without it the first entry must be seq 1 on the genesis hash.
 *
 * Verification proves the entries seen are intact and contiguous; it cannot see entries cut off the end. That
 * needs the last hash anchored somewhere outside the table (published, or kept by a third party).
 */
export function createChainVerifier(start: ChainPosition = null): ChainVerifier {
  let lastSeq = start ? start.seq : 0;
  let lastHash = start ? start.hash : GENESIS_HASH;
  let count = 0;
  let verdict: ChainVerdict = { ok: true, count, lastHash };

  return {
    push(entry) {
      if (!verdict.ok) return verdict;
      const expectedSeq = lastSeq + 1;
      const reason = problemWith(entry, expectedSeq, lastHash);
      if (reason) {
        verdict = { ok: false, count, brokenAtSeq: expectedSeq, reason };
      } else {
        count += 1;
        lastSeq = entry.seq;
        lastHash = entry.hash;
        verdict = { ok: true, count, lastHash };
      }
      return verdict;
    },
    result() {
      return verdict;
    },
  };
}

export function verifyChain(entries: Iterable<AuditEntry>, start: ChainPosition = null): ChainVerdict {
  const verifier = createChainVerifier(start);
  for (const entry of entries) {
    if (!verifier.push(entry).ok) break;
  }
  return verifier.result();
}

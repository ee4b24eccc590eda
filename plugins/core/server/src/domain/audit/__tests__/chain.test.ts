import { GENESIS_HASH, chainNext, hashEntry, verifyChain, type AuditEntry, type AuditEvent } from '..';

function event(n: number): AuditEvent {
  return {
    module: 'access-to-information',
    action: n === 1 ? 'request.sent' : 'request.updated',
    itemId: `req-${n % 2}`,
    actor: n % 3 === 0 ? null : `official-${n}`,
    payload: { step: n, note: `entry ${n}` },
    occurredAt: new Date(Date.UTC(2026, 7, 21, 9, n)).toISOString(),
  };
}

function buildChain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let n = 1; n <= length; n += 1) entries.push(chainNext(entries.at(-1) ?? null, event(n)));
  return entries;
}

/** What a careful forger would do: fix the entry's own hash after changing it. */
function rehash(entry: AuditEntry): AuditEntry {
  return { ...entry, hash: hashEntry(entry.prevHash, entry.seq, entry) };
}

describe('chainNext', () => {
  it('starts the chain at seq 1 on the genesis hash', () => {
    const first = chainNext(null, event(1));
    expect(GENESIS_HASH).toBe('0'.repeat(64));
    expect(first.seq).toBe(1);
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(first.hash).toBe(hashEntry(GENESIS_HASH, 1, event(1)));
  });

  it('links each entry to the hash of the one before', () => {
    const [first, second] = buildChain(2);
    expect(second.seq).toBe(2);
    expect(second.prevHash).toBe(first.hash);
  });

  it('keeps only the event fields', () => {
    const entry = chainNext(null, { ...event(1), secret: 'x' } as AuditEvent);
    expect(Object.keys(entry).sort()).toEqual(
      ['action', 'actor', 'hash', 'itemId', 'module', 'occurredAt', 'payload', 'prevHash', 'seq'],
    );
  });
});

describe('verifyChain', () => {
  it('accepts an untouched chain', () => {
    const chain = buildChain(6);
    expect(verifyChain(chain)).toEqual({ ok: true, count: 6, lastHash: chain[5].hash });
  });

  it('accepts an empty chain at the genesis hash', () => {
    expect(verifyChain([])).toEqual({ ok: true, count: 0, lastHash: GENESIS_HASH });
  });

  it('accepts entries read back from the database with keys in another order', () => {
    const reversed = (value: unknown): unknown =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
        : value;
    const chain = buildChain(3).map((e) => reversed(JSON.parse(JSON.stringify(e))) as AuditEntry);
    expect(Object.keys(chain[0].payload)).toEqual(['note', 'step']);
    expect(verifyChain(chain).ok).toBe(true);
  });

  it('detects a changed payload at that entry', () => {
    const chain = buildChain(6);
    chain[2] = { ...chain[2], payload: { ...chain[2].payload, note: 'rewritten' } };
    expect(verifyChain(chain)).toMatchObject({ ok: false, count: 2, brokenAtSeq: 3, reason: expect.stringMatching(/hash/) });
  });

  it('detects a rewritten entry whose own hash was recomputed, at the entry after it', () => {
    const chain = buildChain(6);
    chain[2] = rehash({ ...chain[2], actor: 'someone-else' });
    expect(verifyChain(chain)).toMatchObject({ ok: false, count: 3, brokenAtSeq: 4, reason: expect.stringMatching(/prevHash/) });
  });

  it('detects a deleted entry at the missing seq', () => {
    const chain = buildChain(6);
    chain.splice(2, 1);
    expect(verifyChain(chain)).toMatchObject({ ok: false, count: 2, brokenAtSeq: 3, reason: expect.stringMatching(/missing/) });
  });

  it('detects a deleted entry even when the later entries were renumbered and rehashed', () => {
    const chain = buildChain(6);
    chain.splice(2, 1);
    for (let i = 2; i < chain.length; i += 1) chain[i] = rehash({ ...chain[i], seq: i + 1 });
    expect(verifyChain(chain)).toMatchObject({ ok: false, count: 2, brokenAtSeq: 3, reason: expect.stringMatching(/prevHash/) });
  });

  it('detects reordered entries at the first position out of order', () => {
    const chain = buildChain(6);
    [chain[2], chain[3]] = [chain[3], chain[2]];
    expect(verifyChain(chain)).toMatchObject({ ok: false, count: 2, brokenAtSeq: 3 });
  });

  it('detects a duplicated entry', () => {
    const chain = buildChain(4);
    chain.splice(2, 0, chain[1]);
    expect(verifyChain(chain)).toMatchObject({ ok: false, count: 2, brokenAtSeq: 3, reason: expect.stringMatching(/order/) });
  });

  it('detects an altered prevHash at that entry', () => {
    const chain = buildChain(6);
    chain[3] = { ...chain[3], prevHash: 'a'.repeat(64) };
    expect(verifyChain(chain)).toMatchObject({ ok: false, count: 3, brokenAtSeq: 4, reason: expect.stringMatching(/prevHash/) });
  });

  it('detects an altered prevHash even with the hash recomputed', () => {
    const chain = buildChain(6);
    chain[3] = rehash({ ...chain[3], prevHash: 'a'.repeat(64) });
    expect(verifyChain(chain)).toMatchObject({ ok: false, brokenAtSeq: 4 });
  });

  it('detects a chain whose first entry is not seq 1 on the genesis hash', () => {
    const chain = buildChain(3);
    expect(verifyChain(chain.slice(1))).toMatchObject({ ok: false, count: 0, brokenAtSeq: 1 });
    expect(verifyChain([rehash({ ...chain[0], prevHash: 'b'.repeat(64) })])).toMatchObject({ ok: false, brokenAtSeq: 1 });
  });

  it('reports an entry that cannot be hashed as a break, not an exception', () => {
    const chain = buildChain(3);
    chain[1] = { ...chain[1], occurredAt: 'garbage' };
    expect(verifyChain(chain)).toMatchObject({ ok: false, count: 1, brokenAtSeq: 2, reason: expect.stringMatching(/occurredAt/) });
  });

  it('continues from a trusted checkpoint', () => {
    const chain = buildChain(6);
    const checkpoint = { seq: chain[2].seq, hash: chain[2].hash };
    expect(verifyChain(chain.slice(3), checkpoint)).toEqual({ ok: true, count: 3, lastHash: chain[5].hash });
    expect(verifyChain([], checkpoint)).toEqual({ ok: true, count: 0, lastHash: checkpoint.hash });
  });

  it('rejects a continuation that does not follow the checkpoint', () => {
    const chain = buildChain(6);
    expect(verifyChain(chain.slice(3), { seq: 3, hash: 'c'.repeat(64) })).toMatchObject({ ok: false, brokenAtSeq: 4 });
    expect(verifyChain(chain.slice(4), { seq: chain[2].seq, hash: chain[2].hash })).toMatchObject({ ok: false, brokenAtSeq: 4 });
  });

  it('stops reading at the first break', () => {
    const chain = buildChain(6);
    chain[1] = { ...chain[1], payload: {} };
    let read = 0;
    function* entries() {
      for (const entry of chain) {
        read += 1;
        yield entry;
      }
    }
    expect(verifyChain(entries())).toMatchObject({ ok: false, brokenAtSeq: 2 });
    expect(read).toBe(2);
  });
});

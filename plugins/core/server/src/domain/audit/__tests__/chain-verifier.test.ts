import { chainNext, createChainVerifier, verifyChain, type AuditEntry } from '..';

function buildChain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let n = 1; n <= length; n += 1) {
    entries.push(
      chainNext(entries.at(-1) ?? null, {
        module: 'consultations',
        action: 'comment.added',
        itemId: 'draft-1',
        actor: `cso-${n}`,
        payload: { section: n },
        occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
      }),
    );
  }
  return entries;
}

function pages<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

describe('createChainVerifier', () => {
  it('reports an empty, valid chain before anything is pushed', () => {
    expect(createChainVerifier().result()).toEqual({ ok: true, count: 0, lastHash: '0'.repeat(64) });
  });

  it('verifies a long chain page by page with the same verdict as all at once', () => {
    const chain = buildChain(250);
    const verifier = createChainVerifier();
    for (const page of pages(chain, 40)) page.forEach((entry) => verifier.push(entry));
    expect(verifier.result()).toEqual(verifyChain(chain));
    expect(verifier.result()).toEqual({ ok: true, count: 250, lastHash: chain[249].hash });
  });

  it('returns the verdict so far after each entry', () => {
    const chain = buildChain(3);
    const verifier = createChainVerifier();
    expect(verifier.push(chain[0])).toEqual({ ok: true, count: 1, lastHash: chain[0].hash });
    expect(verifier.push(chain[1])).toEqual({ ok: true, count: 2, lastHash: chain[1].hash });
  });

  it('keeps the first break once found, whatever comes after', () => {
    const chain = buildChain(5);
    const verifier = createChainVerifier();
    verifier.push(chain[0]);
    const broken = verifier.push(chain[2]);
    expect(broken).toMatchObject({ ok: false, count: 1, brokenAtSeq: 2 });
    expect(verifier.push(chain[1])).toEqual(broken);
    expect(verifier.push(chain[3])).toEqual(broken);
    expect(verifier.result()).toEqual(broken);
  });

  it('resumes from a checkpoint so a nightly job verifies only new entries', () => {
    const chain = buildChain(10);
    const verifier = createChainVerifier({ seq: 7, hash: chain[6].hash });
    chain.slice(7).forEach((entry) => verifier.push(entry));
    expect(verifier.result()).toEqual({ ok: true, count: 3, lastHash: chain[9].hash });
  });
});

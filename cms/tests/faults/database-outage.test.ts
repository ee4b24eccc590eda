import { startIsolatedStack, type IsolatedStack } from './support/isolated-stack';
import { databaseOutage, lostCommit, type OutageReport } from './support/scenarios';

/**
 * PostgreSQL stops in the middle of a signing load and comes back: Strapi keeps running, answers 503 with a
 * bilingual message meanwhile, and afterwards every accepted signature is stored once, with its audit entry.
 * Runs on its own database server and Strapi (the shared test database is never stopped).
 */
describe('database outage during signing', () => {
  let stack: IsolatedStack;
  let report: OutageReport;

  beforeAll(async () => {
    stack = await startIsolatedStack('outage', { env: { RATE_LIMIT_WRITES_PER_MINUTE: '100000' } });
    report = await databaseOutage(stack, { concurrency: 16, beforeMs: 1500, faultMs: 2500, afterMs: 1500, citizens: 4000 });
  }, 180_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('answers requests during the outage with a bilingual 503 and Retry-After instead of hanging', () => {
    expect(report.duringOutage.status503).toBeGreaterThan(0);
    expect(report.statuses['-1'] ?? 0).toBe(0);
    expect(report.duringOutage.latency.max).toBeLessThan(11_000);
    for (const sample of [report.sampleRead!, report.sampleWrite!]) {
      expect(sample.status).toBe(503);
      expect(sample.headers['retry-after']).toMatch(/^\d+$/);
      const body = JSON.parse(sample.body);
      expect(body.error).toMatchObject({ status: 503, name: 'ServiceUnavailableError', details: { code: 'database_unavailable' } });
      expect(body.error.message).toMatch(/[А-Яа-яІіЇїЄєҐґ].* \/ [A-Za-z]/);
    }
  });

  it('stays live but not ready while PostgreSQL is down, and ready again once it is back', () => {
    expect(report.probes).toEqual({ liveDuring: 200, readyDuring: 503, readyAfter: 200 });
  });

  it('recovers without a restart of Strapi', () => {
    expect(report.sameProcess).toBe(true);
    expect(report.recoveryMs).not.toBeNull();
  });

  it('stores every signature that got a 2xx, none twice, each with one audit entry', () => {
    const v = report.verdict;
    expect(v.accepted2xx).toBeGreaterThan(0);
    expect(v).toMatchObject({ lostAfter2xx: 0, phantom: 0, duplicates: 0, acceptedTwice: 0, auditMismatches: 0, unsettled: 0 });
    expect(v.unexpected).toEqual({});
  });

  it('keeps the audit chain verifiable', () => {
    expect(report.verdict.chain).toMatchObject({ ok: true });
  });

  it('never answers 2xx for a signature whose COMMIT was lost, and the retry stores it once', async () => {
    const r = await lostCommit(stack);
    expect(r.storedAfterLostCommit).toBe(0);
    expect(r.answer.status).toBe(503);
    expect(JSON.parse(r.answer.body).error.details.code).toBe('database_unavailable');
    expect(r.retry.status).toBe(201);
    expect(r.storedAfterRetry).toBe(1);
    expect(r.auditEntries).toBe(1);
  }, 30_000);
});

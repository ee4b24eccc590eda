import { postmasterKill, type PostmasterKillReport } from './support/database-care';
import { startIsolatedStack, type IsolatedStack } from './support/isolated-stack';

/**
 * The embedded PostgreSQL's postmaster is SIGKILLed while citizens sign, as the kernel's OOM killer or a careless
 * operator would. Nobody starts it again: the launcher's supervisor does (as under `npm start`), Strapi reconnects by
 * itself, and every signature that got a 2xx is stored once.
 */
describe('embedded PostgreSQL killed mid-load and restarted by its supervisor', () => {
  let stack: IsolatedStack;
  let report: PostmasterKillReport;

  beforeAll(async () => {
    stack = await startIsolatedStack('heal', { superviseDatabase: true, env: { RATE_LIMIT_WRITES_PER_MINUTE: '100000' } });
    report = await postmasterKill(stack, { concurrency: 16, beforeMs: 1000, minAccepted: 50, afterMs: 1500, citizens: 1000 });
  }, 180_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('restarts the killed postmaster without a person, saying why', () => {
    expect(report.pidAfter).not.toBeNull();
    expect(report.pidAfter).not.toBe(report.killedPid);
    expect(report.reports[0]).toMatch(/stopped unexpectedly \(killed by SIGKILL\); restarting it in 0\.5 s/);
    expect(report.reports.some((line) => /running again \(restart 1,/.test(line))).toBe(true);
  });

  it('signs again afterwards without a restart of Strapi', () => {
    expect(report.healedMs).not.toBeNull();
  });

  it('stores every signature that got a 2xx, none twice, each with one audit entry, and the chain verifies', () => {
    const v = report.verdict;
    expect(v.accepted2xx).toBeGreaterThan(0);
    expect(v).toMatchObject({ lostAfter2xx: 0, phantom: 0, duplicates: 0, acceptedTwice: 0, auditMismatches: 0, unsettled: 0 });
    expect(v.unexpected).toEqual({});
    expect(v.chain).toMatchObject({ ok: true });
  });
});

import { restoreDrill, type RestoreDrillReport } from './support/database-care';
import { startIsolatedStack, type IsolatedStack } from './support/isolated-stack';

/**
 * The restore drill: a hot base backup (npm run backup's method for the embedded server) is taken while citizens
 * sign, then restored into a fresh data folder and started as a new PostgreSQL on another port. Whatever was
 * acknowledged before the backup began must be in it, once, with an audit chain that verifies.
 */
describe('restore drill: backup under signing load, restored into a fresh server', () => {
  let stack: IsolatedStack;
  let report: RestoreDrillReport;

  beforeAll(async () => {
    stack = await startIsolatedStack('drill', { env: { RATE_LIMIT_WRITES_PER_MINUTE: '100000' } });
    report = await restoreDrill(stack, { concurrency: 16, beforeMs: 1000, minAccepted: 100, afterMs: 500, citizens: 1000 }, 'drill-restore');
  }, 180_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('holds every signature acknowledged before the backup began, none twice, none the live database lacks', () => {
    expect(report.acknowledgedBeforeBackup).toBeGreaterThan(0);
    expect(report).toMatchObject({ missingInRestore: 0, duplicatesInRestore: 0, unknownInRestore: 0, auditMismatchesInRestore: 0 });
    expect(report.storedInRestore).toBeGreaterThanOrEqual(report.acknowledgedBeforeBackup);
  });

  it('restores an audit chain that verifies', () => {
    expect(report.restoredChain).toMatchObject({ ok: true });
    expect(report.restoredChain.count).toBeGreaterThan(report.acknowledgedBeforeBackup);
  });

  it('was taken while the load went on: every 2xx of the live run is stored once there', () => {
    expect(report.live).toMatchObject({ lostAfter2xx: 0, duplicates: 0, acceptedTwice: 0, auditMismatches: 0 });
    expect(report.live.accepted2xx).toBeGreaterThan(report.acknowledgedBeforeBackup);
  });
});

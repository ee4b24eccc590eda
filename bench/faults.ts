import { rmSync } from 'node:fs';
import { fromRoot } from '@vzd/config';
import { startIsolatedStack } from '../cms/tests/faults/support/isolated-stack';
import { sleep } from '../cms/tests/faults/support/load';
import { outboxVerdict } from '../cms/tests/faults/support/outbox';
import { databaseOutage, lostCommit, processKill, type CrashReport, type LostCommitReport, type OutageReport } from '../cms/tests/faults/support/scenarios';
import { startSmtpRecorder } from '../cms/tests/faults/support/smtp-recorder';
import { printTable, writeResult, type Row } from './lib/report';

/**
 * The long form of cms/tests/faults: more clients, longer faults, and the outbox watched until the lease of the
 * killed worker runs out (30 s), to see the interrupted messages turn dead instead of being sent again.
 */
const outboxRow = (when: string, v: Awaited<ReturnType<typeof outboxVerdict>>): Row => ({
  when,
  queued: v.queued,
  statuses: JSON.stringify(v.byStatus),
  'arrived once': v.receivedOnce,
  'arrived twice': v.sentTwice,
  'sent, never arrived': v.sentButNotReceived,
  'still queued': v.stillQueued,
  'killed worker’s claim': v.interrupted,
  '… of which arrived': v.interruptedButReceived,
  '… never sent, held back': v.interruptedNeverSent,
});

export async function faultsBench(): Promise<void> {
  const concurrency = Number(process.env.BENCH_FAULT_CLIENTS ?? 64);
  console.log(`Faults: ${concurrency} signing clients`);
  const verdictRow = (name: string, r: OutageReport | CrashReport): Row => ({
    fault: name,
    '2xx': r.verdict.accepted2xx,
    stored: r.verdict.stored,
    'lost after 2xx': r.verdict.lostAfter2xx,
    phantom: r.verdict.phantom,
    duplicates: r.verdict.duplicates,
    'audit mismatches': r.verdict.auditMismatches,
    chain: r.verdict.chain.ok ? `verifies (${r.verdict.chain.count})` : `BROKEN ${r.verdict.chain.reason ?? ''}`,
    answers: JSON.stringify(r.statuses),
  });

  let outage: OutageReport;
  let commit: LostCommitReport;
  const outageStack = await startIsolatedStack('faults-outage', { env: { RATE_LIMIT_WRITES_PER_MINUTE: '10000000' } });
  try {
    outage = await databaseOutage(outageStack, { concurrency, beforeMs: 5000, faultMs: 10_000, afterMs: 5000, citizens: 30_000 });
    console.log('  database outage done');
    commit = await lostCommit(outageStack);
  } finally {
    await outageStack.close();
  }

  const siteDir = fromRoot(`.data/isolated/faults-site-${process.pid}`);
  const sink = await startSmtpRecorder(15);
  let crash: CrashReport;
  let afterLease: Awaited<ReturnType<typeof outboxVerdict>>;
  const killStack = await startIsolatedStack('faults-kill', {
    env: {
      RATE_LIMIT_WRITES_PER_MINUTE: '10000000',
      SMTP_URL: sink.url,
      MAIL_POLL_MS: '100',
      MAIL_LEASE_SECONDS: '30',
      SITE_REBUILD: 'true',
      SITE_REBUILD_DEBOUNCE_MS: '0',
      SITE_DIST_DIR: siteDir,
    },
  });
  try {
    crash = await processKill(
      killStack,
      { concurrency, beforeMs: 5000, faultMs: 3000, afterMs: 5000, citizens: 30_000 },
      { mail: { count: 400, sink }, siteDir },
    );
    console.log('  process kill done; waiting for the killed worker’s outbox lease to run out');
    await sleep(35_000);
    afterLease = await outboxVerdict(killStack.db, crash.outbox!.mailIds, sink, crash.outbox!.killedPid);
  } finally {
    await killStack.close();
    await sink.close();
    for (const dir of [siteDir, `${siteDir}.next`, `${siteDir}.old`]) rmSync(dir, { recursive: true, force: true });
  }

  printTable('Signatures across faults (every 2xx must be stored once, with one audit entry)', [
    verdictRow('PostgreSQL stopped 10 s mid-load', outage),
    verdictRow('Strapi SIGKILLed mid-load', crash),
  ]);
  printTable('While PostgreSQL was down', [
    {
      answers: outage.duringOutage.answers,
      '503 answers': outage.duringOutage.status503,
      'p50 ms': outage.duringOutage.latency.p50,
      'p99 ms': outage.duringOutage.latency.p99,
      'max ms': outage.duringOutage.latency.max,
      'first signature after restart, ms': outage.recoveryMs,
      'same Strapi process': outage.sameProcess ? 'yes' : 'NO',
    },
  ]);
  printTable('Connection lost inside COMMIT', [
    {
      'answer': commit.answer.status,
      'stored after it': commit.storedAfterLostCommit,
      'retry answer': commit.retry.status,
      'stored after retry': commit.storedAfterRetry,
      'audit entries': commit.auditEntries,
    },
  ]);
  const o = crash.outbox!;
  printTable('Outbox across the kill', [
    outboxRow('after restart, delivery settled', o.afterRestart),
    outboxRow('after the killed worker’s lease ran out', afterLease),
  ]);
  const s = crash.site!;
  printTable('Site rebuild across the kill', [
    {
      'build running at kill': String(s.buildRunningAtKill),
      'orphaned astro': s.orphanedBuilds,
      'live site intact': String(s.liveSiteIntactAfterKill),
      'rebuilt after restart': String(s.rebuiltAfterRestart),
      'rebuild s': s.rebuildSeconds,
      pages: s.pagesAfter,
      leftovers: s.leftovers.join(', ') || 'none',
    },
  ]);
  console.log(`\nStrapi down after SIGKILL until the next stored signature: ${(crash.downMs / 1000).toFixed(1)} s`);
  writeResult('faults', {
    concurrency,
    outage: { ...outage, sampleRead: outage.sampleRead?.body, sampleWrite: outage.sampleWrite?.body },
    lostCommit: commit,
    crash,
    outboxAfterLease: afterLease,
  });
  const failed =
    [outage.verdict, crash.verdict].some((v) => v.lostAfter2xx || v.phantom || v.duplicates || v.auditMismatches || !v.chain.ok) ||
    commit.answer.status < 300 ||
    afterLease.sentTwice > 0 ||
    afterLease.sentButNotReceived > 0;
  if (failed) process.exitCode = 1;
}

if (require.main === module) void faultsBench();

import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot, repoRoot } from '@vzd/config';
import { startTestServer, stopTestServer } from '../cms/tests/harness/test-server';
import { createCitizensBulk, createCollectingPetitions, prefillSignatures, type BulkCitizen, type BulkPetition } from '../cms/tests/faults/support/fixtures';
import { startIsolatedStack, type IsolatedStack } from '../cms/tests/faults/support/isolated-stack';
import { httpClient, percentiles, sleep, type Percentiles } from '../cms/tests/faults/support/load';
import { freshPairs, signingLoad, SigningLedger, verifySignatures, type SigningVerdict } from '../cms/tests/faults/support/signing';
import { cpuMeter, perRequest } from './lib/cpu';
import { printTable, sampleRss, writeResult, type Row } from './lib/report';
import { runFloor, type FloorKind, type FloorRun } from './lib/sql-floors';
import { benchSeconds, benchLevels, STRAPI_POOL } from './lib/settings';

export interface FullStackRun {
  variant: 'chained' | 'unchained';
  concurrency: number;
  seconds: number;
  accepted: number;
  perSecond: number;
  latencyMs: Percentiles;
  statuses: Record<string, number>;
  rssMb: ReturnType<ReturnType<typeof sampleRss>['stop']>;
  /** CPU milliseconds per accepted signature: Strapi, the PostgreSQL cluster, and the load generator. */
  cpuMsPerSignature: { strapi: number | null; postgres: number | null; client: number | null };
  /** Set on runs that were not the best of their configuration (still checked). */
  discarded?: boolean;
  checks: Pick<SigningVerdict, 'stored' | 'lostAfter2xx' | 'phantom' | 'duplicates' | 'acceptedTwice' | 'auditMismatches' | 'unexpected'>;
}

const PRELOAD = join(repoRoot, 'bench', 'dist', 'bench', 'lib', 'strapi-patches.js');
const UNCHAINED_TABLE = `
  CREATE TABLE IF NOT EXISTS bench_unchained_audit_events (
    seq bigserial PRIMARY KEY, module text NOT NULL, action text NOT NULL, item_id text NOT NULL, actor text,
    payload jsonb NOT NULL, occurred_at timestamptz NOT NULL, prev_hash char(64) NOT NULL, hash char(64) NOT NULL UNIQUE);
  CREATE INDEX IF NOT EXISTS bench_unchained_audit_events_item ON bench_unchained_audit_events (module, item_id, seq);`;


/** A running Strapi to sign through: the stack's own, or a second one on the same database. */
export interface StrapiTarget {
  url: string;
  pid: number;
}

export const targetOf = (stack: IsolatedStack): StrapiTarget => ({ url: stack.url, pid: stack.strapiPid() });

export async function fullStackRun(
  stack: IsolatedStack,
  target: StrapiTarget,
  variant: FullStackRun['variant'],
  petition: BulkPetition,
  citizens: BulkCitizen[],
  concurrency: number,
  seconds: number,
): Promise<FullStackRun> {
  const client = httpClient(target.url, concurrency);
  const ledger = new SigningLedger();
  const memory = sampleRss(target.pid, 200);
  const cpu = cpuMeter({ strapi: target.pid, postmaster: stack.postmasterPid() });
  const started = performance.now();
  const until = started + seconds * 1000;
  await signingLoad({
    client,
    origin: target.url,
    ledger,
    concurrency,
    nextFresh: freshPairs(citizens, [petition]),
    stop: () => performance.now() >= until,
  });
  const elapsed = (performance.now() - started) / 1000;
  const rssMb = memory.stop();
  const spent = cpu.stop();
  const verdict = await verifySignatures(stack.db, client, ledger, [petition], {
    chain: false,
    auditTable: variant === 'unchained' ? 'bench_unchained_audit_events' : undefined,
  });
  client.close();
  const { stored, lostAfter2xx, phantom, duplicates, acceptedTwice, auditMismatches, unexpected } = verdict;
  return {
    variant,
    concurrency,
    seconds: Math.round(elapsed * 10) / 10,
    accepted: ledger.accepted,
    perSecond: Math.round(ledger.accepted / elapsed),
    latencyMs: percentiles(ledger.latencies),
    statuses: ledger.statusSummary(),
    rssMb,
    cpuMsPerSignature: {
      strapi: perRequest(spent.strapiMs, ledger.accepted),
      postgres: perRequest(spent.postgresMs, ledger.accepted),
      client: perRequest(spent.benchMs, ledger.accepted),
    },
    checks: { stored, lostAfter2xx, phantom, duplicates, acceptedTwice, auditMismatches, unexpected },
  };
}

// Every run signs a fresh petition, so the same citizens can sign again in the next run.
async function warmUp(stack: IsolatedStack, target: StrapiTarget, citizens: BulkCitizen[]): Promise<void> {
  const [petition] = await createCollectingPetitions(stack.db, 1);
  await fullStackRun(stack, target, 'chained', petition, citizens, 16, 3);
}

const best = <T extends { perSecond: number }>(runs: T[]): T => runs.reduce((a, b) => (b.perSecond > a.perSecond ? b : a));

/**
 * Two Strapi processes on one database, identical except that the second writes its audit rows without the chain
 * (bench/lib/strapi-patches.ts). Every configuration runs BENCH_REPEAT times, interleaved, and the best run counts:
 * on a shared machine the slower runs measure the neighbours, not the code.
 */
export async function intakeBench(): Promise<void> {
  const seconds = benchSeconds();
  const levels = benchLevels();
  const repeat = Number(process.env.BENCH_REPEAT ?? 2);
  console.log(`Signature intake: ${levels.join(', ')} clients, ${seconds} s each, best of ${repeat}`);
  const stack = await startIsolatedStack('bench-intake', { env: { RATE_LIMIT_WRITES_PER_MINUTE: '10000000' } });
  let unchainedChild: ChildProcess | null = null;
  const mailDir = fromRoot(`.data/isolated/bench-intake-mail-${process.pid}`);
  try {
    await stack.db.query(UNCHAINED_TABLE);
    const unchainedServer = await startTestServer(stack.databaseUrl, mailDir, {
      RATE_LIMIT_WRITES_PER_MINUTE: '10000000',
      LOG_LEVEL: 'error',
      NODE_OPTIONS: `--require ${PRELOAD}`,
      VZD_BENCH_PATCHES: 'unchained-audit',
    });
    unchainedChild = unchainedServer.child;
    const chained = targetOf(stack);
    const unchained: StrapiTarget = { url: unchainedServer.url, pid: unchainedServer.child.pid! };
    const started = Date.now();
    const citizens = await createCitizensBulk(stack.db, Number(process.env.BENCH_CITIZENS ?? 60_000));
    console.log(`  fixtures ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await warmUp(stack, chained, citizens);
    await warmUp(stack, unchained, citizens);

    const full: FullStackRun[] = [];
    const floors: FloorRun[] = [];
    const floorKinds: FloorKind[] = ['insert', 'transaction', 'transaction+chain'];
    const pids = () => ({ strapi: stack.strapiPid(), postmaster: stack.postmasterPid() });
    const floorRun = async (kind: FloorKind, concurrency: number, petition?: BulkPetition) =>
      runFloor({
        databaseUrl: stack.databaseUrl,
        kind,
        petition: petition ?? (await createCollectingPetitions(stack.db, 1))[0],
        citizens,
        concurrency,
        connections: STRAPI_POOL,
        seconds,
        pids: pids(),
      });
    const fullRun = async (variant: FullStackRun['variant'], concurrency: number, petition?: BulkPetition) =>
      fullStackRun(
        stack,
        variant === 'chained' ? chained : unchained,
        variant,
        petition ?? (await createCollectingPetitions(stack.db, 1))[0],
        citizens,
        concurrency,
        seconds,
      );

    for (const concurrency of levels) {
      const runs = { chained: [] as FullStackRun[], unchained: [] as FullStackRun[], floors: new Map<FloorKind, FloorRun[]>() };
      for (let r = 0; r < repeat; r++) {
        runs.chained.push(await fullRun('chained', concurrency));
        runs.unchained.push(await fullRun('unchained', concurrency));
        for (const kind of floorKinds) runs.floors.set(kind, [...(runs.floors.get(kind) ?? []), await floorRun(kind, concurrency)]);
      }
      full.push(best(runs.chained), best(runs.unchained));
      for (const kind of floorKinds) floors.push(best(runs.floors.get(kind)!));
      // Every run is checked, not only the best one.
      full.push(...[...runs.chained, ...runs.unchained].filter((r) => !full.includes(r)).map((r) => ({ ...r, discarded: true })));
      console.log(
        `  ${concurrency} clients: full ${best(runs.chained).perSecond}/s, no chain ${best(runs.unchained).perSecond}/s, ` +
          floorKinds.map((k) => `${k} ${best(runs.floors.get(k)!).perSecond}/s`).join(', '),
      );
    }

    // A petition that already has 100,000 signatures: its count must cost what a small one's does.
    const bigLevel = levels.includes(64) ? 64 : levels[levels.length - 1];
    const big: { label: string; perSecond: number; latencyMs: Percentiles }[] = [];
    for (const label of ['full stack', 'full stack, no chain', 'floor transaction+chain', 'floor transaction'] as const) {
      const [petition] = await createCollectingPetitions(stack.db, 1);
      await prefillSignatures(stack.db, petition, 100_000);
      const run =
        label === 'full stack' || label === 'full stack, no chain'
          ? await fullRun(label === 'full stack' ? 'chained' : 'unchained', bigLevel, petition)
          : await floorRun(label.replace('floor ', '') as FloorKind, bigLevel, petition);
      big.push({ label, perSecond: run.perSecond, latencyMs: run.latencyMs });
      console.log(`  100k-signature petition, ${label}: ${run.perSecond}/s`);
    }

    const verifyClient = httpClient(stack.url, 1, 600_000);
    const verifyAnswer = await verifyClient.request('GET', '/api/core/audit/verify');
    verifyClient.close();
    const chain = JSON.parse(verifyAnswer.body).data as { ok: boolean; count: number };

    const at = (variant: FullStackRun['variant'], c: number) => full.find((r) => r.variant === variant && r.concurrency === c && !r.discarded)!;
    const floorAt = (k: FloorKind, c: number) => floors.find((f) => f.kind === k && f.concurrency === c)!;
    printTable(
      'Signature intake through the full stack vs the same INSERT straight to PostgreSQL (signatures per second)',
      levels.map((c) => ({
        clients: c,
        'full stack/s': at('chained', c).perSecond,
        'p50 ms': at('chained', c).latencyMs.p50,
        'p95 ms': at('chained', c).latencyMs.p95,
        'p99 ms': at('chained', c).latencyMs.p99,
        'SQL INSERT/s': floorAt('insert', c).perSecond,
        'full ÷ INSERT': ratio(at('chained', c).perSecond, floorAt('insert', c).perSecond),
        'SQL sign tx+chain/s': floorAt('transaction+chain', c).perSecond,
        'full ÷ tx+chain': ratio(at('chained', c).perSecond, floorAt('transaction+chain', c).perSecond),
      })),
    );
    printTable(
      'What the audit chain costs (same runs; "no chain" = the audit row written without the lock and the chain read)',
      levels.map((c) => ({
        clients: c,
        'full/s': at('chained', c).perSecond,
        'full no chain/s': at('unchained', c).perSecond,
        'full: chain cost': percent(1 - at('chained', c).perSecond / at('unchained', c).perSecond),
        'SQL tx/s': floorAt('transaction', c).perSecond,
        'SQL tx+chain/s': floorAt('transaction+chain', c).perSecond,
        'SQL: chain cost': percent(1 - floorAt('transaction+chain', c).perSecond / floorAt('transaction', c).perSecond),
        'tx p50 / p99 ms': `${floorAt('transaction', c).latencyMs.p50} / ${floorAt('transaction', c).latencyMs.p99}`,
        'tx+chain p50 / p99 ms': `${floorAt('transaction+chain', c).latencyMs.p50} / ${floorAt('transaction+chain', c).latencyMs.p99}`,
      })),
    );
    printTable(
      'CPU milliseconds per signature (load-independent: compare these across runs and machines)',
      levels.map((c) => ({
        clients: c,
        'full: Strapi': at('chained', c).cpuMsPerSignature.strapi,
        'full: PostgreSQL': at('chained', c).cpuMsPerSignature.postgres,
        'no chain: Strapi': at('unchained', c).cpuMsPerSignature.strapi,
        'no chain: PostgreSQL': at('unchained', c).cpuMsPerSignature.postgres,
        'INSERT: PostgreSQL': floorAt('insert', c).cpuMsPerSignature.postgres,
        'tx: PostgreSQL': floorAt('transaction', c).cpuMsPerSignature.postgres,
        'tx+chain: PostgreSQL': floorAt('transaction+chain', c).cpuMsPerSignature.postgres,
      })),
    );
    printTable(
      `A petition that already has 100,000 signatures, ${bigLevel} clients (its count is a counter row: compare with the ordinary petition above)`,
      big.map((b) => ({ run: b.label, 'sig/s': b.perSecond, 'p50 ms': b.latencyMs.p50, 'p99 ms': b.latencyMs.p99 })),
    );
    const problems = full.filter((r) => r.checks.lostAfter2xx || r.checks.phantom || r.checks.duplicates || r.checks.auditMismatches);
    printTable(
      'Checks after every full-stack run (every 2xx stored, none twice, one audit entry each)',
      full.map((r) => ({
        run: `${r.variant} ×${r.concurrency}${r.discarded ? ' (not best)' : ''}`,
        '2xx': r.accepted,
        stored: r.checks.stored,
        lost: r.checks.lostAfter2xx,
        phantom: r.checks.phantom,
        duplicates: r.checks.duplicates,
        'audit mismatches': r.checks.auditMismatches,
        'other answers': JSON.stringify(r.statuses),
        'Strapi RSS max MB': r.rssMb.max,
      })),
    );
    console.log(`\nAudit chain: ${chain.ok ? 'verifies' : 'BROKEN'}, ${chain.count} entries, verified in ${Math.round(verifyAnswer.ms)} ms`);
    writeResult('intake', { seconds, levels, repeat, strapiPool: STRAPI_POOL, full, floors, bigPetition: { clients: bigLevel, runs: big }, chain: { ...chain, verifyMs: Math.round(verifyAnswer.ms) }, problems: problems.length });
    if (problems.length || !chain.ok) process.exitCode = 1;
  } finally {
    if (unchainedChild) await stopTestServer(unchainedChild);
    await stack.close();
    rmSync(mailDir, { recursive: true, force: true });
  }
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 100) / 100 : null);
const percent = (v: number) => `${Math.round(v * 100)} %`;

if (require.main === module) void sleep(0).then(intakeBench);

import { rmSync } from 'node:fs';
import { Pool } from 'pg';
import { fromRoot } from '@vzd/config';
import { physicalBackup } from '../../../../database/src/backup/physical-backup';
import { restorePhysical } from '../../../../database/src/backup/physical-restore';
import { storeBackup } from '../../../../database/src/backup/backup-store';
import { createChainVerifier, type ChainVerdict } from '../../../../plugins/core/server/src/domain/audit';
import { createCitizensBulk, createCollectingPetitions } from './fixtures';
import { startDatabaseKeeper, type IsolatedStack } from './isolated-stack';
import { httpClient, sleep } from './load';
import { freshPairs, settleAll, signingLoad, SigningLedger, verifySignatures, type SigningVerdict } from './signing';
import { freePort } from '../../harness/test-server';

/**
 * The embedded database's own care, under a signing load: its postmaster SIGKILLed (the launcher's supervisor must
 * bring it back without a person), and a backup taken while citizens sign, restored into a fresh server.
 */
export interface CareTimings {
  concurrency: number;
  /** Signing before the fault or the backup: at least this long, and until this many signatures were acknowledged. */
  beforeMs: number;
  minAccepted: number;
  /** Signing after it. */
  afterMs: number;
  citizens: number;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) return false;
    await sleep(20);
  }
  return true;
}

async function signingRun(stack: IsolatedStack, timings: CareTimings) {
  const citizens = await createCitizensBulk(stack.db, timings.citizens);
  const petitions = await createCollectingPetitions(stack.db, 2);
  const client = httpClient(stack.url, timings.concurrency + 2, 20_000);
  const ledger = new SigningLedger();
  let stop = false;
  const load = signingLoad({
    client,
    origin: stack.url,
    ledger,
    concurrency: timings.concurrency,
    nextFresh: freshPairs(citizens, petitions),
    stop: () => stop,
    retryPauseMs: 100,
  });
  const finish = async (): Promise<SigningVerdict> => {
    stop = true;
    await load;
    await settleAll({ client, origin: stack.url, ledger, deadline: Date.now() + 30_000 });
    const verdict = await verifySignatures(stack.db, client, ledger, petitions);
    client.close();
    return verdict;
  };
  const warmUp = async () => {
    await sleep(timings.beforeMs);
    if (!(await until(() => ledger.accepted >= timings.minAccepted, 60_000))) throw new Error(`fewer than ${timings.minAccepted} signatures in a minute`);
  };
  return { petitions, ledger, finish, warmUp };
}

export interface PostmasterKillReport {
  verdict: SigningVerdict;
  statuses: Record<string, number>;
  killedPid: number;
  pidAfter: number | null;
  /** From the SIGKILL to the first signature stored after the supervisor's restart; null if it never came. */
  healedMs: number | null;
  reports: string[];
}

/** SIGKILLs the embedded postmaster mid-load; nobody starts it again but the supervisor. */
export async function postmasterKill(stack: IsolatedStack, timings: CareTimings): Promise<PostmasterKillReport> {
  const run = await signingRun(stack, timings);
  await run.warmUp();
  const killedPid = stack.postmasterPid();
  if (!killedPid) throw new Error('the isolated PostgreSQL is not running');
  const killedAt = Date.now();
  process.kill(killedPid, 'SIGKILL');
  const restarted = await until(() => stack.databaseReports().some((line) => line.includes('running again')), 60_000);
  const acceptedAtRestart = run.ledger.accepted;
  const healed = restarted && (await until(() => run.ledger.accepted > acceptedAtRestart, 30_000));
  const healedMs = healed ? Date.now() - killedAt : null;
  await sleep(timings.afterMs);
  const verdict = await run.finish();
  return {
    verdict,
    statuses: run.ledger.statusSummary(),
    killedPid,
    pidAfter: stack.postmasterPid(),
    healedMs,
    reports: stack.databaseReports(),
  };
}

export interface RestoreDrillReport {
  /** The load, checked on the live database afterwards (every 2xx stored once, chain intact). */
  live: SigningVerdict;
  /** Pairs acknowledged with a 2xx before the backup began. */
  acknowledgedBeforeBackup: number;
  /** Of those, how many the restored database lacks. Must be 0. */
  missingInRestore: number;
  /** Signatures in the restored database for one person and petition more than once. Must be 0. */
  duplicatesInRestore: number;
  /** Signatures in the restored database the live one does not have. Must be 0. */
  unknownInRestore: number;
  storedInRestore: number;
  /** Restored signatures without exactly one `signature.add` entry, or such entries without a signature. */
  auditMismatchesInRestore: number;
  restoredChain: ChainVerdict;
  backup: { ms: number; files: number; megabytes: number; walFiles: number };
  restoreMs: number;
  /** From starting PostgreSQL on the restored folder (WAL replay included) to accepting connections. */
  recoveryStartMs: number;
}

type AuditRow = { seq: string; module: string; action: string; item_id: string; actor: string | null; payload: Record<string, unknown>; occurred_at: Date; prev_hash: string; hash: string };

/** Verifies the whole chain of a database with the core's own verifier (the one /api/core/audit/verify runs). */
async function verifyChainIn(db: Pool): Promise<ChainVerdict> {
  const verifier = createChainVerifier();
  let after = 0;
  for (;;) {
    const { rows } = await db.query<AuditRow>('SELECT * FROM core_audit_events WHERE seq > $1 ORDER BY seq LIMIT 5000', [after]);
    for (const r of rows) {
      const verdict = verifier.push({
        seq: Number(r.seq),
        module: r.module,
        action: r.action,
        itemId: r.item_id,
        actor: r.actor,
        payload: r.payload,
        occurredAt: new Date(r.occurred_at).toISOString(),
        prevHash: r.prev_hash,
        hash: r.hash,
      });
      if (!verdict.ok) return verdict;
    }
    if (rows.length < 5000) return verifier.result();
    after = Number(rows[rows.length - 1].seq);
  }
}

const signaturePairs = async (db: Pool, petitionIds: number[]) =>
  (
    await db.query<{ key: string; n: number }>(
      `SELECT petition_id || ':' || user_id AS key, count(*)::int AS n FROM petitions_signatures
       WHERE petition_id = ANY($1) AND user_id IS NOT NULL GROUP BY petition_id, user_id`,
      [petitionIds],
    )
  ).rows;

/**
 * Backs the live database up while citizens sign, restores the backup into a fresh data folder served by a new
 * PostgreSQL on another port, and compares: every signature acknowledged before the backup began is there once, and
 * the restored audit chain verifies.
 */
export async function restoreDrill(stack: IsolatedStack, timings: CareTimings, name: string): Promise<RestoreDrillReport> {
  const root = fromRoot(`.data/isolated/${name}-${process.pid}`);
  const run = await signingRun(stack, timings);
  await run.warmUp();
  const acknowledged = [...run.ledger.attempts.entries()]
    .filter(([, attempt]) => attempt.statuses.some((s) => s >= 200 && s < 300))
    .map(([key]) => key);
  const backupBegan = Date.now();
  const stored = await storeBackup(`${root}/backups`, 'physical', 1, (dir) => physicalBackup(stack.databaseUrl, dir));
  const backupMs = Date.now() - backupBegan;
  await sleep(timings.afterMs);
  const live = await run.finish();

  const restoreBegan = Date.now();
  const restored = await restorePhysical(stored.dir, stored.manifest, `${root}/restored`, { force: false });
  const restoreMs = Date.now() - restoreBegan;
  const port = await freePort();
  const password = decodeURIComponent(new URL(stack.databaseUrl).password);
  const startBegan = Date.now();
  const server = await startDatabaseKeeper({ dataDir: `${root}/restored`, port, password, supervise: false }, () => undefined);
  const recoveryStartMs = Date.now() - startBegan;
  const url = new URL(stack.databaseUrl);
  url.port = String(port);
  const db = new Pool({ connectionString: url.toString(), max: 2 });
  // An idle connection the restored server closes (its shutdown) must not become an unhandled 'error' event.
  db.on('error', () => undefined);
  try {
    const ids = run.petitions.map((p) => p.id);
    const inRestore = new Map((await signaturePairs(db, ids)).map((r) => [r.key, r.n]));
    const inLive = new Set((await signaturePairs(stack.db, ids)).map((r) => r.key));
    const docs = run.petitions.map((p) => p.documentId);
    const { rows: events } = await db.query<{ key: string; n: number }>(
      `SELECT item_id || '|' || actor AS key, count(*)::int AS n FROM core_audit_events
       WHERE module = 'petitions' AND action = 'signature.add' AND item_id = ANY($1) AND actor <> 'citizen' GROUP BY item_id, actor`,
      [docs],
    );
    const audited = new Map(events.map((e) => [e.key, e.n]));
    const docById = new Map(run.petitions.map((p) => [String(p.id), p.documentId]));
    const auditKey = (pair: string) => `${docById.get(pair.split(':')[0])}|citizen:${pair.split(':')[1]}`;
    const auditMismatchesInRestore =
      [...inRestore].filter(([pair, n]) => audited.get(auditKey(pair)) !== n).length + Math.max(0, audited.size - inRestore.size);
    const storedInRestore = [...inRestore.values()].reduce((a, b) => a + b, 0);
    const files = Object.values(stored.manifest.files);
    return {
      live,
      acknowledgedBeforeBackup: acknowledged.length,
      missingInRestore: acknowledged.filter((key) => !inRestore.has(key)).length,
      duplicatesInRestore: [...inRestore.values()].filter((n) => n > 1).length,
      unknownInRestore: [...inRestore.keys()].filter((key) => !inLive.has(key)).length,
      storedInRestore,
      auditMismatchesInRestore,
      restoredChain: await verifyChainIn(db),
      backup: {
        ms: backupMs,
        files: files.length,
        megabytes: Math.round(files.reduce((a, f) => a + f.size, 0) / 1024 / 1024),
        walFiles: Object.keys(stored.manifest.files).filter((f) => f.startsWith('base/pg_wal/')).length,
      },
      restoreMs,
      recoveryStartMs,
    };
  } finally {
    await db.end().catch(() => undefined);
    await server.stop();
    rmSync(restored.dataDir, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  }
}

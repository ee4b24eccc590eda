import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createCitizensBulk, createCollectingPetitions, type BulkCitizen, type BulkPetition } from './fixtures';
import type { IsolatedStack } from './isolated-stack';
import { httpClient, percentiles, sleep, type Answer, type Percentiles } from './load';
import { enqueueMail, outboxVerdict, type OutboxVerdict } from './outbox';
import { freshPairs, settleAll, signingLoad, signOnce, SigningLedger, verifySignatures, type SigningVerdict } from './signing';
import { astroBuildsInto, countPages, liveSiteHas, writeLiveSite } from './site-rebuild';
import type { SmtpRecorder } from './smtp-recorder';

/**
 * Fault scenarios shared by the short tests (cms/tests/faults/*.test.ts) and the long run (`npm run bench:faults`):
 * only the durations and the number of clients differ.
 */
export interface FaultTimings {
  concurrency: number;
  /** Signing before the fault. */
  beforeMs: number;
  /** How long the fault lasts (database down, or Strapi dead before it is started again). */
  faultMs: number;
  /** Signing after recovery. */
  afterMs: number;
  /** Citizens created for the run; each signs two petitions at most. */
  citizens: number;
}

export interface OutageReport {
  verdict: SigningVerdict;
  statuses: Record<string, number>;
  /** Answers given while PostgreSQL was down: how many, and how fast. */
  duringOutage: { answers: number; status503: number; latency: Percentiles };
  /** One answer to a read and one to a write while PostgreSQL was down, as a client sees them. */
  sampleRead: Answer | null;
  sampleWrite: Answer | null;
  /** The probes while PostgreSQL was down (live, ready) and once signing works again (ready). */
  probes: { liveDuring: number; readyDuring: number; readyAfter: number };
  /** Milliseconds from PostgreSQL accepting connections again to the first stored signature. */
  recoveryMs: number | null;
  sameProcess: boolean;
  outageMs: number;
}

const prepare = async (stack: IsolatedStack, citizens: number, petitions: number) => ({
  citizens: await createCitizensBulk(stack.db, citizens),
  petitions: await createCollectingPetitions(stack.db, petitions),
});

async function waitFor(condition: () => boolean, timeoutMs: number, refresh?: () => Promise<void>): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (refresh) await refresh();
    if (condition()) return true;
    if (Date.now() > until) return false;
    await sleep(refresh ? 200 : 20);
  }
}

/** Stops PostgreSQL in the middle of a signing load and starts it again; Strapi keeps running throughout. */
export async function databaseOutage(stack: IsolatedStack, timings: FaultTimings): Promise<OutageReport> {
  const { citizens, petitions } = await prepare(stack, timings.citizens, 2);
  const client = httpClient(stack.url, timings.concurrency + 2, 20_000);
  const ledger = new SigningLedger();
  const pidBefore = stack.strapiPid();
  let stop = false;
  let phase: 'before' | 'outage' | 'after' = 'before';
  const outageAnswers: number[] = [];
  let outage503 = 0;

  const originalRecord = ledger.record.bind(ledger);
  ledger.record = (job, status, body, ms, retryAfter) => {
    if (phase === 'outage') {
      outageAnswers.push(ms);
      if (status === 503) outage503 += 1;
    }
    originalRecord(job, status, body, ms, retryAfter);
  };

  const load = signingLoad({
    client,
    origin: stack.url,
    ledger,
    concurrency: timings.concurrency,
    nextFresh: freshPairs(citizens, petitions),
    stop: () => stop,
    retryPauseMs: 100,
  });

  await sleep(timings.beforeMs);
  const outageStarted = Date.now();
  phase = 'outage';
  await stack.stopDatabase();
  await sleep(Math.min(500, timings.faultMs / 3));
  const sampleRead = await client.request('GET', `/api/petitions/petitions/${petitions[0].documentId}`);
  const sampleWrite = await client.request('POST', `/api/petitions/petitions/${petitions[0].documentId}/signatures`, {
    headers: { cookie: citizens[citizens.length - 1].cookie, origin: stack.url },
    body: '{}',
  });
  const liveDuring = (await client.request('GET', '/_health/live')).status;
  const readyDuring = (await client.request('GET', '/_health/ready')).status;
  await sleep(Math.max(0, timings.faultMs - (Date.now() - outageStarted)));
  await stack.startDatabase();
  const outageMs = Date.now() - outageStarted;
  phase = 'after';
  const back = Date.now();
  const acceptedAtRestart = ledger.accepted;
  const recovered = await waitFor(() => ledger.accepted > acceptedAtRestart, 30_000);
  const recoveryMs = recovered ? Date.now() - back : null;
  const readyAfter = (await client.request('GET', '/_health/ready')).status;
  await sleep(timings.afterMs);
  stop = true;
  await load;
  await settleAll({ client, origin: stack.url, ledger, deadline: Date.now() + 20_000 });
  const verdict = await verifySignatures(stack.db, client, ledger, petitions);
  client.close();
  return {
    verdict,
    statuses: ledger.statusSummary(),
    duringOutage: { answers: outageAnswers.length, status503: outage503, latency: percentiles(outageAnswers) },
    sampleRead,
    sampleWrite,
    probes: { liveDuring, readyDuring, readyAfter },
    recoveryMs,
    sameProcess: stack.strapiPid() === pidBefore,
    outageMs,
  };
}

export interface CrashParts {
  /** Queue this many messages just before the kill, delivered to `sink` (Strapi's SMTP_URL). */
  mail?: { count: number; sink: SmtpRecorder };
  /** Strapi's SITE_DIST_DIR: a rebuild is started just before the kill and must be running when Strapi dies. */
  siteDir?: string;
}

export interface CrashReport {
  verdict: SigningVerdict;
  statuses: Record<string, number>;
  /** Milliseconds from SIGKILL until the restarted Strapi stored its first signature. */
  downMs: number;
  outbox?: {
    killedPid: number;
    mailIds: number[];
    receivedBeforeKill: number;
    afterRestart: OutboxVerdict;
    /** Seconds from the restart until nothing was left pending. */
    settledSeconds: number | null;
  };
  site?: {
    buildRunningAtKill: boolean;
    /** astro processes of the killed build still alive afterwards (no process group/cgroup took them down). */
    orphanedBuilds: number;
    liveSiteIntactAfterKill: boolean;
    /** A rebuild after the restart replaced the site completely and left no half-built folders. */
    rebuiltAfterRestart: boolean;
    rebuildSeconds: number | null;
    pagesAfter: number;
    leftovers: string[];
    /** Pages of the petitions whose changes triggered the killed build and the later one. */
    changedPetitionPagesPresent: boolean;
  };
}

const pageOf = (siteDir: string, documentId: string) => join(siteDir, 'uk', 'petitions', documentId, 'index.html');

/** Two signatures on a petition whose threshold is two: the second one changes its status, which requests a rebuild. */
async function triggerRebuild(stack: IsolatedStack, client: ReturnType<typeof httpClient>, citizens: BulkCitizen[]): Promise<BulkPetition> {
  const [petition] = await createCollectingPetitions(stack.db, 1, { threshold: 2 });
  for (const citizen of citizens.slice(0, 2)) {
    const answer = await signOnce(client, stack.url, { petition, citizen });
    if (answer.status !== 201) throw new Error(`signing the rebuild trigger answered ${answer.status}: ${answer.body}`);
  }
  return petition;
}

/**
 * SIGKILLs Strapi in the middle of a signing load (and, when asked, in the middle of outbox delivery and of a site
 * rebuild) and starts it again on the same database.
 */
export async function processKill(stack: IsolatedStack, timings: FaultTimings, parts: CrashParts = {}): Promise<CrashReport> {
  const { citizens, petitions } = await prepare(stack, timings.citizens, 2);
  const spare = citizens.splice(-2);
  const client = httpClient(stack.url, timings.concurrency + 2, 20_000);
  const ledger = new SigningLedger();
  let stop = false;
  const marker = parts.siteDir ? writeLiveSite(parts.siteDir) : null;
  const load = signingLoad({
    client,
    origin: stack.url,
    ledger,
    concurrency: timings.concurrency,
    nextFresh: freshPairs(citizens, petitions),
    stop: () => stop,
    retryPauseMs: 100,
  });
  await sleep(timings.beforeMs);

  const mailIds = parts.mail ? await enqueueMail(stack.db, parts.mail.count) : [];
  const received = () => mailIds.filter((id) => parts.mail!.sink.received.has(id)).length;
  const trigger = parts.siteDir ? await triggerRebuild(stack, client, spare) : null;
  // Kill only once mail is on its way (not all of it) and astro is writing the next site.
  await waitFor(
    () =>
      (!parts.mail || (received() > 0 && received() < mailIds.length)) &&
      (!parts.siteDir || (astroBuildsInto(parts.siteDir).length > 0 && existsSync(`${parts.siteDir}.next`))),
    60_000,
  );
  const buildRunningAtKill = parts.siteDir ? astroBuildsInto(parts.siteDir).length > 0 : false;
  const receivedBeforeKill = received();
  const killed = Date.now();
  const killedPid = stack.strapiPid();
  await stack.killStrapi();

  let orphanedBuilds = 0;
  let liveSiteIntactAfterKill = true;
  if (parts.siteDir) {
    // A bare SIGKILL of the pid cannot stop its children: the build stops itself once its parent is gone
    // (core's exit-with-parent preload). What is still running after 2 s is an orphan, counted and removed.
    await waitFor(() => astroBuildsInto(parts.siteDir!).length === 0, 2_000);
    const orphans = astroBuildsInto(parts.siteDir);
    orphanedBuilds = orphans.length;
    for (const pid of orphans) process.kill(pid, 'SIGKILL');
    liveSiteIntactAfterKill = liveSiteHas(parts.siteDir, marker!);
  }

  await sleep(timings.faultMs);
  await stack.startStrapi();
  const restarted = Date.now();
  const acceptedAtRestart = ledger.accepted;
  await waitFor(() => ledger.accepted > acceptedAtRestart, 30_000);
  const downMs = Date.now() - killed;

  let site: CrashReport['site'];
  if (parts.siteDir) {
    const dir = parts.siteDir;
    const rebuildStarted = Date.now();
    // No new change after the restart: the rebuild the kill interrupted must resume by itself (core_site_build).
    // Done means swapped in and cleaned up: the builder removes `.old` right after the swap.
    const rebuilt = await waitFor(
      () => !liveSiteHas(dir, marker!) && countPages(dir) > 1 && !existsSync(`${dir}.next`) && !existsSync(`${dir}.old`),
      120_000,
    );
    const leftovers = [`${dir}.next`, `${dir}.old`].filter((p) => existsSync(p));
    site = {
      buildRunningAtKill,
      orphanedBuilds,
      liveSiteIntactAfterKill,
      rebuiltAfterRestart: rebuilt && leftovers.length === 0,
      rebuildSeconds: rebuilt ? Math.round((Date.now() - rebuildStarted) / 100) / 10 : null,
      pagesAfter: countPages(dir),
      leftovers,
      changedPetitionPagesPresent: existsSync(pageOf(dir, trigger!.documentId)),
    };
  }

  let outbox: CrashReport['outbox'];
  if (parts.mail) {
    let verdict = await outboxVerdict(stack.db, mailIds, parts.mail.sink, killedPid);
    const settled = await waitFor(() => verdict.stillQueued === 0 && verdict.inFlight === 0 && !verdict.byStatus.sending, 60_000, async () => {
      verdict = await outboxVerdict(stack.db, mailIds, parts.mail!.sink, killedPid);
    });
    outbox = {
      killedPid,
      mailIds,
      receivedBeforeKill,
      afterRestart: verdict,
      settledSeconds: settled ? Math.round((Date.now() - restarted) / 100) / 10 : null,
    };
  }

  await sleep(timings.afterMs);
  stop = true;
  await load;
  await settleAll({ client, origin: stack.url, ledger, deadline: Date.now() + 20_000 });
  const verdict = await verifySignatures(stack.db, client, ledger, petitions);
  client.close();
  return { verdict, statuses: ledger.statusSummary(), downMs, outbox, site };
}

export interface LostCommitReport {
  /** The answer to a signature whose COMMIT never completed (the connection died inside it). */
  answer: { status: number; body: string };
  storedAfterLostCommit: number;
  /** The same citizen trying again once the database is fine. */
  retry: { status: number; body: string };
  storedAfterRetry: number;
  auditEntries: number;
}

/**
 * The narrowest database fault: the connection dies during COMMIT. A deferred trigger terminates its own backend
 * at commit time, so the signature is rolled back after every statement of the transaction succeeded.
 */
export async function lostCommit(stack: IsolatedStack): Promise<LostCommitReport> {
  const [citizen] = await createCitizensBulk(stack.db, 1);
  const [petition] = await createCollectingPetitions(stack.db, 1);
  await stack.db.query(`
    CREATE OR REPLACE FUNCTION fault_terminate_at_commit() RETURNS trigger AS $$
    BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$ LANGUAGE plpgsql;
    CREATE CONSTRAINT TRIGGER fault_terminate_at_commit AFTER INSERT ON petitions_signatures
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.petition_id = ${Number(petition.id)})
      EXECUTE FUNCTION fault_terminate_at_commit();`);
  const client = httpClient(stack.url, 1, 20_000);
  const stored = async () =>
    (await stack.db.query<{ n: number }>('SELECT count(*)::int AS n FROM petitions_signatures WHERE petition_id = $1 AND user_id = $2', [petition.id, citizen.id]))
      .rows[0].n;
  try {
    const answer = await signOnce(client, stack.url, { petition, citizen });
    const storedAfterLostCommit = await stored();
    await stack.db.query('DROP TRIGGER fault_terminate_at_commit ON petitions_signatures; DROP FUNCTION fault_terminate_at_commit()');
    const retry = await signOnce(client, stack.url, { petition, citizen });
    const { rows } = await stack.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM core_audit_events WHERE action = 'signature.add' AND item_id = $1 AND actor = $2",
      [petition.documentId, `citizen:${citizen.id}`],
    );
    return {
      answer: { status: answer.status, body: answer.body },
      storedAfterLostCommit,
      retry: { status: retry.status, body: retry.body },
      storedAfterRetry: await stored(),
      auditEntries: rows[0].n,
    };
  } finally {
    await stack.db.query('DROP TRIGGER IF EXISTS fault_terminate_at_commit ON petitions_signatures').catch(() => undefined);
    client.close();
  }
}

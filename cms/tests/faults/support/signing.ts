import type { Pool } from 'pg';
import type { BulkCitizen, BulkPetition } from './fixtures';
import { closedLoop, sleep, type HttpClient } from './load';

export interface SigningJob {
  petition: BulkPetition;
  citizen: BulkCitizen;
}

// A 2xx, or a 409 "already signed" (an earlier attempt whose answer was lost did commit): the pair is settled.
const settled = (status: number, body: string) => (status >= 200 && status < 300) || (status === 409 && body.includes('already_signed'));
// What a client may retry: the outage answer, a lost connection, a timeout, a gateway-style failure.
const retryable = (status: number) => status === 503 || status === 0 || status === -1 || status >= 500;

/** Every attempt of every (citizen, petition) pair, in order, as the clients saw them. */
export class SigningLedger {
  readonly attempts = new Map<string, { job: SigningJob; statuses: number[]; settled: boolean }>();
  readonly byStatus = new Map<number, number>();
  /** Outage answers that were not the bilingual 503 with Retry-After this platform promises. */
  readonly badOutageAnswers: string[] = [];
  latencies: number[] = [];
  accepted = 0;

  record(job: SigningJob, status: number, body: string, ms: number, retryAfter: string | undefined): void {
    const key = `${job.petition.id}:${job.citizen.id}`;
    const entry = this.attempts.get(key) ?? { job, statuses: [], settled: false };
    entry.statuses.push(status);
    if (settled(status, body)) entry.settled = true;
    this.attempts.set(key, entry);
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
    if (status >= 200 && status < 300) {
      this.accepted += 1;
      this.latencies.push(ms);
    }
    if (status === 503 && (!retryAfter || !body.includes('database_unavailable') || !body.includes(' / '))) {
      if (this.badOutageAnswers.length < 5) this.badOutageAnswers.push(body.slice(0, 300));
    }
  }

  unsettled(): SigningJob[] {
    return [...this.attempts.values()].filter((a) => !a.settled).map((a) => a.job);
  }

  statusSummary(): Record<string, number> {
    return Object.fromEntries([...this.byStatus.entries()].sort((a, b) => a[0] - b[0]).map(([s, n]) => [String(s), n]));
  }
}

export interface SigningLoadOptions {
  client: HttpClient;
  origin: string;
  ledger: SigningLedger;
  concurrency: number;
  /** Fresh pairs to sign, in order; returns null when there are none left. */
  nextFresh: () => SigningJob | null;
  stop: () => boolean;
  /** Failed pairs are retried by the same client after a pause, as a citizen pressing the button again would. */
  retryPauseMs?: number;
}

export async function signOnce(client: HttpClient, origin: string, job: SigningJob) {
  return client.request('POST', `/api/petitions/petitions/${job.petition.documentId}/signatures`, {
    headers: { cookie: job.citizen.cookie, origin },
    body: '{}',
  });
}

/** Citizens signing in a closed loop; retryable failures are kept and retried before fresh pairs. */
export async function signingLoad(options: SigningLoadOptions): Promise<void> {
  const retries: SigningJob[] = [];
  await closedLoop<SigningJob>({
    concurrency: options.concurrency,
    stop: options.stop,
    next: () => retries.shift() ?? options.nextFresh(),
    run: async (job) => {
      const answer = await signOnce(options.client, options.origin, job);
      options.ledger.record(job, answer.status, answer.body, answer.ms, answer.headers['retry-after'] as string | undefined);
      if (retryable(answer.status)) {
        retries.push(job);
        await sleep(options.retryPauseMs ?? 50);
      }
    },
  });
  // Pairs still waiting for a retry when the load stopped are settled by settleAll.
}

/** Retries every unsettled pair until each has a definite answer (or the deadline passes). */
export async function settleAll(options: { client: HttpClient; origin: string; ledger: SigningLedger; deadline: number }): Promise<void> {
  for (;;) {
    const pending = options.ledger.unsettled();
    if (pending.length === 0 || Date.now() > options.deadline) return;
    let i = 0;
    await closedLoop<SigningJob>({
      concurrency: 8,
      next: () => pending[i++] ?? null,
      run: async (job) => {
        const answer = await signOnce(options.client, options.origin, job);
        options.ledger.record(job, answer.status, answer.body, answer.ms, answer.headers['retry-after'] as string | undefined);
      },
    });
    if (options.ledger.unsettled().length) await sleep(250);
  }
}

export interface SigningVerdict {
  attemptedPairs: number;
  accepted2xx: number;
  stored: number;
  /** Pairs that got a 2xx but have no row: a lie to the citizen. Must be 0. */
  lostAfter2xx: number;
  /** Rows for pairs that never got a 2xx nor had an attempt that could have committed unseen. Must be 0. */
  phantom: number;
  /** Rows for the same person and petition more than once. Must be 0. */
  duplicates: number;
  /** Pairs accepted twice (two 2xx answers). Must be 0. */
  acceptedTwice: number;
  /** Signatures without exactly one `signature.add` audit entry, or entries without a signature. Must be 0. */
  auditMismatches: number;
  unsettled: number;
  /** A few of the pairs behind any non-zero count above, with the answers each got, for the report. */
  samples: string[];
  /** Unexpected answers (not 2xx, 409 already_signed or retryable). */
  unexpected: Record<string, number>;
  chain: { ok: boolean; count: number; reason?: string };
}

/** Compares what the clients were told with what PostgreSQL holds and what the audit chain says. */
export async function verifySignatures(
  db: Pool,
  client: HttpClient,
  ledger: SigningLedger,
  petitions: BulkPetition[],
  options: { chain?: boolean; auditTable?: string } = {},
): Promise<SigningVerdict> {
  const ids = petitions.map((p) => p.id);
  const docs = petitions.map((p) => p.documentId);
  const docById = new Map(petitions.map((p) => [p.id, p.documentId]));
  const { rows } = await db.query<{ petition_id: number; user_id: number; n: number }>(
    `SELECT petition_id, user_id, count(*)::int AS n FROM petitions_signatures
     WHERE petition_id = ANY($1) AND user_id IS NOT NULL GROUP BY petition_id, user_id`,
    [ids],
  );
  const { rows: events } = await db.query<{ item_id: string; actor: string; n: number }>(
    `SELECT item_id, actor, count(*)::int AS n
     FROM ${options.auditTable ?? 'core_audit_events'}
     WHERE module = 'petitions' AND action = 'signature.add' AND item_id = ANY($1) AND actor <> 'citizen'
     GROUP BY item_id, actor`,
    [docs],
  );
  const stored = new Map(rows.map((r) => [`${r.petition_id}:${r.user_id}`, r.n]));
  const audited = new Map(events.map((e) => [`${e.item_id}|${e.actor}`, e.n]));

  let lostAfter2xx = 0;
  let acceptedTwice = 0;
  let phantom = 0;
  const unexpected: Record<string, number> = {};
  const samples: string[] = [];
  const sample = (what: string, key: string) => samples.length < 10 && samples.push(`${what} ${key}: ${ledger.attempts.get(key)?.statuses.join(',')}`);
  for (const [key, attempt] of ledger.attempts) {
    const ok = attempt.statuses.filter((s) => s >= 200 && s < 300).length;
    if (ok > 0 && !stored.has(key)) {
      lostAfter2xx += 1;
      sample('lost', key);
    }
    if (ok > 1) {
      acceptedTwice += 1;
      sample('twice', key);
    }
    for (const s of attempt.statuses) {
      if (!(s >= 200 && s < 300) && s !== 409 && !retryable(s)) unexpected[String(s)] = (unexpected[String(s)] ?? 0) + 1;
    }
  }
  for (const key of stored.keys()) {
    const attempt = ledger.attempts.get(key);
    if (!attempt || !attempt.statuses.some((s) => (s >= 200 && s < 300) || retryable(s))) {
      phantom += 1;
      sample('phantom', key);
    }
  }
  let auditMismatches = 0;
  for (const [key, n] of stored) {
    const [petitionId, userId] = key.split(':');
    if (audited.get(`${docById.get(Number(petitionId))}|citizen:${userId}`) !== n) auditMismatches += 1;
  }
  const storedEventKeys = new Set([...stored.keys()].map((k) => `${docById.get(Number(k.split(':')[0]))}|citizen:${k.split(':')[1]}`));
  for (const key of audited.keys()) if (!storedEventKeys.has(key)) auditMismatches += 1;

  let chain: SigningVerdict['chain'] = { ok: true, count: 0, reason: 'not checked' };
  if (options.chain ?? true) {
    const verify = await client.request('GET', '/api/core/audit/verify');
    chain = verify.status === 200 ? JSON.parse(verify.body).data : { ok: false, count: 0, reason: `HTTP ${verify.status}` };
  }

  return {
    attemptedPairs: ledger.attempts.size,
    accepted2xx: ledger.accepted,
    stored: rows.reduce((sum, r) => sum + r.n, 0),
    lostAfter2xx,
    phantom,
    duplicates: rows.filter((r) => r.n > 1).length,
    acceptedTwice,
    auditMismatches,
    unsettled: ledger.unsettled().length,
    samples,
    unexpected,
    chain,
  };
}

/** Hands out (citizen, petition) pairs: every citizen signs each petition at most once. */
export function freshPairs(citizens: BulkCitizen[], petitions: BulkPetition[]): () => SigningJob | null {
  let k = 0;
  return () => {
    const citizen = citizens[Math.floor(k / petitions.length)];
    if (!citizen) return null;
    const petition = petitions[k % petitions.length];
    k += 1;
    return { citizen, petition };
  };
}

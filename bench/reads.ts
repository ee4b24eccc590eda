import { Pool } from 'pg';
import { createCollectingPetitions, prefillSignatures, type BulkPetition } from '../cms/tests/faults/support/fixtures';
import { startIsolatedStack, type IsolatedStack } from '../cms/tests/faults/support/isolated-stack';
import { closedLoop, httpClient, percentiles, type Percentiles } from '../cms/tests/faults/support/load';
import { cpuMeter, perRequest } from './lib/cpu';
import { printTable, writeResult } from './lib/report';
import { benchSeconds, STRAPI_POOL } from './lib/settings';

interface Endpoint {
  name: string;
  path: string;
  /** The same SQL the endpoint runs, issued straight with `pg` (null: no database work). */
  sql: ((pool: Pool) => Promise<unknown>) | null;
}

export interface WarmRun {
  endpoint: string;
  concurrency: number;
  perSecond: number;
  latencyMs: Percentiles;
  errors: number;
  cpuMsPerRequest: { strapi: number | null; postgres: number | null };
  sqlFloorPerSecond: number | null;
}

export interface ColdRun {
  endpoint: string;
  firstMs: number;
  next99: Percentiles;
}

const BIG_PETITION_SIGNATURES = 25_000;

function endpoints(small: BulkPetition, big: BulkPetition, deepPage: number): Endpoint[] {
  const list = (offset: number) => async (pool: Pool) => {
    const { rows } = await pool.query(
      `SELECT p.*, a.slug, a.name_uk, a.name_en FROM petitions_petitions p
       LEFT JOIN petitions_petitions_authority_lnk l ON l.petition_id = p.id LEFT JOIN core_authorities a ON a.id = l.authority_id
       WHERE p.status = ANY($1) ORDER BY p.created_at DESC, p.id DESC LIMIT 20 OFFSET $2`,
      [PUBLIC, offset],
    );
    await pool.query('SELECT count(*) FROM petitions_petitions WHERE status = ANY($1)', [PUBLIC]);
    await pool.query('SELECT petition_id, signatures FROM petitions_signature_counts WHERE petition_id = ANY($1)', [
      rows.map((r) => r.id),
    ]);
  };
  const detail = (p: BulkPetition) => async (pool: Pool) => {
    await pool.query(
      `SELECT p.*, a.slug, a.name_uk, a.name_en FROM petitions_petitions p
       LEFT JOIN petitions_petitions_authority_lnk l ON l.petition_id = p.id LEFT JOIN core_authorities a ON a.id = l.authority_id
       WHERE p.document_id = $1 AND p.status = ANY($2) LIMIT 1`,
      [p.documentId, PUBLIC],
    );
    await pool.query('SELECT signatures FROM petitions_signature_counts WHERE petition_id = $1', [p.id]);
    await pool.query("SELECT * FROM core_audit_events WHERE module = 'petitions' AND item_id = $1 AND action LIKE 'petition.%' ORDER BY seq", [p.documentId]);
  };
  return [
    { name: 'GET /_health (HTTP floor, no database)', path: '/_health', sql: null },
    { name: 'petition list, page 1', path: '/api/petitions/petitions?page=1&pageSize=20', sql: list(0) },
    { name: `petition list, page ${deepPage}`, path: `/api/petitions/petitions?page=${deepPage}&pageSize=20`, sql: list((deepPage - 1) * 20) },
    { name: 'petition page API', path: `/api/petitions/petitions/${small.documentId}`, sql: detail(small) },
    {
      name: `petition page API, ${BIG_PETITION_SIGNATURES.toLocaleString('en-US')} signatures`,
      path: `/api/petitions/petitions/${big.documentId}`,
      sql: detail(big),
    },
    { name: 'live count', path: `/api/petitions/petitions/${small.documentId}/count`, sql: null },
  ];
}

const PUBLIC = ['collecting', 'threshold_reached', 'under_consideration', 'answered', 'not_supported', 'rejected'];

async function warmRun(stack: IsolatedStack, endpoint: Endpoint, concurrency: number, seconds: number): Promise<WarmRun> {
  const client = httpClient(stack.url, concurrency);
  // Warm-up (JIT, PostgreSQL's buffers, Strapi's pool): 200 requests, or 3 seconds for a slow endpoint.
  let left = 200;
  const warmUntil = performance.now() + 3000;
  await closedLoop({
    concurrency,
    stop: () => performance.now() > warmUntil,
    next: () => (left-- > 0 ? 1 : null),
    run: async () => void (await client.request('GET', endpoint.path)),
  });
  const latencies: number[] = [];
  let errors = 0;
  const cpu = cpuMeter({ strapi: stack.strapiPid(), postmaster: stack.postmasterPid() });
  const started = performance.now();
  const until = started + seconds * 1000;
  await closedLoop({
    concurrency,
    stop: () => performance.now() >= until,
    next: () => 1,
    run: async () => {
      const answer = await client.request('GET', endpoint.path);
      if (answer.status >= 400 || answer.status <= 0) errors += 1;
      latencies.push(answer.ms);
    },
  });
  const elapsed = (performance.now() - started) / 1000;
  const spent = cpu.stop();
  client.close();
  return {
    endpoint: endpoint.name,
    concurrency,
    perSecond: Math.round(latencies.length / elapsed),
    latencyMs: percentiles(latencies),
    errors,
    cpuMsPerRequest: { strapi: perRequest(spent.strapiMs, latencies.length), postgres: perRequest(spent.postgresMs, latencies.length) },
    sqlFloorPerSecond: endpoint.sql ? await sqlFloor(stack, endpoint, concurrency, seconds) : null,
  };
}

async function sqlFloor(stack: IsolatedStack, endpoint: Endpoint, concurrency: number, seconds: number): Promise<number> {
  const pool = new Pool({ connectionString: stack.databaseUrl, max: Math.min(concurrency, STRAPI_POOL) });
  let done = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await closedLoop({
    concurrency,
    stop: () => performance.now() >= until,
    next: () => 1,
    run: async () => {
      await endpoint.sql!(pool);
      done += 1;
    },
  });
  await pool.end();
  return Math.round(done / ((performance.now() - started) / 1000));
}

/** After a restart of PostgreSQL (empty shared buffers) and of Strapi (no JIT, no pooled connections). */
async function coldRun(stack: IsolatedStack, endpoint: Endpoint): Promise<ColdRun> {
  await stack.killStrapi();
  await stack.stopDatabase();
  await stack.startDatabase();
  await stack.startStrapi();
  const client = httpClient(stack.url, 1);
  const first = await client.request('GET', endpoint.path);
  const rest: number[] = [];
  for (let i = 0; i < 99; i++) rest.push((await client.request('GET', endpoint.path)).ms);
  client.close();
  return { endpoint: endpoint.name, firstMs: Math.round(first.ms), next99: percentiles(rest) };
}

export async function readsBench(): Promise<void> {
  const seconds = benchSeconds();
  const levels = (process.env.BENCH_READ_LEVELS ?? '16,64').split(',').map(Number);
  const extra = Number(process.env.BENCH_READ_PETITIONS ?? 1000);
  console.log(`Public reads: ${extra} extra petitions, ${levels.join(' and ')} clients, ${seconds} s each`);
  const stack = await startIsolatedStack('bench-reads', {});
  try {
    const petitions = await createCollectingPetitions(stack.db, extra);
    const small = petitions[petitions.length - 1];
    const [big] = await createCollectingPetitions(stack.db, 1);
    await prefillSignatures(stack.db, big, BIG_PETITION_SIGNATURES, { audit: true });
    const list = endpoints(small, big, Math.floor(extra / 20 / 2));

    const cold: ColdRun[] = [];
    for (const endpoint of list.slice(1, 5)) {
      cold.push(await coldRun(stack, endpoint));
      console.log(`  cold ${endpoint.name}: first ${cold[cold.length - 1].firstMs} ms`);
    }
    const warm: WarmRun[] = [];
    for (const endpoint of list) {
      for (const concurrency of levels) {
        warm.push(await warmRun(stack, endpoint, concurrency, seconds));
        console.log(`  warm ${endpoint.name} ×${concurrency}: ${warm[warm.length - 1].perSecond}/s`);
      }
    }
    printTable(
      'Public reads, warm (requests per second; SQL floor = the same queries straight to PostgreSQL)',
      warm.map((w) => ({
        endpoint: w.endpoint,
        clients: w.concurrency,
        'req/s': w.perSecond,
        'p50 ms': w.latencyMs.p50,
        'p95 ms': w.latencyMs.p95,
        'p99 ms': w.latencyMs.p99,
        'SQL floor/s': w.sqlFloorPerSecond,
        'full ÷ SQL': w.sqlFloorPerSecond ? Math.round((w.perSecond / w.sqlFloorPerSecond) * 100) / 100 : null,
        'Strapi CPU ms/req': w.cpuMsPerRequest.strapi,
        'PG CPU ms/req': w.cpuMsPerRequest.postgres,
        errors: w.errors,
      })),
    );
    printTable(
      'Public reads, cold (PostgreSQL and Strapi just restarted; one client)',
      cold.map((c) => ({ endpoint: c.endpoint, 'first request ms': c.firstMs, 'next 99 p50 ms': c.next99.p50, 'next 99 p99 ms': c.next99.p99 })),
    );
    writeResult('reads', { seconds, petitions: extra, bigPetitionSignatures: BIG_PETITION_SIGNATURES, warm, cold });
  } finally {
    await stack.close();
  }
}

if (require.main === module) void readsBench();

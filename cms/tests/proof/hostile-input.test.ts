import fc from 'fast-check';
import { officialToken } from '../harness/admins';
import { createCitizen, type TestCitizen } from '../harness/citizens';
import { closeDb } from '../harness/database';
import type { ApiResponse } from '../harness/http';
import { testServer } from '../harness/server';
import { ACCESS_TABLE, type Target } from './support/access-table';
import type { Caller } from './support/callers';
import { author } from './support/fixtures';
import { sendAndWatch } from './support/footprint';
import {
  describeValue,
  EVIL_HOST,
  fromSchema,
  type HostileBody,
  mutatedBody,
  pathValue,
  type PathValue,
  queryString,
  rawBodies,
  replaced,
  stringLeaves,
} from './support/hostile';
import { brokenPromises, openRedirect } from './support/invariants';
import { resetAddressBudget, restoreLimits, saveLimits } from './support/limits';
import { documentedOperations, type OpenApiOperation, routeKey, servedRoutes, type ServedRoute } from './support/routes';
import { fillPath, send, withQuery } from './support/send';

/**
 * Hostile input against every public route (the content API: every operation of the OpenAPI document, and any
 * served route the document misses) and, as officials, every admin route. Whatever is sent: never a 5xx, always
 * the JSON error envelope, field messages on a 400, no redirect to a host the caller named, and nothing stored
 * when the request is refused. Runs are seeded: set PROOF_SEED to replay a failure, PROOF_RUNS to go deeper.
 */

const SEED = Number(process.env.PROOF_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** Runs per public write route; reads and admin routes get fewer (reads store nothing; officials are few). */
const RUNS = Number(process.env.PROOF_RUNS ?? 30);
const READ_RUNS = Math.max(8, Math.round(RUNS / 2.5));
const ADMIN_RUNS = Math.max(8, Math.round(RUNS / 3));
const BODY_LIMIT = 250_000;
const URL_LIMIT = 7_000;

// Printed once, so a failure on CI can be replayed here with the same inputs.
console.info(`[hostile input] fast-check seed ${SEED}; runs: ${RUNS} per public write, ${READ_RUNS} per read, ${ADMIN_RUNS} per admin route (replay: PROOF_SEED=${SEED} PROOF_RUNS=${RUNS})`);

const seedOf = (key: string) => [...key].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, SEED);

let operations: Map<string, OpenApiOperation>;

let sharedCitizen: TestCitizen;
let official: string;

beforeAll(async () => {
  await saveLimits();
  operations = new Map((await documentedOperations()).map((op) => [routeKey(op), op]));
  [sharedCitizen, official] = await Promise.all([createCitizen(), officialToken()]);
  await author();
}, 120_000);

afterAll(async () => {
  await restoreLimits();
  await closeDb();
});

/** A valid request for the route (from the access table), so mutations start from something that would pass. */
async function validTarget(key: string, caller: Caller): Promise<Target> {
  const row = ACCESS_TABLE.find((r) => r.route === key && !r.variant) ?? ACCESS_TABLE.find((r) => r.route === key);
  return row?.target ? row.target(caller, false) : {};
}

interface HostileRequest {
  caller: 'anonymous' | 'citizen';
  params: Record<string, PathValue>;
  query: string;
  body: HostileBody;
}

function requestArbitrary(route: ServedRoute, op: OpenApiOperation | undefined, valid: Target, asOfficial: boolean): fc.Arbitrary<HostileRequest> {
  const names = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const params = fc.record(Object.fromEntries(names.map((n) => [n, pathValue(valid.params?.[n] as string | number | undefined)])));
  const knownQuery = (op?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
  const query = queryString(knownQuery, valid.query ?? {});
  const schema = op?.requestBody?.content['application/json']?.schema;
  const validBody = valid.body && typeof valid.body === 'object' && !Array.isArray(valid.body) ? (valid.body as Record<string, unknown>) : undefined;
  const body: fc.Arbitrary<HostileBody> =
    route.method === 'GET'
      ? fc.constant({ kind: 'none' as const })
      : fc.oneof(
          ...(validBody ? [{ weight: 4, arbitrary: mutatedBody(validBody) }] : []),
          ...(schema ? [{ weight: 2, arbitrary: fromSchema(schema).map((value) => ({ kind: 'json' as const, value })) }] : []),
          { weight: 2, arbitrary: rawBodies },
          { weight: 1, arbitrary: fromSchema(undefined).map((value) => ({ kind: 'json' as const, value })) },
          { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
        );
  const caller: fc.Arbitrary<'anonymous' | 'citizen'> = asOfficial
    ? fc.constant('citizen')
    : route.open
      ? fc.constantFrom('anonymous', 'citizen')
      : fc.oneof({ weight: 1, arbitrary: fc.constant('anonymous' as const) }, { weight: 3, arbitrary: fc.constant('citizen' as const) });
  return fc.record({ caller, params, query, body });
}

const bodyBytes = (body: HostileBody): number =>
  body.kind === 'none' ? 0 : Buffer.byteLength(body.kind === 'raw' ? body.text : JSON.stringify(body.value) ?? '');

function bodyText(body: HostileBody): string {
  if (body.kind === 'none') return '';
  if (body.kind === 'raw') return body.text;
  return JSON.stringify(body.value) ?? 'null';
}

const pathOf = (route: ServedRoute, req: HostileRequest) => withQuery(fillPath(route.path, req.params), req.query);

async function sendHostile(route: ServedRoute, req: HostileRequest, who: { cookie?: string; bearer?: string }): Promise<ApiResponse> {
  const path = pathOf(route, req);
  const options = { cookie: who.cookie, bearer: who.bearer };
  if (req.body.kind === 'none') return send(route.method, path, options);
  if (req.body.kind === 'json') return send(route.method, path, { ...options, rawBody: bodyText(req.body) });
  return send(route.method, path, { ...options, rawBytes: Buffer.from(bodyText(req.body), 'utf8'), headers: { 'content-type': req.body.contentType } });
}

/** The property for one route: runs, checks every promise, and says exactly what broke for which request. */
function hostileProperty(route: ServedRoute, asOfficial: boolean) {
  return async () => {
    const key = routeKey(route);
    const isRead = route.method === 'GET';
    const validCaller: Caller = asOfficial ? { name: 'officialA', bearer: official } : { name: 'citizen', userId: sharedCitizen.id, cookie: sharedCitizen.cookie };
    const valid = await validTarget(key, validCaller);
    const items = valid.items ?? [];
    const arbitrary = requestArbitrary(route, operations.get(key), valid, asOfficial);
    await fc.assert(
      fc.asyncProperty(arbitrary, async (req) => {
        fc.pre(bodyBytes(req.body) < BODY_LIMIT);
        fc.pre(pathOf(route, req).length < URL_LIMIT);
        // Writes get a fresh account each time: its rows are all this request's, and no rate limit is reached.
        let who: { cookie?: string; bearer?: string; userId?: number } = {};
        if (asOfficial) who = { bearer: official };
        else if (req.caller === 'citizen') {
          const citizen = isRead ? sharedCitizen : await createCitizen();
          who = { cookie: citizen.cookie, userId: citizen.id };
        }
        if (route.open && !isRead) await resetAddressBudget();
        // Reads are not watched for storage (they write nothing by design, and it halves their cost).
        const { res, stored } = isRead
          ? { res: await sendHostile(route, req, who), stored: [] as string[] }
          : await sendAndWatch(() => sendHostile(route, req, who), { userIds: who.userId && !asOfficial ? [who.userId] : [], items });
        const problems = brokenPromises(res);
        if (stored.length) problems.push(`refused with ${res.status} but stored: ${stored.join('; ')}`);
        const redirect = openRedirect(res, testServer().url, [EVIL_HOST]);
        if (redirect) problems.push(redirect);
        if (problems.length) {
          throw new Error(`${key} as ${asOfficial ? 'official' : req.caller}: ${problems.join(' | ')}\n  answer ${res.status}: ${describeValue(res.body)}\n  request: ${describeValue(req)}`);
        }
      }),
      { seed: seedOf(key), numRuns: asOfficial ? ADMIN_RUNS : isRead ? READ_RUNS : RUNS },
    );
  };
}

const routes = servedRoutes();

/** PostgreSQL text cannot hold NUL; lone surrogates are not UTF-8. Both must be refused or cleaned, never a 500. */
const POISON = (old: string) => `${old}\u0000\uD800`;

/**
 * Deterministic sweep beside the random runs: each string of a valid request (every body field, nested ones too,
 * every query and path value) is poisoned in turn, so no field escapes by chance.
 */
function poisonSweep(route: ServedRoute, asOfficial: boolean) {
  return async () => {
    const key = routeKey(route);
    const citizenCaller = async (): Promise<Caller & { cookie: string; userId: number }> => {
      const c = route.method === 'GET' ? sharedCitizen : await createCitizen();
      return { name: 'citizen', userId: c.id, cookie: c.cookie };
    };
    const valid = await validTarget(key, asOfficial ? { name: 'officialA', bearer: official } : await citizenCaller());
    const variants: { where: string; params: Record<string, PathValue>; query: Record<string, string>; body?: unknown }[] = [];
    const params = (valid.params ?? {}) as Record<string, string | number>;
    const query = valid.query ?? {};
    for (const name of Object.keys(params)) variants.push({ where: `path {${name}}`, params: { ...params, [name]: POISON(String(params[name])) }, query, body: valid.body });
    const queryNames = new Set([...Object.keys(query), ...(operations.get(key)?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name)]);
    for (const name of queryNames) variants.push({ where: `query ${name}`, params, query: { ...query, [name]: POISON(query[name] ?? 'a') }, body: valid.body });
    if (valid.body !== undefined) {
      for (const leaf of stringLeaves(valid.body).slice(0, 25)) {
        variants.push({ where: `body ${leaf.join('.')}`, params, query, body: replaced(valid.body, leaf, POISON) });
      }
    }
    const failures: string[] = [];
    for (const v of variants) {
      const who = asOfficial ? { bearer: official } : route.open && route.method === 'GET' ? {} : await citizenCaller();
      const path = withQuery(fillPath(route.path, v.params), new URLSearchParams(v.query).toString());
      const res = await send(route.method, path, { ...who, ...(v.body !== undefined && route.method !== 'GET' ? { body: v.body } : {}) });
      const problems = brokenPromises(res);
      if (problems.length) failures.push(`${v.where}: ${res.status} ${problems.join(' | ')}`);
    }
    expect(failures).toEqual([]);
  };
}

describe('hostile input on the public API (anonymous and citizen callers)', () => {
  for (const route of routes.filter((r) => r.type === 'content-api')) {
    it(`${routeKey(route)}: no 5xx, JSON errors with field messages, nothing stored when refused`, hostileProperty(route, false), 180_000);
  }

  for (const route of routes.filter((r) => r.type === 'content-api')) {
    it(`${routeKey(route)}: NUL and lone surrogates in each field in turn`, poisonSweep(route, false), 60_000);
  }

  it('fuzzes every operation of the API document (none is missing from the served routes)', () => {
    const served = new Set(routes.map(routeKey));
    expect([...operations.keys()].filter((k) => !served.has(k))).toEqual([]);
  });
});

describe('hostile input on the admin API (as the official of authority A)', () => {
  for (const route of routes.filter((r) => r.type === 'admin')) {
    it(`${routeKey(route)}: no 5xx, JSON errors with field messages, nothing stored when refused`, hostileProperty(route, true), 180_000);
    it(`${routeKey(route)}: NUL and lone surrogates in each field in turn`, poisonSweep(route, true), 60_000);
  }
});

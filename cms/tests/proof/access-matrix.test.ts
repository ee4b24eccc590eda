import { closeDb } from '../harness/database';
import { ACCESS_TABLE, BUILT_IN_TABLE, type AccessRow } from './support/access-table';
import { CALLERS, identityAvailable, makeCallers, type Caller, type CallerName } from './support/callers';
import { describeCells, runRow } from './support/matrix';
import { documentedOperations, routeKey, servedRoutes } from './support/routes';

/**
 * Access rules: every route of every plugin × every kind of caller, against the running server. The expected
 * answers are in support/access-table.ts; a route the plugins serve or the API document lists that the table does
 * not classify fails here, so a new route cannot ship unclassified.
 */

afterAll(closeDb);

let callers: Record<CallerName, Caller>;
beforeAll(async () => {
  callers = await makeCallers();
  if (!(await identityAvailable())) {
    // Until the identity plugin serves levels of assurance, "verified" is an ordinary citizen.
    console.warn('[access matrix] GET /api/identity/me is not served: the verified column is a plain citizen');
  }
}, 120_000);

describe('every route is classified', () => {
  it('lists every served and every documented route in the access table, and nothing else', async () => {
    const classified = new Set(ACCESS_TABLE.map((r) => r.route));
    const served = servedRoutes();
    const documented = await documentedOperations();
    const known = new Map<string, string>();
    for (const r of served) known.set(routeKey(r), `${r.source} → ${r.handler}`);
    for (const op of documented) if (!known.has(routeKey(op))) known.set(routeKey(op), 'OpenAPI document');
    const unclassified = [...known].filter(([key]) => !classified.has(key)).map(([key, where]) => `${key}  (${where})`);
    const stale = [...classified].filter((key) => !known.has(key));
    expect({ unclassified, stale }).toEqual({ unclassified: [], stale: [] });
    expect(ACCESS_TABLE.every((r) => CALLERS.every((c) => r.expect[c] !== undefined))).toBe(true);
  });

  it('documents every public route in the API document (OpenAPI for every public endpoint)', async () => {
    const documented = new Set((await documentedOperations()).map(routeKey));
    const undocumented = servedRoutes()
      .filter((r) => r.type === 'content-api')
      .map(routeKey)
      .filter((key) => !documented.has(key));
    expect(undocumented).toEqual([]);
  });

  it('serves every operation the API document lists', async () => {
    const served = new Set(servedRoutes().map(routeKey));
    const missing = (await documentedOperations()).map(routeKey).filter((key) => !served.has(key));
    expect(missing).toEqual([]);
  });
});

const title = (row: AccessRow) => `${row.route}${row.variant ? ` [${row.variant}]` : ''} — ${row.payload}`;

const check = (row: AccessRow) => async () => {
  const results = await runRow(row, callers);
  const { got, want, problems } = describeCells(row, results);
  expect({ cells: got, problems }).toEqual({ cells: want, problems: [] });
};

describe('access matrix: plugin routes', () => {
  for (const row of ACCESS_TABLE) it(title(row), check(row), 60_000);
});

describe("access matrix: Strapi's own routes the platform does not use", () => {
  for (const row of BUILT_IN_TABLE) it(title(row), check(row), 30_000);
});

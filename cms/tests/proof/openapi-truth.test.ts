import { closeDb } from '../harness/database';
import { ACCESS_TABLE, type AccessRow } from './support/access-table';
import { CALLERS, makeCallers, type Caller, type CallerName } from './support/callers';
import { runRow, type CellResult } from './support/matrix';
import { documentedOperations, routeKey, type OpenApiOperation } from './support/routes';

/**
 * The API document tells the truth: every documented operation is called as every kind of caller of the access
 * matrix, with the matrix's own targets and payloads, and the answer's status must be one the document lists for
 * that operation, with the media type the document gives for that status. A route that answers 403 where the
 * document promises 401, or CSV where it promises JSON, fails here.
 */

afterAll(closeDb);

let callers: Record<CallerName, Caller>;
let documented: Map<string, OpenApiOperation>;
beforeAll(async () => {
  callers = await makeCallers();
  documented = new Map((await documentedOperations()).map((op) => [routeKey(op), op]));
}, 120_000);

/** The rows of the content API (the document's scope); admin routes are the admin panel's, not the public API. */
const contentApiRows = ACCESS_TABLE.filter((row) => row.route.split(' ')[1].startsWith('/api/'));

/** Where an answer and the document disagree, in words; none when the document lists the status and its media type. */
function disagreements(op: OpenApiOperation, result: CellResult): string[] {
  const listed = Object.keys(op.responses ?? {});
  const response = op.responses?.[String(result.status)];
  const got = `${result.status}${result.contentType ? ` ${result.contentType}` : ''}${result.code ? ` (${result.code})` : ''}`;
  if (!response) return [`${result.caller}: answered ${got}, the document lists ${listed.join(', ')}`];
  const mediaTypes = Object.keys(response.content ?? {});
  // A documented answer without content (a redirect) may carry whatever body the framework writes.
  if (!mediaTypes.length) return [];
  if (!result.contentType || !mediaTypes.includes(result.contentType)) {
    return [`${result.caller}: answered ${got}, the document says ${result.status} is ${mediaTypes.join(' or ')}`];
  }
  return [];
}

describe('the API document lists what every route answers', () => {
  it('has a row of the access table (a caller and a payload) for every documented operation', () => {
    const called = new Set(contentApiRows.map((row) => row.route));
    expect([...documented.keys()].filter((key) => !called.has(key))).toEqual([]);
  });

  const title = (row: AccessRow) => `${row.route}${row.variant ? ` [${row.variant}]` : ''}: ${CALLERS.length} callers`;
  for (const row of contentApiRows) {
    it(
      title(row),
      async () => {
        const op = documented.get(row.route);
        if (!op) throw new Error(`${row.route} is served but not in the API document`);
        const results = await runRow(row, callers);
        expect(results.flatMap((result) => disagreements(op, result))).toEqual([]);
      },
      60_000,
    );
  }
});

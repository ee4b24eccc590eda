import type { ApiResponse } from '../../harness/http';
import type { AccessRow, Expect, Target } from './access-table';
import { CALLERS, credentials, makeCaller, type Caller, type CallerName } from './callers';
import { author } from './fixtures';
import { sendAndWatch } from './footprint';
import { brokenPromises } from './invariants';
import { fillPath, send, withQuery } from './send';

export const matches = (expected: Expect, status: number, code?: string): boolean => {
  switch (expected) {
    case 'not_assigned':
      return status === 403 && code === 'not_assigned';
    case 'ok':
      return status >= 200 && status < 400;
    case 'refused':
      return status === 401 || status === 403;
    case 'allowed':
      return status < 500 && status !== 401 && status !== 403;
    default:
      return status === expected;
  }
};

/** Cells expected to go through (their action happens, so a consuming row gives them an item of their own). */
export const goesThrough = (e: Expect) => e === 'ok' || e === 'allowed';

export interface CellResult {
  caller: CallerName;
  status: number;
  /** The media type of the answer, without parameters (`text/csv`, not `text/csv; charset=utf-8`). */
  contentType?: string;
  code?: string;
  message?: string;
  problems: string[];
}

const typeOf = (route: string): 'content-api' | 'admin' => (route.split(' ')[1].startsWith('/api/') ? 'content-api' : 'admin');

async function runCell(row: AccessRow, caller: Caller, target: Target): Promise<CellResult> {
  const [method, template] = row.route.split(' ');
  const path = withQuery(fillPath(template, target.params), target.query);
  const type = typeOf(row.route);
  const scope = { userIds: caller.userId && !caller.bearer ? [caller.userId] : [], items: target.items ?? [] };
  const { res, stored } = await sendAndWatch(
    () => send(method, path, { ...credentials(caller, { type }), body: target.body, multipart: target.multipart }),
    scope,
  );
  const problems: string[] = [];
  problems.push(...brokenPromises(res).map((p) => `${caller.name}: ${p}`));
  if (stored.length) problems.push(`${caller.name}: refused (${res.status}) but stored: ${stored.join('; ')}`);
  const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body ?? '');
  for (const secret of (await row.mustNotShow?.(caller)) ?? []) {
    if (text.includes(secret)) problems.push(`${caller.name}: the answer shows ${secret}`);
  }
  // Domain rule: emails are never public. The fixture author is none of the callers, so their address must not show.
  if (type === 'content-api' && text.includes((await author()).email)) problems.push(`${caller.name}: the answer shows another citizen's email`);
  const error = (res as ApiResponse<{ error?: { message?: string; details?: { code?: string } } }>).body?.error;
  const contentType = res.headers.get('content-type')?.split(';')[0].trim().toLowerCase() || undefined;
  return { caller: caller.name, status: res.status, contentType, code: error?.details?.code, message: error?.message, problems };
}

/**
 * Runs one row against the server: refused cells first (together, sharing the row's item), then the cells that
 * should go through (together, each with its own item when the row consumes it). Returns what each caller got.
 */
export async function runRow(row: AccessRow, callers: Record<CallerName, Caller>): Promise<CellResult[]> {
  const callerFor = async (name: CallerName) => (row.freshCaller && callers[name].cookie ? makeCaller(name) : callers[name]);
  const targetFor = async (caller: Caller, fresh: boolean): Promise<Target> => (row.target ? row.target(caller, fresh) : {});
  const refused = CALLERS.filter((c) => !goesThrough(row.expect[c]));
  const through = CALLERS.filter((c) => goesThrough(row.expect[c]));
  const results: CellResult[] = [];
  results.push(
    ...(await Promise.all(
      refused.map(async (name) => {
        const caller = await callerFor(name);
        return runCell(row, caller, await targetFor(caller, false));
      }),
    )),
  );
  results.push(
    ...(await Promise.all(
      through.map(async (name) => {
        const caller = await callerFor(name);
        return runCell(row, caller, await targetFor(caller, !!row.consumes));
      }),
    )),
  );
  return results;
}

/** How a cell reads in the failure diff: the expectation when met, otherwise what came back. */
export function describeCells(row: AccessRow, results: CellResult[]) {
  const got: Record<string, string> = {};
  const want: Record<string, string> = {};
  for (const name of CALLERS) {
    const r = results.find((x) => x.caller === name)!;
    want[name] = String(row.expect[name]);
    got[name] = matches(row.expect[name], r.status, r.code) ? String(row.expect[name]) : `${r.status}${r.code ? ` ${r.code}` : ''}${r.message ? ` “${r.message.slice(0, 90)}”` : ''}`;
  }
  return { got, want, problems: results.flatMap((r) => r.problems) };
}

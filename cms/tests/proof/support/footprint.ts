import { db } from '../../harness/database';

/**
 * "Nothing stored from a refused request", measured in the database: row counts of every table the platform
 * writes to, the length of the audit chain, and, exactly, the rows that belong to the caller and to the items
 * the request aimed at.
 */

/**
 * Tables written on purpose while refusing, or by the platform's own clock, not by the request's content: rate-limit
 * budgets (every attempt spends one), failed-login counters (the lockout counts refusals by design), job claims and
 * the outbox (the scheduler ticks every few seconds), admin sessions, Strapi's internals and the role tables.
 */
const BOOKKEEPING = new Set([
  'core_rate_limits',
  'identity_login_failures',
  'core_notification_job_runs',
  'core_outbox',
  'identity_oidc_transactions',
]);
const INTERNAL = /^(strapi_|admin_|up_permissions|up_roles|i18n_locale|upload_folders)/;

let watched: Promise<string[]> | undefined;
let userColumns: Promise<{ table: string; column: string }[]> | undefined;

/** Every table requests can write to (new modules' tables are picked up by themselves). */
export function watchedTables(): Promise<string[]> {
  watched ??= db()
    .query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    .then(({ rows }) => rows.map((r) => r.tablename as string).filter((t) => !BOOKKEEPING.has(t) && !INTERNAL.test(t)));
  return watched;
}

/** Columns that point at a citizen account (foreign keys to up_users), wherever a module keeps them. */
function citizenColumns(): Promise<{ table: string; column: string }[]> {
  userColumns ??= db()
    .query(
      `SELECT kcu.table_name AS table, kcu.column_name AS column
         FROM information_schema.table_constraints tc
         JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
         JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public' AND ccu.table_name = 'up_users'
        ORDER BY 1, 2`,
    )
    .then(({ rows }) => rows as { table: string; column: string }[]);
  return userColumns;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** What a refused request must leave untouched. */
export interface Scope {
  /** Citizen accounts acting (their rows anywhere, their account row, their audit entries). */
  userIds?: number[];
  /** Items aimed at: `{ table, documentId }` rows are fingerprinted, and their audit entries counted. */
  items?: { table: string; documentId: string }[];
}

export type Snapshot = Map<string, string | number>;

/** Counts and fingerprints, one query each kind; keys say what they measure. */
export async function snapshot(scope: Scope = {}): Promise<Snapshot> {
  const tables = await watchedTables();
  const parts = [
    ...tables.map((t) => `SELECT 'rows ${t}' AS k, count(*)::text AS v FROM ${ident(t)}`),
    `SELECT 'audit chain length' AS k, count(*)::text AS v FROM core_audit_events`,
  ];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  for (const userId of scope.userIds ?? []) {
    const p = param(userId);
    for (const { table, column } of await citizenColumns()) {
      parts.push(`SELECT 'own ${table}.${column} of user ${userId}' AS k, count(*)::text AS v FROM ${ident(table)} WHERE ${ident(column)} = ${p}`);
    }
    parts.push(`SELECT 'own account row of user ${userId}' AS k, md5(u::text) AS v FROM up_users u WHERE id = ${p}`);
    parts.push(`SELECT 'own audit entries of user ${userId}' AS k, count(*)::text AS v FROM core_audit_events WHERE actor = 'citizen:' || ${p}`);
  }
  for (const { table, documentId } of scope.items ?? []) {
    const p = param(documentId);
    parts.push(`SELECT 'item ${table} ${documentId}' AS k, md5(r::text) AS v FROM ${ident(table)} r WHERE document_id = ${p}`);
    parts.push(`SELECT 'audit entries of item ${documentId}' AS k, count(*)::text AS v FROM core_audit_events WHERE item_id = ${p}`);
  }
  const { rows } = await db().query(parts.join('\nUNION ALL\n'), params);
  return new Map(rows.map((r: { k: string; v: string }) => [r.k, r.v]));
}

/** What changed between two snapshots, as readable lines. */
export function changes(before: Snapshot, after: Snapshot): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).map((k) => `${k}: ${before.get(k)} → ${after.get(k)}`);
}

/** Changes that can only come from this request: rows of the caller's accounts or of the items it aimed at. */
export const ownChanges = (lines: string[]) => lines.filter((l) => !l.startsWith('rows ') && !l.startsWith('audit chain'));

/**
 * Sends a request and, when it is refused (4xx), tells what it stored. Counts of whole tables can move because of
 * other test files or the scheduler, so a change seen only there is confirmed by sending the same request again
 * (twice, against fresh snapshots): a request that stores, stores every time; background noise does not repeat.
 */
export async function sendAndWatch<R extends { status: number }>(
  send: () => Promise<R>,
  scope: Scope,
): Promise<{ res: R; stored: string[] }> {
  const before = await snapshot(scope);
  const res = await send();
  if (res.status < 400 || res.status >= 500) return { res, stored: [] };
  const seen = changes(before, await snapshot(scope));
  if (seen.length === 0 || ownChanges(seen).length > 0) return { res, stored: seen };
  for (let attempt = 0; attempt < 2; attempt++) {
    const again = await snapshot(scope);
    const replay = await send();
    const moved = changes(again, await snapshot(scope));
    if (replay.status < 400 || moved.length === 0) return { res, stored: [] };
  }
  return { res, stored: seen };
}

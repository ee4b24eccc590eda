import { db } from '../../harness/database';

/**
 * Every test request comes from 127.0.0.1, so the per-address budgets (public writes, logins) and the per-address
 * login lockout are shared with every other test file. Hostile runs spend them freely, then put them back as
 * they found them.
 */
const ADDRESS_LIMITS = "key LIKE '%:ip:%'";
const ADDRESS_FAILURES = "key LIKE 'address:%'";

let saved: { limits: Record<string, unknown>[]; failures: Record<string, unknown>[] } | undefined;

export async function saveLimits(): Promise<void> {
  const [limits, failures] = await Promise.all([
    db().query(`SELECT * FROM core_rate_limits WHERE ${ADDRESS_LIMITS}`),
    db().query(`SELECT * FROM identity_login_failures WHERE ${ADDRESS_FAILURES}`).catch(() => ({ rows: [] })),
  ]);
  saved = { limits: limits.rows, failures: failures.rows };
}

/** Gives this address its budget back (before a run on an open write route, so the run reaches validation). */
export async function resetAddressBudget(): Promise<void> {
  await db().query(`DELETE FROM core_rate_limits WHERE ${ADDRESS_LIMITS}`);
  await db().query(`DELETE FROM identity_login_failures WHERE ${ADDRESS_FAILURES}`).catch(() => undefined);
}

export async function restoreLimits(): Promise<void> {
  if (!saved) return;
  await resetAddressBudget();
  for (const row of saved.limits) {
    await db().query('INSERT INTO core_rate_limits (key, points, expire) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING', [row.key, row.points, row.expire]);
  }
  for (const row of saved.failures) {
    await db().query(
      'INSERT INTO identity_login_failures (key, failures, last_failure_at, locked_until) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING',
      [row.key, row.failures, row.last_failure_at, row.locked_until],
    );
  }
}

/**
 * When a failed message is tried again: exponential backoff from `baseMs`, capped, and "dead" once the attempts
 * are used up. `attempts` counts the tries already made (the one that just failed included).
 */
export interface RetryPolicy {
  baseMs: number;
  maxAttempts: number;
  /** No wait grows beyond this (default six hours), so a long outage does not push mail out by days. */
  capMs?: number;
}

export type RetryOutcome = { status: 'failed'; nextAttemptAt: Date } | { status: 'dead' };

const SIX_HOURS = 6 * 60 * 60 * 1000;

/** The wait after the n-th failed try: base, 2·base, 4·base, … */
export function retryDelayMs(attempts: number, policy: Pick<RetryPolicy, 'baseMs' | 'capMs'>): number {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`attempts must be a positive integer, got ${attempts}`);
  const cap = policy.capMs ?? SIX_HOURS;
  // 2^30 already exceeds any sensible cap; stop the exponent there so the number stays finite.
  return Math.min(cap, policy.baseMs * 2 ** Math.min(attempts - 1, 30));
}

export function afterFailure(attempts: number, now: Date, policy: RetryPolicy): RetryOutcome {
  if (attempts >= policy.maxAttempts) return { status: 'dead' };
  return { status: 'failed', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, policy)) };
}

/** Every wait of a message that never gets through, for the README and the admin page. */
export function retrySchedule(policy: RetryPolicy): number[] {
  return Array.from({ length: Math.max(0, policy.maxAttempts - 1) }, (_, i) => retryDelayMs(i + 1, policy));
}

/**
 * Lockout with exponential backoff after failed logins. Counting per account stops guessing one person's password;
 * counting per address stops trying one common password on many accounts. The per-address budget is larger,
 * because a whole office or a mobile carrier can share one address.
 */
export interface LockoutPolicy {
  /** The failure that locks first (the ones before it only count). */
  lockAfterFailures: number;
  /** The first lock; each further failure doubles it. */
  baseSeconds: number;
  maxSeconds: number;
  /** Failures older than this are forgotten. */
  forgetAfterSeconds: number;
}

export const ACCOUNT_LOCKOUT: LockoutPolicy = { lockAfterFailures: 5, baseSeconds: 30, maxSeconds: 3600, forgetAfterSeconds: 6 * 3600 };
export const ADDRESS_LOCKOUT: LockoutPolicy = { lockAfterFailures: 100, baseSeconds: 60, maxSeconds: 3600, forgetAfterSeconds: 3600 };

export interface FailureRecord {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

export function lockSeconds(failures: number, policy: LockoutPolicy): number {
  const over = failures - policy.lockAfterFailures;
  if (over < 0) return 0;
  return Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** Math.min(over, 30));
}

/** The record after one more failure at `now`. */
export function recordFailure(previous: FailureRecord | null, now: Date, policy: LockoutPolicy): FailureRecord {
  const forgotten = !previous || now.getTime() - previous.lastFailureAt.getTime() > policy.forgetAfterSeconds * 1000;
  const failures = (forgotten ? 0 : previous.failures) + 1;
  const seconds = lockSeconds(failures, policy);
  return { failures, lastFailureAt: now, lockedUntil: seconds > 0 ? new Date(now.getTime() + seconds * 1000) : null };
}

/** Whole seconds until the lock ends; 0 when not locked. */
export function retryAfterSeconds(record: Pick<FailureRecord, 'lockedUntil'> | null, now: Date): number {
  if (!record?.lockedUntil) return 0;
  const ms = record.lockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/** "30 с" / "30 s", "2 хв" / "2 min": how long to wait, for the message. */
export function waitText(seconds: number): { uk: string; en: string } {
  if (seconds < 60) return { uk: `${seconds} с`, en: `${seconds} s` };
  const minutes = Math.ceil(seconds / 60);
  return { uk: `${minutes} хв`, en: `${minutes} min` };
}

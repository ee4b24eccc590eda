/**
 * Lockout with exponential backoff after failed logins. Counting per account stops guessing one person's password:
 * past its budget the account is locked, even for the right password. Counting per address slows down trying one
 * common password on many accounts — slows, never locks: a whole office, a mobile carrier or a misconfigured proxy
 * can share one address, and one person's failures must not lock everyone else there out.
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

/** How an address past its budget is slowed down: each attempt waits before its password is compared. */
export interface SlowdownPolicy {
  /** Failures within `forgetAfterSeconds` before attempts from the address start to wait. */
  afterFailures: number;
  /** The first wait; it doubles with every further `doubleEvery` failures. */
  baseSeconds: number;
  doubleEvery: number;
  maxSeconds: number;
  forgetAfterSeconds: number;
}

export const ADDRESS_SLOWDOWN: SlowdownPolicy = { afterFailures: 100, baseSeconds: 1, doubleEvery: 10, maxSeconds: 8, forgetAfterSeconds: 3600 };

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

const forgotten = (previous: FailureRecord | null, now: Date, forgetAfterSeconds: number): boolean =>
  !previous || now.getTime() - previous.lastFailureAt.getTime() > forgetAfterSeconds * 1000;

/** The record after one more failure at `now`. */
export function recordFailure(previous: FailureRecord | null, now: Date, policy: LockoutPolicy): FailureRecord {
  const failures = (forgotten(previous, now, policy.forgetAfterSeconds) ? 0 : previous!.failures) + 1;
  const seconds = lockSeconds(failures, policy);
  return { failures, lastFailureAt: now, lockedUntil: seconds > 0 ? new Date(now.getTime() + seconds * 1000) : null };
}

/**
 * Before a password is compared: refused while the account is locked; otherwise the attempt is counted as a
 * failure at once (a right password clears the count afterwards). Reserved this way under a row lock, attempts
 * sent at the same moment cannot all be compared before the lock falls: the one that reaches the budget locks.
 */
export function reserveAttempt(
  previous: FailureRecord | null,
  now: Date,
  policy: LockoutPolicy,
): { allowed: true; record: FailureRecord } | { allowed: false; retryAfterSeconds: number } {
  const wait = retryAfterSeconds(previous, now);
  if (wait > 0) return { allowed: false, retryAfterSeconds: wait };
  return { allowed: true, record: recordFailure(previous, now, policy) };
}

/** An address's failure count after one more failure (no lock: an address is only slowed down). */
export function recordAddressFailure(previous: FailureRecord | null, now: Date, policy: SlowdownPolicy): FailureRecord {
  const failures = (forgotten(previous, now, policy.forgetAfterSeconds) ? 0 : previous!.failures) + 1;
  return { failures, lastFailureAt: now, lockedUntil: null };
}

/** Seconds an attempt from an address waits before its password is compared: 0 within the budget. */
export function slowdownSeconds(record: FailureRecord | null, now: Date, policy: SlowdownPolicy): number {
  if (forgotten(record, now, policy.forgetAfterSeconds)) return 0;
  const over = record!.failures - policy.afterFailures;
  if (over < 0) return 0;
  return Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** Math.min(Math.floor(over / policy.doubleEvery), 30));
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

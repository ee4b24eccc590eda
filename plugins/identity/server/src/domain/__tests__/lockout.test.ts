import { ACCOUNT_LOCKOUT, ADDRESS_LOCKOUT, lockSeconds, recordFailure, retryAfterSeconds, waitText, type FailureRecord } from '../lockout';

const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, s));

function failures(n: number, policy = ACCOUNT_LOCKOUT, start = 0): FailureRecord {
  let record: FailureRecord | null = null;
  for (let i = 0; i < n; i++) record = recordFailure(record, at(start + i), policy);
  return record!;
}

describe('login lockout with backoff', () => {
  it('lets four failures pass and locks on the fifth for 30 s', () => {
    expect(failures(4).lockedUntil).toBeNull();
    const fifth = failures(5);
    expect(fifth.failures).toBe(5);
    expect(retryAfterSeconds(fifth, at(4))).toBe(30);
  });

  it('doubles the lock with every further failure, up to an hour', () => {
    expect([5, 6, 7, 8].map((n) => lockSeconds(n, ACCOUNT_LOCKOUT))).toEqual([30, 60, 120, 240]);
    expect(lockSeconds(40, ACCOUNT_LOCKOUT)).toBe(3600);
    expect(lockSeconds(10_000, ACCOUNT_LOCKOUT)).toBe(3600);
  });

  it('is over when its time is', () => {
    const locked = failures(5);
    expect(retryAfterSeconds(locked, at(33))).toBe(1);
    expect(retryAfterSeconds(locked, at(34))).toBe(0);
    expect(retryAfterSeconds(null, at(0))).toBe(0);
  });

  it('forgets failures older than the policy says', () => {
    const old = failures(4);
    const later = new Date(old.lastFailureAt.getTime() + (ACCOUNT_LOCKOUT.forgetAfterSeconds + 1) * 1000);
    expect(recordFailure(old, later, ACCOUNT_LOCKOUT)).toMatchObject({ failures: 1, lockedUntil: null });
    const soon = new Date(old.lastFailureAt.getTime() + 60_000);
    expect(recordFailure(old, soon, ACCOUNT_LOCKOUT).failures).toBe(5);
  });

  it('gives an address (shared by offices and carriers) a larger budget than an account', () => {
    expect(ADDRESS_LOCKOUT.lockAfterFailures).toBeGreaterThan(ACCOUNT_LOCKOUT.lockAfterFailures * 10);
    expect(failures(ADDRESS_LOCKOUT.lockAfterFailures - 1, ADDRESS_LOCKOUT).lockedUntil).toBeNull();
  });

  it('says how long to wait in seconds or minutes', () => {
    expect(waitText(30)).toEqual({ uk: '30 с', en: '30 s' });
    expect(waitText(61)).toEqual({ uk: '2 хв', en: '2 min' });
  });
});

import {
  ACCOUNT_LOCKOUT,
  ADDRESS_SLOWDOWN,
  lockSeconds,
  recordAddressFailure,
  recordFailure,
  reserveAttempt,
  retryAfterSeconds,
  slowdownSeconds,
  waitText,
  type FailureRecord,
} from '../lockout';

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

  it('reserves at most five attempts before the lock, however fast they come', () => {
    let record: FailureRecord | null = null;
    const outcomes = Array.from({ length: 14 }, () => {
      const reserved = reserveAttempt(record, at(0), ACCOUNT_LOCKOUT);
      if (reserved.allowed) record = reserved.record;
      return reserved.allowed;
    });
    expect(outcomes.filter(Boolean)).toHaveLength(5);
    expect(outcomes.slice(0, 5).every(Boolean)).toBe(true);
    expect(reserveAttempt(record, at(1), ACCOUNT_LOCKOUT)).toEqual({ allowed: false, retryAfterSeconds: 29 });
  });

  it('reserves again once the lock is over, with a longer lock after the next failure', () => {
    const locked = failures(5);
    const reserved = reserveAttempt(locked, at(35), ACCOUNT_LOCKOUT);
    expect(reserved.allowed && retryAfterSeconds(reserved.record, at(35))).toBe(60);
  });

  it('slows an address down past its budget and never locks it', () => {
    let record: FailureRecord | null = null;
    for (let i = 0; i < 99; i++) record = recordAddressFailure(record, at(0), ADDRESS_SLOWDOWN);
    expect(slowdownSeconds(record, at(0), ADDRESS_SLOWDOWN)).toBe(0);
    record = recordAddressFailure(record, at(0), ADDRESS_SLOWDOWN);
    expect(record).toMatchObject({ failures: 100, lockedUntil: null });
    expect(slowdownSeconds(record, at(0), ADDRESS_SLOWDOWN)).toBe(1);
    expect(slowdownSeconds({ ...record, failures: 110 }, at(0), ADDRESS_SLOWDOWN)).toBe(2);
    expect(slowdownSeconds({ ...record, failures: 10_000 }, at(0), ADDRESS_SLOWDOWN)).toBe(ADDRESS_SLOWDOWN.maxSeconds);
    const later = new Date(at(0).getTime() + (ADDRESS_SLOWDOWN.forgetAfterSeconds + 1) * 1000);
    expect(slowdownSeconds(record, later, ADDRESS_SLOWDOWN)).toBe(0);
    expect(recordAddressFailure(record, later, ADDRESS_SLOWDOWN).failures).toBe(1);
  });

  it('says how long to wait in seconds or minutes', () => {
    expect(waitText(30)).toEqual({ uk: '30 с', en: '30 s' });
    expect(waitText(61)).toEqual({ uk: '2 хв', en: '2 min' });
  });
});

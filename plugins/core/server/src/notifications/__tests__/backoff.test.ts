import { afterFailure, retryDelayMs, retrySchedule } from '../backoff';

describe('retry backoff', () => {
  const policy = { baseMs: 60_000, maxAttempts: 5 };

  it('doubles the wait after every failed attempt', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy))).toEqual([60_000, 120_000, 240_000, 480_000]);
  });

  it('never waits longer than the cap', () => {
    expect(retryDelayMs(40, { baseMs: 60_000 })).toBe(6 * 60 * 60 * 1000);
    expect(retryDelayMs(10, { baseMs: 1000, capMs: 5000 })).toBe(5000);
  });

  it('schedules the next attempt from now until the attempts are used up, then gives up (dead)', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(afterFailure(1, now, policy)).toEqual({ status: 'failed', nextAttemptAt: new Date('2026-11-23T10:01:00Z') });
    expect(afterFailure(4, now, policy)).toEqual({ status: 'failed', nextAttemptAt: new Date('2026-11-23T10:08:00Z') });
    expect(afterFailure(5, now, policy)).toEqual({ status: 'dead' });
    expect(afterFailure(6, now, policy)).toEqual({ status: 'dead' });
  });

  it('has one wait between each pair of attempts', () => {
    expect(retrySchedule(policy)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retrySchedule({ baseMs: 10, maxAttempts: 1 })).toEqual([]);
  });

  it('refuses a nonsensical attempt count', () => {
    expect(() => retryDelayMs(0, policy)).toThrow(RangeError);
    expect(() => retryDelayMs(1.5, policy)).toThrow(RangeError);
  });
});

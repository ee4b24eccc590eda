import { currentPeriod } from '../periods';

describe('job periods in Kyiv time', () => {
  const daily = { every: 'day' as const, atHour: 8 };
  const weekly = { every: 'week' as const, atHour: 8 };

  it('a daily job belongs to the Kyiv day and is due from its hour', () => {
    // 05:30 UTC is 07:30 in Kyiv in winter (UTC+2): not yet due.
    expect(currentPeriod(new Date('2026-11-23T05:30:00Z'), daily)).toEqual({ key: '2026-11-23', due: false });
    expect(currentPeriod(new Date('2026-11-23T06:00:00Z'), daily)).toEqual({ key: '2026-11-23', due: true });
    // 22:30 UTC on the 23rd is already the 24th in Kyiv.
    expect(currentPeriod(new Date('2026-11-23T22:30:00Z'), daily)).toEqual({ key: '2026-11-24', due: false });
  });

  it('a weekly job belongs to the ISO week and is due from Monday’s hour on', () => {
    expect(currentPeriod(new Date('2026-11-23T05:59:00Z'), weekly)).toEqual({ key: '2026-W48', due: false });
    expect(currentPeriod(new Date('2026-11-23T06:00:00Z'), weekly)).toEqual({ key: '2026-W48', due: true });
    expect(currentPeriod(new Date('2026-11-26T01:00:00Z'), weekly)).toEqual({ key: '2026-W48', due: true });
    expect(currentPeriod(new Date('2027-01-01T12:00:00Z'), weekly).key).toBe('2026-W53');
  });
});

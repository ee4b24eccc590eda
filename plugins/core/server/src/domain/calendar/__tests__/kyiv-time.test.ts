import { KYIV_TIME_ZONE, addDays, endOfKyivDay, kyivDate } from '..';

describe('kyivDate', () => {
  it('uses the Kyiv time zone', () => {
    expect(KYIV_TIME_ZONE).toBe('Europe/Kyiv');
  });

  it('puts an instant after 22:00 UTC in winter on the next Kyiv day (UTC+2)', () => {
    expect(kyivDate(new Date('2026-01-15T21:59:59.999Z'))).toBe('2026-01-15');
    expect(kyivDate(new Date('2026-01-15T22:00:00.000Z'))).toBe('2026-01-16');
  });

  it('puts an instant after 21:00 UTC in summer on the next Kyiv day (UTC+3)', () => {
    expect(kyivDate(new Date('2026-06-30T20:59:59.999Z'))).toBe('2026-06-30');
    expect(kyivDate(new Date('2026-06-30T21:00:00.000Z'))).toBe('2026-07-01');
  });

  it('refuses an invalid instant', () => {
    expect(() => kyivDate(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('endOfKyivDay', () => {
  it('ends a winter day at 21:59:59.999 UTC', () => {
    expect(endOfKyivDay('2026-03-28').toISOString()).toBe('2026-03-28T21:59:59.999Z');
  });

  it('ends the day summer time begins (29 March 2026) at 20:59:59.999 UTC, an hour earlier', () => {
    const end = endOfKyivDay('2026-03-29');
    expect(end.toISOString()).toBe('2026-03-29T20:59:59.999Z');
    expect(end.getTime() - endOfKyivDay('2026-03-28').getTime()).toBe(23 * 3_600_000);
  });

  it('ends the day summer time ends (25 October 2026) at 21:59:59.999 UTC, after a 25-hour day', () => {
    expect(endOfKyivDay('2026-10-24').toISOString()).toBe('2026-10-24T20:59:59.999Z');
    const end = endOfKyivDay('2026-10-25');
    expect(end.toISOString()).toBe('2026-10-25T21:59:59.999Z');
    expect(end.getTime() - endOfKyivDay('2026-10-24').getTime()).toBe(25 * 3_600_000);
  });

  it('is the last instant of its Kyiv day, every day of the year', () => {
    for (let day = '2026-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
      const end = endOfKyivDay(day);
      expect(kyivDate(end)).toBe(day);
      expect(kyivDate(new Date(end.getTime() + 1))).toBe(addDays(day, 1));
    }
  });

  it('refuses a malformed date', () => {
    expect(() => endOfKyivDay('2026-13-01')).toThrow(RangeError);
  });
});

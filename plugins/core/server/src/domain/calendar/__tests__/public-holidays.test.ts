import { isStatutoryDayOff, publicDaysOff, publicHolidays } from '..';

const datesOf = (year: number) => publicHolidays(year).map((h) => h.date);

describe('publicHolidays', () => {
  it('lists the eleven holidays of 2026 in date order', () => {
    expect(datesOf(2026)).toEqual([
      '2026-01-01', '2026-03-08', '2026-04-12', '2026-05-01', '2026-05-08', '2026-05-31',
      '2026-06-28', '2026-07-15', '2026-08-24', '2026-10-01', '2026-12-25',
    ]);
  });

  it('names every holiday in Ukrainian and English', () => {
    for (const year of [2022, 2023, 2024, 2026]) {
      for (const holiday of publicHolidays(year)) {
        expect(holiday.nameUk).toMatch(/[а-яіїєґ]/i);
        expect(holiday.nameEn).toMatch(/^[A-Z]/);
      }
    }
    expect(publicHolidays(2026).find((h) => h.date === '2026-08-24')?.nameEn).toBe('Independence Day');
  });

  it('puts Trinity seven weeks after Easter', () => {
    const trinity = publicHolidays(2025).find((h) => h.nameEn.startsWith('Trinity'));
    expect(trinity?.date).toBe('2025-06-08');
  });

  it('keeps Christmas on 7 January only up to 2023 (Law 3107-IX)', () => {
    expect(datesOf(2023)).toContain('2023-01-07');
    expect(datesOf(2024)).not.toContain('2024-01-07');
    expect(datesOf(2024)).toContain('2024-12-25');
  });

  it('moves Victory Day from 9 to 8 May from 2024', () => {
    expect(datesOf(2023)).toContain('2023-05-09');
    expect(datesOf(2023)).not.toContain('2023-05-08');
    expect(datesOf(2024)).toContain('2024-05-08');
    expect(datesOf(2024)).not.toContain('2024-05-09');
  });

  it('moves Defenders Day from 14 to 1 October from 2023', () => {
    expect(datesOf(2022)).toContain('2022-10-14');
    expect(datesOf(2023)).toContain('2023-10-01');
    expect(datesOf(2023)).not.toContain('2023-10-14');
  });

  it('has Statehood Day on 28 July in 2022, on 15 July from 2023, and not before 2022', () => {
    expect(datesOf(2021).filter((d) => d.slice(5, 7) === '07')).toEqual([]);
    expect(datesOf(2022)).toContain('2022-07-28');
    expect(datesOf(2023)).toContain('2023-07-15');
    expect(datesOf(2023)).not.toContain('2023-07-28');
  });

  it('returns a fresh list each time, so a caller cannot corrupt the calendar', () => {
    publicHolidays(2026).pop();
    expect(publicHolidays(2026)).toHaveLength(11);
  });
});

describe('publicDaysOff (Labour Code art. 67)', () => {
  const transfers = (year: number) =>
    publicDaysOff(year).filter((d) => d.transferredFrom).map((d) => [d.transferredFrom, d.date]);

  it('moves a holiday that falls on Sunday to Monday', () => {
    expect(transfers(2026)).toContainEqual(['2026-06-28', '2026-06-29']);
    expect(isStatutoryDayOff('2026-06-29')).toBe(true);
  });

  it('moves a holiday that falls on Saturday to Monday', () => {
    expect(transfers(2025)).toContainEqual(['2025-03-08', '2025-03-10']);
    expect(isStatutoryDayOff('2025-03-10')).toBe(true);
  });

  it('always gives Easter and Trinity a Monday off', () => {
    expect(transfers(2026)).toEqual(
      expect.arrayContaining([['2026-04-12', '2026-04-13'], ['2026-05-31', '2026-06-01']]),
    );
  });

  it('gives each of two weekend holidays its own weekday, as on 3 and 4 May 2021', () => {
    expect(transfers(2021)).toEqual(
      expect.arrayContaining([['2021-05-01', '2021-05-03'], ['2021-05-02', '2021-05-04']]),
    );
    expect(isStatutoryDayOff('2021-05-05')).toBe(false);
  });

  it('gives holidays that coincide on one weekend date a single replacement day', () => {
    // 2016: Easter fell on Labour Day, 1 May, a Sunday.
    expect(transfers(2016).filter(([from]) => from === '2016-05-01')).toEqual([['2016-05-01', '2016-05-02']]);
  });

  it('skips a weekday that is already a holiday when carrying a holiday over', () => {
    // 7 January 2023 was a Saturday; 2 January was already taken by New Year (a Sunday).
    expect(transfers(2023)).toEqual(
      expect.arrayContaining([['2023-01-01', '2023-01-02'], ['2023-01-07', '2023-01-09']]),
    );
  });

  it('carries a Christmas on Saturday over to Monday 27 December, inside the same year', () => {
    expect(transfers(2027)).toContainEqual(['2027-12-25', '2027-12-27']);
  });

  it('does not carry over a holiday that falls on a weekday', () => {
    expect(publicDaysOff(2026).find((d) => d.transferredFrom === '2026-08-24')).toBeUndefined();
  });

  it('refuses a malformed date', () => {
    expect(() => isStatutoryDayOff('2026-6-29')).toThrow(RangeError);
  });
});

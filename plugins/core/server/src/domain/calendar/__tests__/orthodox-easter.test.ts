import { isoWeekday, orthodoxEaster } from '..';

describe('orthodoxEaster', () => {
  it.each([
    [2016, '2016-05-01'],
    [2018, '2018-04-08'],
    [2019, '2019-04-28'],
    [2020, '2020-04-19'],
    [2021, '2021-05-02'],
    [2022, '2022-04-24'],
    [2023, '2023-04-16'],
    [2024, '2024-05-05'],
    [2025, '2025-04-20'],
    [2026, '2026-04-12'],
    [2027, '2027-05-02'],
    [2028, '2028-04-16'],
    [2029, '2029-04-08'],
    [2030, '2030-04-28'],
  ])('dates Easter %i by the Julian computus on the Gregorian %s', (year, expected) => {
    expect(orthodoxEaster(year)).toBe(expected);
  });

  it('always falls on a Sunday between 4 April and 8 May this century', () => {
    for (let year = 1901; year <= 2099; year += 1) {
      const easter = orthodoxEaster(year);
      expect(isoWeekday(easter)).toBe(7);
      expect(easter.slice(5) >= '04-04' && easter.slice(5) <= '05-08').toBe(true);
    }
  });

  it('widens the Julian lag to 14 days from 2100, keeping Easter on a Sunday', () => {
    expect(isoWeekday(orthodoxEaster(2100))).toBe(7);
    expect(isoWeekday(orthodoxEaster(2150))).toBe(7);
  });

  it('refuses a year that is not a whole Gregorian year', () => {
    expect(() => orthodoxEaster(2026.5)).toThrow(RangeError);
    expect(() => orthodoxEaster(1500)).toThrow(RangeError);
  });
});

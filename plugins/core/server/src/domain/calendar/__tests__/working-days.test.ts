import { DEFAULT_CALENDAR_RULES, addWorkingDays, isWorkingDay, workingDaysBetween, type CalendarRules } from '..';

const rules = DEFAULT_CALENDAR_RULES;
const martialLaw: CalendarRules = { ...DEFAULT_CALENDAR_RULES, observePublicHolidays: false };

describe('isWorkingDay', () => {
  it('treats Monday to Friday as working days and the weekend as days off', () => {
    expect(isWorkingDay('2026-09-07', rules)).toBe(true);
    expect(isWorkingDay('2026-09-11', rules)).toBe(true);
    expect(isWorkingDay('2026-09-12', rules)).toBe(false);
    expect(isWorkingDay('2026-09-13', rules)).toBe(false);
  });

  it('treats a public holiday and the Monday replacing a Sunday holiday as days off', () => {
    expect(isWorkingDay('2026-08-24', rules)).toBe(false);
    expect(isWorkingDay('2026-06-29', rules)).toBe(false);
  });

  it('treats holidays as working days when the authority suspends them under martial law', () => {
    expect(isWorkingDay('2026-08-24', martialLaw)).toBe(true);
    expect(isWorkingDay('2026-06-29', martialLaw)).toBe(true);
    expect(isWorkingDay('2026-08-22', martialLaw)).toBe(false);
  });

  it('counts a working Saturday the authority declared', () => {
    expect(isWorkingDay('2026-09-12', { ...rules, extraWorkingDays: ['2026-09-12'] })).toBe(true);
  });

  it('lets a declared working day beat a public holiday', () => {
    expect(isWorkingDay('2026-08-24', { ...rules, extraWorkingDays: ['2026-08-24'] })).toBe(true);
  });

  it('honours a day off the authority declared', () => {
    expect(isWorkingDay('2026-09-07', { ...rules, extraDaysOff: ['2026-09-07'] })).toBe(false);
    expect(isWorkingDay('2026-09-07', { ...martialLaw, extraDaysOff: ['2026-09-07'] })).toBe(false);
  });

  it('refuses a malformed date and a malformed rule', () => {
    expect(() => isWorkingDay('2026-02-30', rules)).toThrow(RangeError);
    expect(() => isWorkingDay('07.09.2026', rules)).toThrow(RangeError);
    expect(() => isWorkingDay('2026-09-07', { ...rules, extraDaysOff: ['2026/09/07'] })).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('counts from the first working day after the start day', () => {
    expect(addWorkingDays('2026-09-07', 1, rules)).toBe('2026-09-08');
    expect(addWorkingDays('2026-09-07', 5, rules)).toBe('2026-09-14');
  });

  it('skips the Independence Day holiday and the weekend', () => {
    // Friday 21 August 2026; Monday 24 August is Independence Day.
    expect(addWorkingDays('2026-08-21', 1, rules)).toBe('2026-08-25');
    expect(addWorkingDays('2026-08-21', 5, rules)).toBe('2026-08-31');
  });

  it('does not count a start day that falls on a weekend', () => {
    expect(addWorkingDays('2026-09-05', 1, rules)).toBe('2026-09-07');
    expect(addWorkingDays('2026-09-06', 1, rules)).toBe('2026-09-07');
  });

  it('skips the Monday that replaces a Sunday holiday', () => {
    expect(addWorkingDays('2026-06-26', 1, rules)).toBe('2026-06-30');
  });

  it('skips both replacement days after 1 May and Easter fell on a weekend in 2021', () => {
    expect(addWorkingDays('2021-04-30', 1, rules)).toBe('2021-05-05');
  });

  it('skips the New Year holiday across the turn of the year', () => {
    expect(addWorkingDays('2026-12-31', 1, rules)).toBe('2027-01-04');
  });

  it('counts the holiday as a working day under martial law', () => {
    expect(addWorkingDays('2026-08-21', 1, martialLaw)).toBe('2026-08-24');
  });

  it('counts a working Saturday the authority declared', () => {
    expect(addWorkingDays('2026-08-21', 1, { ...rules, extraWorkingDays: ['2026-08-22'] })).toBe('2026-08-22');
  });

  it('skips a day off the authority declared', () => {
    expect(addWorkingDays('2026-08-21', 1, { ...rules, extraDaysOff: ['2026-08-25'] })).toBe('2026-08-26');
  });

  it('returns the start day itself for zero days', () => {
    expect(addWorkingDays('2026-09-05', 0, rules)).toBe('2026-09-05');
  });

  it('counts back for negative days, -1 being the last working day before the start', () => {
    expect(addWorkingDays('2026-08-25', -1, rules)).toBe('2026-08-21');
    expect(addWorkingDays('2026-09-07', -5, rules)).toBe('2026-08-31');
  });

  it('refuses a fractional number of days', () => {
    expect(() => addWorkingDays('2026-09-07', 1.5, rules)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to and including the second', () => {
    expect(workingDaysBetween('2026-08-21', '2026-08-25', rules)).toBe(1);
    expect(workingDaysBetween('2026-08-21', '2026-08-31', rules)).toBe(5);
    expect(workingDaysBetween('2026-08-21', '2026-08-24', rules)).toBe(0);
  });

  it('is zero for the same day and negative when the second date is earlier', () => {
    expect(workingDaysBetween('2026-09-07', '2026-09-07', rules)).toBe(0);
    expect(workingDaysBetween('2026-08-25', '2026-08-21', rules)).toBe(-1);
    expect(workingDaysBetween('2026-08-31', '2026-08-21', rules)).toBe(-5);
  });

  it('follows the same rules as addWorkingDays', () => {
    expect(workingDaysBetween('2026-08-21', '2026-08-31', martialLaw)).toBe(6);
    expect(workingDaysBetween('2026-08-21', '2026-08-25', { ...rules, extraWorkingDays: ['2026-08-22'] })).toBe(2);
  });

  it('undoes addWorkingDays for every start day and count', () => {
    const variants = [rules, martialLaw, { ...rules, extraWorkingDays: ['2026-05-09'], extraDaysOff: ['2026-05-04'] }];
    for (const r of variants) {
      for (let day = 1; day <= 60; day += 1) {
        const start = new Date(Date.UTC(2026, 3, day)).toISOString().slice(0, 10);
        for (const n of [0, 1, 2, 5, 10, 15, 20]) {
          expect(workingDaysBetween(start, addWorkingDays(start, n, r), r)).toBe(n);
        }
      }
    }
  });

  it('counts 250 working days in 2026 and 261 weekdays under martial law', () => {
    // 261 weekdays minus 11 statutory days off that land on weekdays (7 holidays and 4 replacement Mondays).
    expect(workingDaysBetween('2025-12-31', '2026-12-31', rules)).toBe(250);
    expect(workingDaysBetween('2025-12-31', '2026-12-31', martialLaw)).toBe(261);
  });
});

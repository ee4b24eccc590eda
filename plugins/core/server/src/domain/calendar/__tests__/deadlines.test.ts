import {
  DEFAULT_CALENDAR_RULES,
  dueAfterCalendarDays,
  dueAfterWorkingDays,
  endOfKyivDay,
  isOverdue,
  workingDaysLeft,
  type CalendarRules,
} from '..';

const rules = DEFAULT_CALENDAR_RULES;
const martialLaw: CalendarRules = { ...DEFAULT_CALENDAR_RULES, observePublicHolidays: false };
const at = (iso: string) => new Date(iso);

describe('dueAfterWorkingDays', () => {
  it('gives an information request sent before Independence Day five working days, to the end of the day in Kyiv', () => {
    // Friday 21 August 2026, 15:00 Kyiv; Monday 24 August is a holiday.
    const due = dueAfterWorkingDays(at('2026-08-21T12:00:00Z'), 5, rules);
    expect(due).toEqual(endOfKyivDay('2026-08-31'));
    expect(due.toISOString()).toBe('2026-08-31T20:59:59.999Z');
  });

  it('counts the holiday under martial law', () => {
    expect(dueAfterWorkingDays(at('2026-08-21T12:00:00Z'), 5, martialLaw)).toEqual(endOfKyivDay('2026-08-28'));
  });

  it('takes the day the duty began in Kyiv, not in UTC', () => {
    // 23:30 Friday in Kyiv is still Friday; 00:30 Saturday in Kyiv is Friday evening in UTC.
    expect(dueAfterWorkingDays(at('2026-09-04T20:30:00Z'), 1, rules)).toEqual(endOfKyivDay('2026-09-07'));
    expect(dueAfterWorkingDays(at('2026-09-04T21:30:00Z'), 1, rules)).toEqual(endOfKyivDay('2026-09-07'));
    expect(dueAfterWorkingDays(at('2026-09-03T21:30:00Z'), 1, rules)).toEqual(endOfKyivDay('2026-09-07'));
    expect(dueAfterWorkingDays(at('2026-09-03T20:30:00Z'), 1, rules)).toEqual(endOfKyivDay('2026-09-04'));
  });

  it('ends a deadline across the start of summer time at the Kyiv end of day', () => {
    // Thursday 26 March 2026; the clocks go forward on Sunday 29 March.
    expect(dueAfterWorkingDays(at('2026-03-26T10:00:00Z'), 2, rules).toISOString()).toBe('2026-03-30T20:59:59.999Z');
  });
});

describe('dueAfterCalendarDays', () => {
  it('gives a citizen appeal 30 calendar days, weekends and holidays included', () => {
    // 1 March 2026; 31 March is already in summer time.
    expect(dueAfterCalendarDays(at('2026-03-01T10:00:00Z'), 30).toISOString()).toBe('2026-03-31T20:59:59.999Z');
  });

  it('does not move a due day that falls on a weekend', () => {
    expect(dueAfterCalendarDays(at('2026-08-07T10:00:00Z'), 15)).toEqual(endOfKyivDay('2026-08-22'));
  });

  it('ends across the end of summer time at the Kyiv end of day', () => {
    expect(dueAfterCalendarDays(at('2026-10-10T10:00:00Z'), 15).toISOString()).toBe('2026-10-25T21:59:59.999Z');
  });

  it('refuses a fractional number of days', () => {
    expect(() => dueAfterCalendarDays(at('2026-10-10T10:00:00Z'), 0.5)).toThrow(RangeError);
  });
});

describe('isOverdue', () => {
  const due = endOfKyivDay('2026-08-31');

  it('is overdue only from the day after the due date', () => {
    expect(isOverdue(due, at('2026-08-31T08:00:00Z'))).toBe(false);
    expect(isOverdue(due, at('2026-08-31T20:59:59.999Z'))).toBe(false);
    expect(isOverdue(due, at('2026-08-31T21:00:00.000Z'))).toBe(true);
  });

  it('never becomes overdue once met on time', () => {
    expect(isOverdue(due, at('2026-12-01T00:00:00Z'), at('2026-08-31T20:00:00Z'))).toBe(false);
  });

  it('stays overdue when met late', () => {
    expect(isOverdue(due, at('2026-12-01T00:00:00Z'), at('2026-09-01T06:00:00Z'))).toBe(true);
  });

  it('treats a null met-at as not met', () => {
    expect(isOverdue(due, at('2026-09-01T06:00:00Z'), null)).toBe(true);
  });
});

describe('workingDaysLeft', () => {
  const due = endOfKyivDay('2026-08-31');

  it('counts the working days after today up to the due day', () => {
    expect(workingDaysLeft(at('2026-08-21T12:00:00Z'), due, rules)).toBe(5);
    expect(workingDaysLeft(at('2026-08-28T12:00:00Z'), due, rules)).toBe(1);
  });

  it('is zero on the due day and after it', () => {
    expect(workingDaysLeft(at('2026-08-31T06:00:00Z'), due, rules)).toBe(0);
    expect(workingDaysLeft(at('2026-09-10T06:00:00Z'), due, rules)).toBe(0);
  });

  it('is zero on the last working day before a due day that falls on a weekend', () => {
    expect(workingDaysLeft(at('2026-08-21T12:00:00Z'), endOfKyivDay('2026-08-22'), rules)).toBe(0);
  });

  it('counts a holiday as a working day left under martial law', () => {
    expect(workingDaysLeft(at('2026-08-21T12:00:00Z'), due, martialLaw)).toBe(6);
  });
});

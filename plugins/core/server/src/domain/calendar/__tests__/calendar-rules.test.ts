import { DEFAULT_CALENDAR_RULES, calendarRulesSchema } from '..';

describe('calendar rules', () => {
  it('observes public holidays by default, with no extra days', () => {
    expect(DEFAULT_CALENDAR_RULES).toEqual({ observePublicHolidays: true, extraDaysOff: [], extraWorkingDays: [] });
  });

  it('cannot be changed by a caller, since every authority without settings shares it', () => {
    expect(() => DEFAULT_CALENDAR_RULES.extraDaysOff.push('2026-09-07')).toThrow(TypeError);
    expect(() => {
      (DEFAULT_CALENDAR_RULES as { observePublicHolidays: boolean }).observePublicHolidays = false;
    }).toThrow(TypeError);
  });

  it('accepts an authority that suspends holidays and declares a working Saturday', () => {
    const rules = { observePublicHolidays: false, extraDaysOff: ['2026-12-31'], extraWorkingDays: ['2026-09-12'] };
    expect(calendarRulesSchema.parse(rules)).toEqual(rules);
  });

  it('rejects a day that is not on the calendar', () => {
    const result = calendarRulesSchema.safeParse({ ...DEFAULT_CALENDAR_RULES, extraDaysOff: ['2026-02-30'] });
    expect(result.success).toBe(false);
  });

  it('rejects a day declared both a day off and a working day', () => {
    const result = calendarRulesSchema.safeParse({
      observePublicHolidays: true,
      extraDaysOff: ['2026-09-12'],
      extraWorkingDays: ['2026-09-05', '2026-09-12'],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['extraWorkingDays', 1]);
  });
});

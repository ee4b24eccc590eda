import { z } from 'zod';
import { isIsoDate, type IsoDate } from './iso-date';

/** How one authority's working calendar departs from the statutory one. */
export interface CalendarRules {
  /**
   * False while martial law suspends holiday days off (Law 2136-IX: neither the holidays of Labour Code art. 73 nor
   * their carry-over under art. 67 are days off). The authority decides, so this is a setting, not a date range.
   */
  observePublicHolidays: boolean;
  /** The authority's own days off, e.g. a Cabinet-recommended bridge day it adopted. */
  extraDaysOff: IsoDate[];
  /** Days the authority works although they are weekends or holidays (working Saturdays); they win over everything. */
  extraWorkingDays: IsoDate[];
}

export const DEFAULT_CALENDAR_RULES: CalendarRules = Object.freeze({
  observePublicHolidays: true,
  extraDaysOff: Object.freeze([]) as unknown as IsoDate[],
  extraWorkingDays: Object.freeze([]) as unknown as IsoDate[],
});

const isoDateSchema = z.string().refine(isIsoDate, { message: "must be a calendar day 'YYYY-MM-DD'" });

/** Validates an authority's calendar settings before they are stored; a day cannot be both a day off and a working day. */
export const calendarRulesSchema = z
  .object({
    observePublicHolidays: z.boolean(),
    extraDaysOff: z.array(isoDateSchema),
    extraWorkingDays: z.array(isoDateSchema),
  })
  .superRefine((rules, ctx) => {
    const off = new Set(rules.extraDaysOff);
    rules.extraWorkingDays.forEach((date, index) => {
      if (off.has(date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['extraWorkingDays', index],
          message: `${date} is also listed as a day off`,
        });
      }
    });
  }) satisfies z.ZodType<CalendarRules>;

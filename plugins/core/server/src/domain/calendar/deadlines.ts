import type { CalendarRules } from './calendar-rules';
import { addDays } from './iso-date';
import { endOfKyivDay, kyivDate } from './kyiv-time';
import { addWorkingDays, workingDaysBetween } from './working-days';

/**
 * A deadline of `days` working days from the moment a duty began (e.g. 5 working days to answer an information
 * request, Law "On Access to Public Information" art. 20). The duty may be met until the end of the due day, Kyiv time.
 */
export function dueAfterWorkingDays(start: Date, days: number, rules: CalendarRules): Date {
  return endOfKyivDay(addWorkingDays(kyivDate(start), days, rules));
}

/**
 * A deadline of `days` calendar days (e.g. 30 days for a citizen's appeal, Law "On Citizens' Appeals" art. 20).
 * The due day is not moved off a weekend: that law counts plain days.
 */
export function dueAfterCalendarDays(start: Date, days: number): Date {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return endOfKyivDay(addDays(kyivDate(start), days));
}

/**
 * A duty met late stays overdue in the public record; one met on time never was. Because `due` is the end of the
 * due day, an item becomes overdue only from the next day.
 */
export function isOverdue(due: Date, now: Date, metAt?: Date | null): boolean {
  const moment = metAt ?? now;
  return moment.getTime() > due.getTime();
}

/**
 * Whole working days left after today until the due day; 0 when the due day is today or has passed (and also when
 * only non-working days remain before a calendar-day deadline — today is then the last working day).
 */
export function workingDaysLeft(now: Date, due: Date, rules: CalendarRules): number {
  return Math.max(0, workingDaysBetween(kyivDate(now), kyivDate(due), rules));
}

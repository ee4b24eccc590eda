import type { CalendarRules } from './calendar-rules';
import { addDays, assertIsoDate, isWeekend, type IsoDate } from './iso-date';
import { isStatutoryDayOff } from './public-holidays';

type WorkingDayTest = (date: IsoDate) => boolean;

/** Turns the rules into a predicate once, so loops over many days do not rebuild the lookups. */
function workingDayTest(rules: CalendarRules): WorkingDayTest {
  rules.extraDaysOff.forEach((d) => assertIsoDate(d, 'extraDaysOff entry'));
  rules.extraWorkingDays.forEach((d) => assertIsoDate(d, 'extraWorkingDays entry'));
  const extraWorking = new Set(rules.extraWorkingDays);
  const extraOff = new Set(rules.extraDaysOff);
  return (date) => {
    // A declared working day is a decision about that very date, so it beats every general rule.
    if (extraWorking.has(date)) return true;
    if (extraOff.has(date)) return false;
    if (isWeekend(date)) return false;
    return !(rules.observePublicHolidays && isStatutoryDayOff(date));
  };
}

export function isWorkingDay(date: IsoDate, rules: CalendarRules): boolean {
  assertIsoDate(date);
  return workingDayTest(rules)(date);
}

/**
 * The `days`-th working day after `start`; the start day itself never counts, whether or not it is a working day
 * (a duty that arises on Friday evening and one that arises on Saturday both have Monday as day 1).
 * Negative `days` count back: -1 is the last working day before `start`. Zero returns `start` unchanged.
 */
export function addWorkingDays(start: IsoDate, days: number, rules: CalendarRules): IsoDate {
  assertIsoDate(start, 'start');
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  const isWorking = workingDayTest(rules);
  const step = days < 0 ? -1 : 1;
  let date = start;
  for (let remaining = Math.abs(days); remaining > 0; ) {
    date = addDays(date, step);
    if (isWorking(date)) remaining -= 1;
  }
  return date;
}

/**
 * Working days in (from, to]: how many working days have passed by the end of `to` for a duty that began on
 * `from`. Antisymmetric: when `to` is before `from` the result is minus the count in (to, from].
 * For n >= 0, workingDaysBetween(s, addWorkingDays(s, n)) === n.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, rules: CalendarRules): number {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  if (to < from) return -workingDaysBetween(to, from, rules);
  const isWorking = workingDayTest(rules);
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    if (isWorking(date)) count += 1;
  }
  return count;
}

import { DateTime } from 'luxon';
import { KYIV_TIME_ZONE } from '../domain/calendar';

/** How often a scheduled notification job runs; each run is claimed in the database once per period. */
export type JobCadence = { every: 'day' | 'week'; atHour: number };

/**
 * The period an instant belongs to (Kyiv time) and whether the job is due in it: a daily job at 08:00 runs in the
 * first tick after 08:00 of each Kyiv day, a weekly one after 08:00 on Monday of each ISO week.
 */
export function currentPeriod(now: Date, cadence: JobCadence): { key: string; due: boolean } {
  const local = DateTime.fromJSDate(now, { zone: KYIV_TIME_ZONE });
  if (cadence.every === 'day') {
    return { key: local.toISODate()!, due: local.hour >= cadence.atHour };
  }
  const key = `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
  // A weekly job is due on Monday from the hour on, and on every later day of the week it has not run yet.
  return { key, due: local.weekday > 1 || local.hour >= cadence.atHour };
}

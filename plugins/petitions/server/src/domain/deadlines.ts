/**
 * The only way the domain learns about time spans. Working days depend on Ukraine's public holidays and
 * wartime rules, which belong to a calendar service, not to petition rules; injecting it keeps this domain pure
 * and its tests independent of any real calendar.
 */
export interface DeadlinePort {
  /** The moment `days` working days after `start` (art. 23-1 counts moderation and answer in working days). */
  afterWorkingDays(start: Date, days: number): Date;
  /** The moment `days` calendar days after `start` (the collection window). */
  afterCalendarDays(start: Date, days: number): Date;
}

/**
 * The only way the domain learns about time spans. Working days depend on Ukraine's public holidays and on each
 * authority's calendar, which belong to the core calendar service; injecting it keeps these rules pure.
 */
export interface DeadlinePort {
  /** The moment `days` working days after `start` (the consultation period and the report are counted so). */
  afterWorkingDays(start: Date, days: number): Date;
  afterCalendarDays(start: Date, days: number): Date;
}

/**
 * The only way the domain learns about time spans: the core's calendar per authority is injected, so this
 * domain stays pure and its tests do not depend on a real calendar.
 */
export interface DeadlinePort {
  afterWorkingDays(start: Date, days: number): Date;
  afterCalendarDays(start: Date, days: number): Date;
}

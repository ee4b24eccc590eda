const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A stand-in calendar for the modules' domain tests (it fits each module's deadline port): calendar days are exact
 * 24-hour steps, working days skip Saturdays and Sundays (UTC) and know no holidays. Every call is recorded so a
 * test can check which kind of days a rule counts in.
 */
export function fakeDeadlines(): {
  afterCalendarDays(start: Date, days: number): Date;
  afterWorkingDays(start: Date, days: number): Date;
  calls: { kind: 'working' | 'calendar'; start: Date; days: number }[];
} {
  const calls: { kind: 'working' | 'calendar'; start: Date; days: number }[] = [];
  return {
    calls,
    afterCalendarDays(start, days) {
      calls.push({ kind: 'calendar', start, days });
      return new Date(start.getTime() + days * DAY_MS);
    },
    afterWorkingDays(start, days) {
      calls.push({ kind: 'working', start, days });
      let t = start.getTime();
      for (let left = days; left > 0; ) {
        t += DAY_MS;
        const weekday = new Date(t).getUTCDay();
        if (weekday !== 0 && weekday !== 6) left -= 1;
      }
      return new Date(t);
    },
  };
}

export const at = (iso: string): Date => new Date(iso);

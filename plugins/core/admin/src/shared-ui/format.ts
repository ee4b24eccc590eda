const TIME_ZONE = 'Europe/Kyiv';

const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const dateTimes = new Map<string, Intl.DateTimeFormat>();
const numbers = new Map<string, Intl.NumberFormat>();

/** A date-time in Kyiv time whatever the browser's zone, written the way the admin's language writes dates. */
export function formatDateTime(iso: string | null | undefined, locale: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  let format = dateTimes.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' });
    dateTimes.set(locale, format);
  }
  return format.format(date);
}

export function formatNumber(value: number, locale: string): string {
  let format = numbers.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numbers.set(locale, format);
  }
  return format.format(value);
}

export type DueState = 'overdue' | 'today' | 'upcoming' | 'none';

/** Whether a deadline has passed, falls on today's Kyiv calendar day, or is still ahead. */
export function dueState(iso: string | null | undefined, now: Date = new Date()): DueState {
  if (!iso) return 'none';
  const due = new Date(iso);
  if (Number.isNaN(due.getTime())) return 'none';
  if (due.getTime() < now.getTime()) return 'overdue';
  return dayKey.format(due) === dayKey.format(now) ? 'today' : 'upcoming';
}

/** Characters as the server counts them: code points after trimming. */
export const characterCount = (text: string) => Array.from(text.trim()).length;

const TIME_ZONE = 'Europe/Kyiv';

const dateTime = new Intl.DateTimeFormat('uk-UA', { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' });
const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** A date-time as officials in Ukraine read it, in Kyiv time whatever the browser's zone. */
export function formatDateTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : dateTime.format(date);
}

export type DueState = 'overdue' | 'today' | 'upcoming' | 'none';

export function dueState(iso: string | null | undefined, now: Date = new Date()): DueState {
  if (!iso) return 'none';
  const due = new Date(iso);
  if (Number.isNaN(due.getTime())) return 'none';
  if (due.getTime() < now.getTime()) return 'overdue';
  return dayKey.format(due) === dayKey.format(now) ? 'today' : 'upcoming';
}

/** Characters as the server counts them: code points after trimming. */
export const characterCount = (text: string) => Array.from(text.trim()).length;

/** One entry per line, blank lines dropped: how the form takes target groups and areas. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const dateTime = new Intl.DateTimeFormat('uk-UA', { timeZone: 'Europe/Kyiv', dateStyle: 'medium', timeStyle: 'short' });
const number = new Intl.NumberFormat('uk-UA');

/** A date-time as officials in Ukraine read it, in Kyiv time whatever the browser's zone. */
export function formatDateTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : dateTime.format(date);
}

export const formatNumber = (value: number) => number.format(value);

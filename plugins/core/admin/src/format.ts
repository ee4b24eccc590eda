const dateTimes = new Map<string, Intl.DateTimeFormat>();

/** A time in Kyiv, whatever the browser's zone, written the way the admin's language writes dates. */
export function formatTime(iso: string | null, locale: string): string {
  if (!iso) return '—';
  let format = dateTimes.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Kyiv' });
    dateTimes.set(locale, format);
  }
  return format.format(new Date(iso));
}

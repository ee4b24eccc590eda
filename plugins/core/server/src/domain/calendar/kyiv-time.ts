import { DateTime, IANAZone } from 'luxon';
import { assertIsoDate, type IsoDate } from './iso-date';

/**
 * Deadlines are set by Ukrainian law in Kyiv local time. Runtimes with tz data older than 2022b know the zone only
 * by its Russian-derived spelling, so fall back to it rather than silently computing in UTC.
 */
export const KYIV_TIME_ZONE: string = IANAZone.isValidZone('Europe/Kyiv') ? 'Europe/Kyiv' : 'Europe/Kiev';

/** Which Kyiv calendar day an instant falls on. */
export function kyivDate(instant: Date): IsoDate {
  const local = DateTime.fromJSDate(instant, { zone: KYIV_TIME_ZONE });
  if (!local.isValid) throw new RangeError(`not a valid instant: ${String(instant)}`);
  return local.toISODate() as IsoDate;
}

/** The last millisecond of a Kyiv calendar day (23:59:59.999 local), whatever the UTC offset is that day. */
export function endOfKyivDay(date: IsoDate): Date {
  assertIsoDate(date);
  return DateTime.fromISO(date, { zone: KYIV_TIME_ZONE }).endOf('day').toJSDate();
}

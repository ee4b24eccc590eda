/** A calendar day in Europe/Kyiv, written 'YYYY-MM-DD'. Holds no time and no zone: arithmetic on it is plain day counting. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01, or NaN when the text is not a real calendar day (so '2026-02-30' is rejected). */
function epochDay(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return Number.NaN;
  }
  return ms / MS_PER_DAY;
}

function fromEpochDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && !Number.isNaN(epochDay(value));
}

export function assertIsoDate(value: unknown, label = 'date'): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`${label} must be a calendar day 'YYYY-MM-DD', got ${JSON.stringify(value)}`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  assertIsoDate(date);
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return fromEpochDay(epochDay(date) + days);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  assertIsoDate(date);
  const sundayZero = new Date(epochDay(date) * MS_PER_DAY).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

export function yearOf(date: IsoDate): number {
  assertIsoDate(date);
  return Number(date.slice(0, 4));
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  assertIsoDate(text);
  return text;
}

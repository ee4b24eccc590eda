import { addDays, isoDate, type IsoDate } from './iso-date';

/**
 * Orthodox Easter Sunday as a Gregorian date.
 *
 * The Orthodox Church of Ukraine and the UGCC still reckon Easter by the Julian computus (the 2023 calendar reform
 * moved the fixed feasts only), and the Labour Code makes that Sunday a public holiday. Meeus' Julian algorithm
 * gives the Julian date; the Julian calendar then lags the Gregorian by 13 days in 1900–2099, 14 in 2100–2199, …
 */
export function orthodoxEaster(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`year must be an integer from 1583 to 9999, got ${year}`);
  }
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  // Valid for any date from 1 March on, which Easter always is.
  const julianLag = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  return addDays(isoDate(year, month, day), julianLag);
}

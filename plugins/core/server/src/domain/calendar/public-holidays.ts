import { addDays, isIsoDate, isWeekend, isoDate, yearOf, type IsoDate } from './iso-date';
import { orthodoxEaster } from './orthodox-easter';

export interface PublicHoliday {
  date: IsoDate;
  nameUk: string;
  nameEn: string;
}

/** A statutory day off: the holiday itself, or the weekday that replaces a holiday falling on a weekend. */
export interface PublicDayOff {
  date: IsoDate;
  holiday: PublicHoliday;
  /** The weekend date of the holiday this day off was carried over from (Labour Code art. 67); null for the holiday itself. */
  transferredFrom: IsoDate | null;
}

function holiday(year: number, month: number, day: number, nameUk: string, nameEn: string): PublicHoliday {
  return { date: isoDate(year, month, day), nameUk, nameEn };
}

/**
 * Public holidays of Ukraine (Labour Code art. 73) as they stood in the given year.
 *
 * Law 3107-IX (2023) moved the church feasts to the new calendar: 7 January stopped being a holiday after 2023,
 * Statehood Day moved from 28 July to 15 July and Defenders Day from 14 to 1 October (from 2023), and Victory
 * Day became 8 May (from 2024). Statehood Day first became a holiday in 2022. Earlier reforms (25 December added
 * in 2017, 2 May dropped in 2018) are not modelled: the platform counts deadlines from 2022 on.
 */
export function publicHolidays(year: number): PublicHoliday[] {
  if (!Number.isInteger(year)) throw new RangeError(`year must be an integer, got ${year}`);
  const easter = orthodoxEaster(year);
  const list: PublicHoliday[] = [
    holiday(year, 1, 1, 'Новий рік', "New Year's Day"),
    holiday(year, 3, 8, 'Міжнародний жіночий день', "International Women's Day"),
    { date: easter, nameUk: 'Великдень (Пасха)', nameEn: 'Easter' },
    { date: addDays(easter, 49), nameUk: 'Трійця', nameEn: 'Trinity (Pentecost)' },
    holiday(year, 5, 1, 'День праці', 'Labour Day'),
    year >= 2024
      ? holiday(year, 5, 8, 'День пам\u02bcяті та перемоги над нацизмом у Другій світовій війні 1939–1945 років',
          'Day of Remembrance and Victory over Nazism in World War II 1939–1945')
      : holiday(year, 5, 9, 'День перемоги над нацизмом у Другій світовій війні (День перемоги)',
          'Victory Day over Nazism in World War II'),
    holiday(year, 6, 28, 'День Конституції України', 'Constitution Day'),
    holiday(year, 8, 24, 'День незалежності України', 'Independence Day'),
    year >= 2023
      ? holiday(year, 10, 1, 'День захисників і захисниць України', 'Day of Defenders of Ukraine')
      : holiday(year, 10, 14, 'День захисників і захисниць України', 'Day of Defenders of Ukraine'),
    holiday(year, 12, 25, 'Різдво Христове', 'Christmas Day'),
  ];
  if (year >= 2023) list.push(holiday(year, 7, 15, 'День Української Державності', 'Statehood Day'));
  else if (year === 2022) list.push(holiday(year, 7, 28, 'День Української Державності', 'Statehood Day'));
  if (year <= 2023) {
    list.push(holiday(year, 1, 7, 'Різдво Христове (за юліанським календарем)', 'Christmas Day (Julian calendar)'));
  }
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/**
 * Every statutory day off of the year: the holidays, plus the weekday that replaces each holiday falling on a
 * Saturday or Sunday (Labour Code art. 67: the day off moves to the next working day). Each weekend holiday gets
 * its own weekday, so 1 May on a Saturday and Easter on Sunday 2 May make both Monday and Tuesday days off (as in
 * 2021); two holidays on the same date get one replacement between them. The last holiday of the year is
 * 25 December, so no replacement spills into the next year.
 */
export function publicDaysOff(year: number): PublicDayOff[] {
  const holidays = publicHolidays(year);
  const taken = new Set(holidays.map((h) => h.date));
  const transferredDates = new Set<IsoDate>();
  const daysOff: PublicDayOff[] = holidays.map((h) => ({ date: h.date, holiday: h, transferredFrom: null }));
  for (const h of holidays) {
    if (!isWeekend(h.date) || transferredDates.has(h.date)) continue;
    transferredDates.add(h.date);
    let replacement = addDays(h.date, 1);
    while (isWeekend(replacement) || taken.has(replacement)) replacement = addDays(replacement, 1);
    taken.add(replacement);
    daysOff.push({ date: replacement, holiday: h, transferredFrom: h.date });
  }
  return daysOff.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const daysOffByYear = new Map<number, ReadonlySet<IsoDate>>();

/** Whether the date is a public holiday or the weekday replacing one, per the statute alone (no authority rules). */
export function isStatutoryDayOff(date: IsoDate): boolean {
  if (!isIsoDate(date)) throw new RangeError(`date must be a calendar day 'YYYY-MM-DD', got ${JSON.stringify(date)}`);
  const year = yearOf(date);
  let dates = daysOffByYear.get(year);
  if (!dates) {
    dates = new Set(publicDaysOff(year).map((d) => d.date));
    daysOffByYear.set(year, dates);
  }
  return dates.has(date);
}

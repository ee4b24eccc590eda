export { type IsoDate, isIsoDate, addDays, isoWeekday } from './iso-date';
export { type CalendarRules, DEFAULT_CALENDAR_RULES, calendarRulesSchema } from './calendar-rules';
export { orthodoxEaster } from './orthodox-easter';
export { type PublicHoliday, type PublicDayOff, publicHolidays, publicDaysOff, isStatutoryDayOff } from './public-holidays';
export { isWorkingDay, addWorkingDays, workingDaysBetween } from './working-days';
export { KYIV_TIME_ZONE, kyivDate, endOfKyivDay } from './kyiv-time';
export { dueAfterWorkingDays, dueAfterCalendarDays, isOverdue, workingDaysLeft } from './deadlines';

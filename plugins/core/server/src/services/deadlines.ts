import type { Core } from '@strapi/strapi';
import {
  dueAfterCalendarDays,
  dueAfterWorkingDays,
  isOverdue,
  workingDaysLeft,
  type CalendarRules,
} from '../domain/calendar';
import type { Authority } from './authorities';

export interface DeadlinePort {
  afterWorkingDays(start: Date, days: number): Date;
  afterCalendarDays(start: Date, days: number): Date;
}

/** The one place every module gets its due dates from (ARCHITECTURE rule 6). */
const deadlines = ({ strapi }: { strapi: Core.Strapi }) => {
  const rulesOf = (authority: Pick<Authority, 'calendar'>): CalendarRules =>
    strapi.plugin('core').service('authorities').calendarRules(authority);

  return {
    for(authority: Pick<Authority, 'calendar'>): DeadlinePort {
      const rules = rulesOf(authority);
      return {
        afterWorkingDays: (start, days) => dueAfterWorkingDays(start, days, rules),
        afterCalendarDays: (start, days) => dueAfterCalendarDays(start, days),
      };
    },
    isOverdue,
    workingDaysLeft(authority: Pick<Authority, 'calendar'>, now: Date, due: Date): number {
      return workingDaysLeft(now, due, rulesOf(authority));
    },
  };
};

export default deadlines;

import type { Core } from '@strapi/strapi';
import type { Notice, ScheduledJob } from '@vzd/core/server';
import { templateData, toFacts } from './facts';

const PETITION = 'plugin::petitions.petition';
const REMIND_WORKING_DAYS = 2;

/**
 * Daily: officials of an authority hear about every petition whose answer falls due within the next two working
 * days of that authority's calendar. One reminder per petition and due date (the dedupe key), however often it runs.
 */
export function answerReminders(strapi: Core.Strapi): ScheduledJob {
  const core = (name: string) => strapi.plugin('core').service(name);
  return {
    name: 'petitions.answer-reminders',
    every: 'day',
    atHour: 8,
    async run({ now }) {
      const rows = (await strapi.db.query(PETITION).findMany({
        where: { status: { $in: ['threshold_reached', 'under_consideration'] }, answerDueAt: { $gte: now } },
        populate: ['authority', 'author'],
      })) as Record<string, any>[];
      const notices: Notice[] = [];
      for (const p of rows.map(toFacts)) {
        const due = p.answerDueAt!;
        const horizon = core('deadlines').for(p.authority).afterWorkingDays(now, REMIND_WORKING_DAYS) as Date;
        if (due.getTime() > horizon.getTime()) continue;
        notices.push({
          to: { officialsOf: p.authority.id },
          template: 'petitions.answer-due',
          category: 'petitions.duty',
          dedupeKey: `petitions:answer-due:${p.documentId}:${due.toISOString()}`,
          data: { ...templateData(p), workingDaysLeft: core('deadlines').workingDaysLeft(p.authority, now, due) },
        });
      }
      if (notices.length === 0) return 0;
      return strapi.db.transaction(({ trx }) => core('notifications').notify(trx, notices));
    },
  };
}

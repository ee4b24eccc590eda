import type { Knex } from 'knex';
import type { ScheduledJob } from './types';

/** Sent mail holds addresses and personal news; the queue keeps it three months for questions, then forgets it. */
export const RETENTION_DAYS = 90;

export function retentionJob(db: () => Knex): ScheduledJob {
  return {
    name: 'core.outbox-retention',
    every: 'day',
    atHour: 3,
    async run() {
      await db()('core_outbox')
        .whereIn('status', ['sent', 'skipped'])
        .andWhere('created_at', '<', db().raw(`now() - interval '${RETENTION_DAYS} days'`))
        .delete();
      await db()('core_notification_job_runs').where('started_at', '<', db().raw(`now() - interval '${RETENTION_DAYS} days'`)).delete();
      // Nothing is queued: the count is of mail, and this job sends none.
      return 0;
    },
  };
}

import type { Knex } from 'knex';
import { currentPeriod } from './periods';
import type { ScheduledJob } from './types';

interface Log {
  info(line: string): void;
  error(line: string): void;
}

/**
 * Runs daily and weekly notification jobs. Strapi's cron fires on every instance, so a run is claimed by inserting
 * (job, period) into core_notification_job_runs: the first instance wins, the others see the row and skip. A run
 * that fails releases its claim so the next tick tries again; the jobs' dedupe keys keep a re-run from repeating mail.
 */
export function createScheduler(deps: { db: () => Knex; jobs: () => ScheduledJob[]; log: Log }) {
  const runClaimed = async (job: ScheduledJob, period: string, now: Date): Promise<number> => {
    try {
      const queued = await job.run({ now, period });
      await deps.db()('core_notification_job_runs').where({ job: job.name, period }).update({ finished_at: deps.db().fn.now(), queued });
      if (queued > 0) deps.log.info(`[notifications] ${job.name} (${period}) queued ${queued} message(s)`);
      return queued;
    } catch (error) {
      await deps.db()('core_notification_job_runs').where({ job: job.name, period }).delete();
      throw error;
    }
  };

  const claimRun = async (job: string, period: string): Promise<boolean> => {
    const inserted = await deps.db()('core_notification_job_runs').insert({ job, period }).onConflict(['job', 'period']).ignore().returning('job');
    return (inserted as unknown[]).length === 1;
  };

  return {
    /** One cron tick: every job that is due in its current period and not yet run there. */
    async tick(now = new Date()): Promise<void> {
      for (const job of deps.jobs()) {
        const { key, due } = currentPeriod(now, job);
        if (!due || !(await claimRun(job.name, key))) continue;
        await runClaimed(job, key, now).catch((error) => deps.log.error(`[notifications] job ${job.name} failed: ${String(error)}`));
      }
    },

    /** An admin starts a job now, outside its schedule (its dedupe keys still apply within the period key given). */
    async runNow(job: ScheduledJob, now = new Date()): Promise<number> {
      const period = `manual:${now.toISOString()}`;
      await claimRun(job.name, period);
      return runClaimed(job, period, now);
    },
  };
}

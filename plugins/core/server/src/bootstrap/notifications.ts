import type { Core } from '@strapi/strapi';
import { loadEnv } from '@vzd/config';
import { registerDevMailViewer } from '../notifications/dev-mail-viewer';
import { SUBSCRIBER_ACTIONS } from '../routes/subscriptions';
import type { NotificationsService } from '../services/notifications';
import type { Metrics } from '../observability/metrics';

/**
 * Wires the notifications: the listener on the events door (so every module's events can notify), the citizens'
 * subscription routes, the admin actions, the scheduled jobs and this instance's delivery worker.
 */
export async function startNotifications(strapi: Core.Strapi): Promise<void> {
  const env = loadEnv();
  const core = (name: string) => strapi.plugin('core').service(name);
  const notifications = core('notifications') as NotificationsService;
  const metrics = core('metrics') as Metrics;

  core('events').subscribe(notifications.onEvent);
  await core('access').grantToCitizens(SUBSCRIBER_ACTIONS);
  await core('access').registerAdminActions('core', [
    { uid: 'notifications.read', displayName: 'See the mail outbox and dead letters' },
    { uid: 'notifications.manage', displayName: 'Retry dead mail, send now, start notification jobs' },
  ]);

  // Every instance ticks; each job claims its period in the database, so it runs once per period overall.
  strapi.cron.add({
    coreNotificationJobs: {
      task: () =>
        notifications.tickJobs().then(
          () => metrics.jobRuns.inc({ job: 'notifications', outcome: 'ok' }),
          (error: unknown) => {
            metrics.jobRuns.inc({ job: 'notifications', outcome: 'error' });
            throw error;
          },
        ),
      options: { rule: `*/${env.JOBS_INTERVAL_SECONDS} * * * * *` },
    },
  });
  notifications.start();
  if (env.NODE_ENV === 'development') registerDevMailViewer(strapi);
}

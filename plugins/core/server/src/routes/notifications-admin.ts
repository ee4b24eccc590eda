import { adminRouteConfig } from '../utils/admin-route-config';

const can = (action: 'read' | 'manage') => adminRouteConfig('core')(`notifications.${action}`);

/** The outbox for administrators (/core/notifications/…); only super admins hold `manage` unless given it. */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/notifications/outbox', handler: 'notificationsAdmin.outbox', config: can('read') },
    { method: 'POST', path: '/notifications/outbox/:id/retry', handler: 'notificationsAdmin.requeue', config: can('manage') },
    { method: 'POST', path: '/notifications/deliver', handler: 'notificationsAdmin.deliver', config: can('manage') },
    { method: 'POST', path: '/notifications/digest', handler: 'notificationsAdmin.digest', config: can('manage') },
    { method: 'GET', path: '/notifications/jobs', handler: 'notificationsAdmin.jobs', config: can('manage') },
    { method: 'POST', path: '/notifications/jobs/:job', handler: 'notificationsAdmin.runJob', config: can('manage') },
  ],
};

import { adminRouteConfig } from '@vzd/core/server';

const can = adminRouteConfig('polls');

/** Officials' routes under /polls (admin API); the authority assignment is checked in the services. */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/polls', handler: 'admin.list', config: can('read') },
    { method: 'POST', path: '/polls', handler: 'admin.create', config: can('manage') },
    { method: 'GET', path: '/polls/:id/results', handler: 'admin.results', config: can('read') },
    { method: 'POST', path: '/polls/:id/schedule', handler: 'admin.schedule', config: can('manage') },
    { method: 'POST', path: '/polls/:id/open', handler: 'admin.open', config: can('manage') },
    { method: 'POST', path: '/polls/:id/close', handler: 'admin.close', config: can('manage') },
    { method: 'GET', path: '/polls/:id/texts', handler: 'admin.texts', config: can('moderate') },
    { method: 'POST', path: '/polls/:id/texts/:answerId', handler: 'admin.moderateText', config: can('moderate') },
  ],
};

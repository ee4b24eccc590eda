import { adminRouteConfig } from '@vzd/core/server';

const can = adminRouteConfig('petitions');

/** Officials' routes under /petitions (admin API); the authority assignment is checked in the service. */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/petitions', handler: 'admin.list', config: can('read') },
    { method: 'POST', path: '/petitions/:id/publish', handler: 'admin.publish', config: can('moderate') },
    { method: 'POST', path: '/petitions/:id/reject', handler: 'admin.reject', config: can('moderate') },
    { method: 'POST', path: '/petitions/:id/consideration', handler: 'admin.startConsideration', config: can('answer') },
    { method: 'POST', path: '/petitions/:id/answer', handler: 'admin.answer', config: can('answer') },
  ],
};

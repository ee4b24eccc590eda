import { adminRouteConfig } from '@vzd/core/server';

const can = adminRouteConfig('consultations');

/** Officials' routes under /consultations (admin API); the authority assignment is checked in the services. */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/authorities', handler: 'admin.authorities', config: can('manage') },
    { method: 'GET', path: '/consultations', handler: 'admin.list', config: can('read') },
    { method: 'POST', path: '/consultations', handler: 'admin.create', config: can('manage') },
    { method: 'GET', path: '/consultations/:id', handler: 'admin.findOne', config: can('read') },
    { method: 'POST', path: '/consultations/:id/publish', handler: 'admin.publish', config: can('manage') },
    { method: 'GET', path: '/consultations/:id/contributions', handler: 'admin.contributions', config: can('read') },
    { method: 'POST', path: '/consultations/:id/comments/:commentId/hide', handler: 'admin.hide', config: can('moderate') },
    { method: 'POST', path: '/consultations/:id/comments/:commentId/disposition', handler: 'admin.dispose', config: can('report') },
    { method: 'POST', path: '/consultations/:id/report', handler: 'admin.publishReport', config: can('report') },
  ],
};

import { subscriptionRoutes } from './subscriptions';

const open = { auth: false as const };
const authLimit = { auth: false as const, middlewares: [{ name: 'plugin::core.rate-limit', config: { kind: 'auth' } }] };

export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/authorities', handler: 'public.authorities', config: open },
    { method: 'GET', path: '/authorities/:slug', handler: 'public.authority', config: open },
    { method: 'GET', path: '/modules', handler: 'public.modules', config: open },
    { method: 'GET', path: '/audit/verify', handler: 'public.verifyAudit', config: open },
    { method: 'GET', path: '/openapi.json', handler: 'public.openapi', config: open },
    { method: 'POST', path: '/session', handler: 'session.login', config: authLimit },
    { method: 'GET', path: '/session', handler: 'session.current', config: open },
    { method: 'DELETE', path: '/session', handler: 'session.logout', config: open },
    ...subscriptionRoutes,
  ],
};

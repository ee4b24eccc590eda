const open = { auth: false as const };
const passwordCheck = { middlewares: ['plugin::identity.json-body', { name: 'plugin::core.rate-limit', config: { kind: 'auth' } }] };

/** Routes under /api/identity. The account routes need the citizen role's permission (granted in bootstrap). */
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/me', handler: 'account.me', config: {} },
    { method: 'GET', path: '/me/export', handler: 'account.export', config: {} },
    { method: 'DELETE', path: '/me', handler: 'account.remove', config: passwordCheck },
    { method: 'GET', path: '/verify/start', handler: 'verification.start', config: open },
    { method: 'GET', path: '/verify/callback', handler: 'verification.callback', config: open },
  ],
};

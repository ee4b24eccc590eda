const writeLimit = { middlewares: [{ name: 'plugin::core.rate-limit', config: { kind: 'write' } }] };
const openWrite = { auth: false as const, ...writeLimit };

/** Citizens' follows and preferences (granted in bootstrap), and the login-free unsubscribe link. */
export const subscriptionRoutes = [
  { method: 'GET', path: '/subscriptions', handler: 'subscriptions.list' },
  { method: 'POST', path: '/subscriptions', handler: 'subscriptions.create', config: writeLimit },
  { method: 'DELETE', path: '/subscriptions', handler: 'subscriptions.remove', config: writeLimit },
  { method: 'DELETE', path: '/subscriptions/:id', handler: 'subscriptions.removeById', config: writeLimit },
  { method: 'GET', path: '/preferences', handler: 'subscriptions.preferences' },
  { method: 'PUT', path: '/preferences', handler: 'subscriptions.updatePreferences', config: writeLimit },
  { method: 'GET', path: '/unsubscribe', handler: 'unsubscribe.show', config: { auth: false as const } },
  { method: 'POST', path: '/unsubscribe', handler: 'unsubscribe.confirm', config: openWrite },
];

export const SUBSCRIBER_ACTIONS = [
  'plugin::core.subscriptions.list',
  'plugin::core.subscriptions.create',
  'plugin::core.subscriptions.remove',
  'plugin::core.subscriptions.removeById',
  'plugin::core.subscriptions.preferences',
  'plugin::core.subscriptions.updatePreferences',
];

const open = { auth: false as const };
const limitedWrite = { middlewares: [{ name: 'plugin::core.rate-limit', config: { kind: 'write' } }] };

/** Public routes under /api/petitions. Writes need the citizen role's permission (granted in bootstrap). */
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/petitions', handler: 'public.list', config: open },
    { method: 'GET', path: '/petitions/near-threshold', handler: 'public.nearThreshold', config: open },
    { method: 'GET', path: '/petitions/mine', handler: 'public.mine', config: {} },
    { method: 'GET', path: '/petitions/:id', handler: 'public.findOne', config: open },
    { method: 'GET', path: '/petitions/:id/count', handler: 'public.count', config: open },
    { method: 'GET', path: '/petitions/:id/signature', handler: 'public.mySignature', config: {} },
    { method: 'POST', path: '/petitions', handler: 'public.create', config: limitedWrite },
    { method: 'POST', path: '/petitions/:id/signatures', handler: 'public.sign', config: limitedWrite },
    { method: 'POST', path: '/petitions/:id/resubmission', handler: 'public.resubmit', config: limitedWrite },
  ],
};

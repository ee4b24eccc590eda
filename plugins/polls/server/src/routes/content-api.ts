const open = { auth: false as const };
const limitedWrite = { middlewares: [{ name: 'plugin::core.rate-limit', config: { kind: 'write' } }] };

/** Public routes under /api/polls. Responses need the citizen role's permission (granted in bootstrap). */
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/polls', handler: 'public.list', config: open },
    { method: 'GET', path: '/polls/:id', handler: 'public.findOne', config: open },
    { method: 'GET', path: '/polls/:id/results', handler: 'public.results', config: open },
    { method: 'GET', path: '/polls/:id/results.csv', handler: 'public.resultsCsv', config: open },
    { method: 'GET', path: '/polls/:id/response', handler: 'public.myResponse', config: {} },
    { method: 'PUT', path: '/polls/:id/response', handler: 'public.respond', config: limitedWrite },
  ],
};

const open = { auth: false as const };
const limitedWrite = { middlewares: [{ name: 'plugin::core.rate-limit', config: { kind: 'write' } }] };

/** Public routes under /api/consultations. Writes need the citizen role's permission (granted in bootstrap). */
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/consultations', handler: 'public.list', config: open },
    { method: 'GET', path: '/consultations/:id', handler: 'public.findOne', config: open },
    { method: 'GET', path: '/consultations/:id/sections/:number', handler: 'public.section', config: open },
    { method: 'GET', path: '/consultations/:id/report', handler: 'public.report', config: open },
    { method: 'GET', path: '/consultations/:id/report.csv', handler: 'public.reportCsv', config: open },
    { method: 'GET', path: '/consultations/:id/participation', handler: 'public.participation', config: {} },
    { method: 'POST', path: '/consultations/:id/sections/:number/comments', handler: 'public.comment', config: limitedWrite },
    { method: 'POST', path: '/consultations/:id/comments/:commentId/replies', handler: 'public.reply', config: limitedWrite },
    { method: 'POST', path: '/consultations/:id/comments/:commentId/reports', handler: 'public.reportAbuse', config: limitedWrite },
    { method: 'POST', path: '/consultations/:id/answers', handler: 'public.answer', config: limitedWrite },
    { method: 'POST', path: '/consultations/:id/position-papers', handler: 'public.positionPaper', config: limitedWrite },
  ],
};

import type { Core } from '@strapi/strapi';
import { pollsOpenApi } from '../../../shared/openapi';

/** Tells the core module registry about e-polls: title, site path, headline figures, API document. */
export function registerModule(strapi: Core.Strapi): void {
  strapi.plugin('core').service('modules').register({
    name: 'polls',
    title: { uk: 'Електронні опитування', en: 'E-polls' },
    sitePath: '/polls/',
    openapi: pollsOpenApi,
    async stats() {
      const db = strapi.db.connection;
      const byStatus = (await db('polls_polls').select('status').count('* as n').groupBy('status')) as { status: string; n: string }[];
      const n = (status: string) => Number(byStatus.find((r) => r.status === status)?.n ?? 0);
      const [{ count }] = (await db('polls_responses').count('* as count')) as { count: string }[];
      return { open: n('open'), scheduled: n('scheduled'), closed: n('closed'), responses: Number(count) };
    },
  });
}

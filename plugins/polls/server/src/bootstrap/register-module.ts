import type { Core } from '@strapi/strapi';
import type { FormBinding } from '@vzd/core/server';
import { pollsOpenApi } from '../../../shared/openapi';
import { answersFromForm, formFieldOf } from '../domain';
import { questionsOf } from '../services/poll-row';
import { pollsService } from '../utils/services';

/** Tells the core module registry about e-polls: title, site path, headline figures, API document. */
export function registerModule(strapi: Core.Strapi): void {
  strapi.plugin('core').service('modules').register({
    name: 'polls',
    title: { uk: 'Електронні опитування', en: 'E-polls' },
    sitePath: '/polls/',
    openapi: pollsOpenApi,
    forms: [responseForm(strapi)],
    async stats() {
      const db = strapi.db.connection;
      const byStatus = (await db('polls_polls').select('status').count('* as n').groupBy('status')) as { status: string; n: string }[];
      const n = (status: string) => Number(byStatus.find((r) => r.status === status)?.n ?? 0);
      const [{ count }] = (await db('polls_responses').count('* as count')) as { count: string }[];
      return { open: n('open'), scheduled: n('scheduled'), closed: n('closed'), responses: Number(count) };
    },
  });
}

/** The poll page's plain form (PUT through `_method`): its fields are read against the poll's own questions. */
const responseForm = (strapi: Core.Strapi): FormBinding => ({
  method: 'PUT',
  path: /^\/api\/polls\/polls\/[^/]+\/response$/,
  async read(fields, path) {
    const documentId = path.split('/')[4];
    const poll = /^[A-Za-z0-9]{1,64}$/.test(documentId) ? await pollsService(strapi, 'views').findPublic(documentId) : null;
    // An unknown poll: the route gives its own 404.
    if (!poll) return { body: { answers: [] } };
    const questions = questionsOf(poll);
    return { body: answersFromForm(questions, fields), fieldOf: formFieldOf(questions) };
  },
});

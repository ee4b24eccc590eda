import type { Core } from '@strapi/strapi';
import { coreService } from '@vzd/core/server';

type AnswerRow = {
  response_id: string;
  question_id: string;
  option_id: string | null;
  position: number | null;
  value: number | null;
  text: string | null;
  moderation: string | null;
};

/**
 * What e-polls hold about a citizen: their responses, answer by answer. On deletion a response keeps counting with
 * user_id NULL (a database rule) and holds no name or address, so erasing needs nothing more here.
 */
export function registerPersonalData(strapi: Core.Strapi): void {
  const db = () => strapi.db.connection;
  coreService(strapi, 'personalData').register('polls', {
    async export(userId) {
      const responses = (await db()('polls_responses as r')
        .join('polls_polls as p', 'p.id', 'r.poll_id')
        .where('r.user_id', userId)
        .orderBy('r.id')
        .select('r.id', 'p.document_id', 'p.title', 'r.revision', 'r.submitted_at', 'r.updated_at')) as {
        id: string;
        document_id: string;
        title: string;
        revision: number;
        submitted_at: Date;
        updated_at: Date;
      }[];
      const answers = responses.length
        ? ((await db()('polls_answers')
            .whereIn('response_id', responses.map((r) => r.id))
            .orderBy('id')
            .select('response_id', 'question_id', 'option_id', 'position', 'value', 'text', 'moderation')) as AnswerRow[])
        : [];
      return {
        responses: responses.map((r) => ({
          poll: { documentId: r.document_id, title: r.title },
          revision: r.revision,
          submittedAt: new Date(r.submitted_at).toISOString(),
          updatedAt: new Date(r.updated_at).toISOString(),
          answers: answers
            .filter((a) => a.response_id === r.id)
            .map((a) => ({ question: a.question_id, option: a.option_id, position: a.position, value: a.value, text: a.text, moderation: a.moderation })),
        })),
      };
    },
    async erase() {
      // Nothing beyond the database's ON DELETE SET NULL: see above.
    },
  });
}

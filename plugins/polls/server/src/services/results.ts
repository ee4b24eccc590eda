import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { aggregateResults, resultsCsv, type PollResults } from '../domain';
import { iso, questionsOf, type PollRecord } from './poll-row';

/**
 * Reads the answers of a poll with SQL (GROUP BY, never a counter) and hands the tallies to the pure aggregation.
 * All reads run in one REPEATABLE READ snapshot, so live results never mix two moments.
 */
const results = ({ strapi }: { strapi: Core.Strapi }) => {
  const tallies = async (trx: Knex.Transaction, pollId: number) => {
    const [grouped, respondents, responses, texts] = await Promise.all([
      trx('polls_answers')
        .where({ poll_id: pollId })
        .whereNull('text')
        .select('question_id', 'option_id', 'position', 'value')
        .count('* as n')
        .groupBy('question_id', 'option_id', 'position', 'value') as Promise<Record<string, unknown>[]>,
      trx('polls_answers')
        .where({ poll_id: pollId })
        .select('question_id')
        .countDistinct('response_id as n')
        .groupBy('question_id') as Promise<{ question_id: string; n: string }[]>,
      trx('polls_responses').where({ poll_id: pollId }).count('* as n') as Promise<{ n: string }[]>,
      trx('polls_answers')
        .where({ poll_id: pollId, moderation: 'approved' })
        .whereNotNull('text')
        .orderBy('id')
        .select('id', 'question_id', 'text') as Promise<{ id: string; question_id: string; text: string }[]>,
    ]);
    return {
      responses: Number(responses[0].n),
      respondents: Object.fromEntries(respondents.map((r) => [r.question_id, Number(r.n)])),
      tallies: grouped.map((g) => ({
        questionId: String(g.question_id),
        optionId: (g.option_id as string | null) ?? null,
        position: g.position === null ? null : Number(g.position),
        value: g.value === null ? null : Number(g.value),
        count: Number(g.n),
      })),
      texts: texts.map((t) => ({ id: Number(t.id), questionId: t.question_id, text: t.text })),
    };
  };

  return {
    async of(poll: PollRecord): Promise<PollResults> {
      // The queries queue on the transaction's one connection, all inside the same snapshot.
      const input = await strapi.db.connection.transaction(
        async (trx) => {
          await trx.raw('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
          return tallies(trx, poll.id);
        },
      );
      return aggregateResults(questionsOf(poll), input);
    },

    async document(poll: PollRecord, final: boolean) {
      const computed = await this.of(poll);
      return {
        documentId: poll.documentId,
        title: poll.title,
        status: poll.status,
        final,
        closedAt: iso(poll.closedAt),
        generatedAt: new Date().toISOString(),
        responses: computed.responses,
        questions: computed.questions,
      };
    },

    csv: resultsCsv,
  };
};

export default results;

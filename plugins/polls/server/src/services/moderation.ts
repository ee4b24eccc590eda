import type { Core } from '@strapi/strapi';
import { notFound, type AdminUser, committedTransaction } from '@vzd/core/server';
import { questionsOf, iso, type PollRecord } from './poll-row';

const MODULE = 'polls';
type State = 'pending' | 'approved' | 'rejected';

const missingAnswer = () => notFound({ uk: 'Відповідь не знайдено', en: 'Answer not found' });

/**
 * Free-text answers are published only after an official of the poll's authority approves each one; a rejected
 * answer still counts among those who answered the question, but its text is never shown.
 */
const moderation = ({ strapi }: { strapi: Core.Strapi }) => {
  const core = (name: string) => strapi.plugin('core').service(name);
  const views = () => strapi.plugin('polls').service('views');

  /** Unpublished texts are seen and decided only by those whose role at the authority covers moderation. */
  const pollFor = async (documentId: string, user: AdminUser): Promise<PollRecord> => {
    const poll = (await views().findAny(documentId)) as PollRecord | null;
    if (!poll) throw notFound({ uk: 'Опитування не знайдено', en: 'Poll not found' });
    await core('authorities').assertOfficialOf(user, poll.authority.id, 'moderate');
    return poll;
  };

  return {
    async list(documentId: string, user: AdminUser, state: State | 'all') {
      const poll = await pollFor(documentId, user);
      const questionText = new Map(questionsOf(poll).map((q) => [q.id, q.text]));
      const query = strapi.db.connection('polls_answers as a')
        .join('polls_responses as r', 'r.id', 'a.response_id')
        .where('a.poll_id', poll.id)
        .whereNotNull('a.text')
        .orderBy('a.id')
        .limit(500)
        .select('a.id', 'a.question_id', 'a.text', 'a.moderation', 'a.moderated_at', 'r.updated_at');
      if (state !== 'all') query.andWhere('a.moderation', state);
      const rows = (await query) as Record<string, unknown>[];
      return rows.map((r) => ({
        id: Number(r.id),
        questionId: String(r.question_id),
        questionText: questionText.get(String(r.question_id)) ?? '',
        text: String(r.text),
        state: r.moderation as State,
        answeredAt: iso(r.updated_at as Date)!,
        moderatedAt: iso(r.moderated_at as Date | null),
      }));
    },

    /** Approves or rejects one answer; changing one's mind later is allowed and recorded too. */
    async decide(documentId: string, answerId: number, user: AdminUser, decision: 'approved' | 'rejected') {
      const poll = await pollFor(documentId, user);
      const outcome = await committedTransaction(strapi, async ({ trx }) => {
        const answer = await trx('polls_answers')
          .where({ id: answerId, poll_id: poll.id })
          .whereNotNull('text')
          .forUpdate()
          .first('id', 'question_id', 'moderation');
        if (!answer) throw missingAnswer();
        if (answer.moderation === decision) return { id: answerId, state: decision, changed: false };
        await trx('polls_answers').where({ id: answerId }).update({ moderation: decision, moderated_at: trx.fn.now(), moderated_by: user.id });
        await core('events').record(trx, {
          module: MODULE,
          action: decision === 'approved' ? 'text.approve' : 'text.reject',
          itemId: poll.documentId,
          actor: `official:${user.id}`,
          payload: { answerId, questionId: answer.question_id, from: answer.moderation, to: decision },
        });
        return { id: answerId, state: decision, changed: true };
      });
      if (outcome.changed && poll.status === 'closed') core('siteBuilder').requestRebuild(`poll ${poll.documentId} texts`);
      return outcome;
    },

    async pendingCounts(pollIds: number[]): Promise<Map<number, number>> {
      if (pollIds.length === 0) return new Map();
      const rows = (await strapi.db.connection('polls_answers')
        .whereIn('poll_id', pollIds)
        .where({ moderation: 'pending' })
        .select('poll_id')
        .count('* as n')
        .groupBy('poll_id')) as { poll_id: number; n: string }[];
      return new Map(rows.map((r) => [r.poll_id, Number(r.n)]));
    },
  };
};

export default moderation;

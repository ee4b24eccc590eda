import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { conflict, forbidden, invalidFields, notFound, committedTransaction, type Authority } from '@vzd/core/server';
import { identityService, meetsLevel } from '@vzd/identity/server';
import {
  answerRows,
  answersCommitment,
  answersFromRows,
  canRespond,
  eligibility,
  pollSettings,
  validateAnswers,
  type Answer,
  type AnswerRow,
} from '../domain';
import { iso, questionsOf, stateOf, type PollRecord } from './poll-row';

const MODULE = 'polls';

/** The identity plugin's scope of a poll's responses: the person key differs for every poll. */
export const responseScope = (pollId: number) => `polls:response:${pollId}`;

const ALREADY_RESPONDED = {
  uk: 'Ви вже відповіли на це опитування з іншого облікового запису: одна особа — одна відповідь',
  en: 'You have already answered this poll from another account: one person, one response',
};

type ResponseRow = { id: string; revision: number; answers_salt: string; answers_hash: string; submitted_at: Date; updated_at: Date };

/** What the audit event of a response carries: never the answers of an anonymous poll, never free text. */
function eventPayload(poll: PollRecord, revision: number, hash: string, answers: readonly Answer[]): Record<string, unknown> {
  const payload: Record<string, unknown> = { revision, answersHash: hash };
  // Free text is unmoderated and personal: it has no place in an append-only log, even when the poll is not anonymous.
  if (!poll.anonymous) payload.answers = answers.map((a) => (a.type === 'text' ? { question: a.question, type: a.type } : a));
  return payload;
}

/**
 * One response per person and poll, given or changed until the poll closes. The unique indexes on
 * (poll_id, user_id) and, for a verified person, (poll_id, person_key) decide who is first; a change replaces the
 * answers under the response's row lock, so concurrent submissions by one person leave exactly one response
 * holding one complete set of answers. Only the account that gave a response may change it: a verified person's
 * response left by a deleted account is final.
 */
const responses = ({ strapi }: { strapi: Core.Strapi }) => {
  const core = (name: string) => strapi.plugin('core').service(name);
  const views = () => strapi.plugin('polls').service('views');
  const residence = () => strapi.plugin('polls').service('residence');

  const insertAnswers = async (trx: Knex.Transaction, responseId: string, pollId: number, rows: AnswerRow[]) => {
    if (rows.length === 0) return;
    await trx('polls_answers').insert(
      rows.map((r) => ({
        response_id: responseId,
        poll_id: pollId,
        question_id: r.questionId,
        option_id: r.optionId,
        position: r.position,
        value: r.value,
        text: r.text,
        moderation: r.text === null ? null : 'pending',
      })),
    );
  };

  const refuseIfClosed = (poll: Parameters<typeof stateOf>[0]) => {
    const verdict = canRespond(stateOf(poll), new Date());
    if (!verdict.ok) throw conflict(verdict.code, verdict.message);
  };

  const levelOf = (authority: Authority) => core('authorities').moduleSettings(authority, MODULE, pollSettings).responseLevel;

  const assertEligible = async (poll: PollRecord, userId: number) => {
    const verdict = eligibility(poll.audience, poll.authority.id, await residence().participant(userId));
    if (!verdict.ok) throw forbidden(verdict.code, verdict.message);
  };

  return {
    async submit(documentId: string, userId: number, input: unknown) {
      const poll = (await views().findPublic(documentId)) as PollRecord | null;
      if (!poll) throw notFound({ uk: 'Опитування не знайдено', en: 'Poll not found' });
      refuseIfClosed(poll);
      const respondent = await identityService(strapi, 'assurance').participant(userId, levelOf(poll.authority), responseScope(poll.id));
      await assertEligible(poll, userId);
      const checked = validateAnswers(questionsOf(poll), input);
      if (!checked.ok) throw invalidFields(checked.problems);
      const { answers } = checked;
      const rows = answerRows(answers);
      const salt = randomBytes(16).toString('hex');
      const hash = answersCommitment(salt, answers);

      const { created, changed, response } = await committedTransaction(strapi, async ({ trx }) => {
        // Shared lock: closing waits for responses already under way, and nobody answers after the close commits.
        const current = await trx('polls_polls').where({ id: poll.id }).forShare().first('status', 'closes_at');
        refuseIfClosed({ ...poll, status: current.status, closesAt: current.closes_at });

        const inserted = await trx.raw(
          `INSERT INTO polls_responses (poll_id, user_id, level, person_key, answers_salt, answers_hash) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT DO NOTHING
           RETURNING id, revision, answers_hash, submitted_at, updated_at`,
          [poll.id, userId, respondent.level, respondent.personKey, salt, hash],
        );
        const created = inserted.rows[0] as ResponseRow | undefined;
        if (created) {
          await insertAnswers(trx, created.id, poll.id, rows);
          await core('events').record(trx, {
            module: MODULE,
            action: 'response.submit',
            itemId: documentId,
            actor: `citizen:${userId}`,
            payload: eventPayload(poll, 1, hash, answers),
          });
          return { created: true, changed: true, response: created };
        }

        const existing = (await trx('polls_responses')
          .where({ poll_id: poll.id, user_id: userId })
          .forUpdate()
          .first('id', 'revision', 'answers_salt', 'answers_hash', 'submitted_at', 'updated_at')) as ResponseRow | undefined;
        // Not this account's response: the same verified person answered from another account (also a deleted one).
        if (!existing) throw conflict('already_responded', ALREADY_RESPONDED);
        // The same answers again (a double click, a retry): nothing to store and nothing to record.
        if (answersCommitment(existing.answers_salt, answers) === existing.answers_hash) {
          return { created: false, changed: false, response: existing };
        }
        await trx('polls_answers').where({ response_id: existing.id }).del();
        await insertAnswers(trx, existing.id, poll.id, rows);
        const [changed] = (await trx('polls_responses')
          .where({ id: existing.id })
          .update({ revision: existing.revision + 1, answers_salt: salt, answers_hash: hash, updated_at: trx.fn.now() })
          .returning(['id', 'revision', 'answers_hash', 'submitted_at', 'updated_at'])) as ResponseRow[];
        await core('events').record(trx, {
          module: MODULE,
          action: 'response.change',
          itemId: documentId,
          actor: `citizen:${userId}`,
          payload: eventPayload(poll, changed.revision, hash, answers),
        });
        return { created: false, changed: true, response: changed };
      });
      return {
        created,
        changed,
        submittedAt: iso(response.submitted_at)!,
        updatedAt: iso(response.updated_at)!,
        revision: Number(response.revision),
        receipt: response.answers_hash,
      };
    },

    /** The person's own response, in the request's shape, and whether they may answer (again) now. */
    async mine(documentId: string, userId: number) {
      const poll = (await views().findPublic(documentId)) as PollRecord | null;
      if (!poll) return null;
      const respondent = await identityService(strapi, 'assurance').participantOf(userId, responseScope(poll.id));
      const response = (await strapi.db.connection('polls_responses')
        .where({ poll_id: poll.id, user_id: userId })
        .first('id', 'revision', 'answers_hash', 'submitted_at', 'updated_at')) as ResponseRow | undefined;
      const elsewhere =
        !response &&
        respondent.personKey !== null &&
        !!(await strapi.db.connection('polls_responses').where({ poll_id: poll.id, person_key: respondent.personKey }).first('id'));
      const rows = response
        ? ((await strapi.db.connection('polls_answers')
            .where({ response_id: response.id })
            .orderBy('id')
            .select('question_id', 'option_id', 'position', 'value', 'text')) as Record<string, unknown>[])
        : [];
      const open = canRespond(stateOf(poll), new Date());
      const eligible = open.ok ? eligibility(poll.audience, poll.authority.id, await residence().participant(userId)) : open;
      let reason: string | null = eligible.ok ? null : eligible.code;
      if (elsewhere) reason = 'already_responded';
      else if (!reason && !meetsLevel(respondent.level, levelOf(poll.authority))) reason = 'verification_required';
      return {
        responded: Boolean(response),
        submittedAt: iso(response?.submitted_at),
        updatedAt: iso(response?.updated_at),
        revision: response ? Number(response.revision) : null,
        receipt: response?.answers_hash ?? null,
        answers: response
          ? answersFromRows(
              questionsOf(poll),
              rows.map((r) => ({
                questionId: String(r.question_id),
                optionId: (r.option_id as string | null) ?? null,
                position: r.position === null ? null : Number(r.position),
                value: r.value === null ? null : Number(r.value),
                text: (r.text as string | null) ?? null,
              })),
            )
          : null,
        canRespond: reason === null,
        reason,
      };
    },

    async count(pollId: number): Promise<number> {
      const [{ n }] = (await strapi.db.connection('polls_responses').where({ poll_id: pollId }).count('* as n')) as { n: string }[];
      return Number(n);
    },

    /** Counts for a page of polls in one query. */
    async countMany(pollIds: number[]): Promise<Map<number, number>> {
      if (pollIds.length === 0) return new Map();
      const rows = (await strapi.db.connection('polls_responses')
        .select('poll_id')
        .count('* as n')
        .whereIn('poll_id', pollIds)
        .groupBy('poll_id')) as { poll_id: number; n: string }[];
      return new Map(rows.map((r) => [r.poll_id, Number(r.n)]));
    },
  };
};

export default responses;
